package dev.recto.extraction.calibration;

import dev.recto.core.process.DocumentProcessor;
import dev.recto.core.process.ProcessingResult;
import dev.recto.core.source.DocumentSource;
import dev.recto.extraction.eval.FieldEvaluation;
import dev.recto.extraction.eval.FieldTruth;
import dev.recto.extraction.eval.FieldTruthReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Predicate;

/**
 * Labeled fields collected by running a processor over documents with truth files. Use a processor
 * without a calibrator ({@code calibratorProviders(List.of())}) to fit: the features do not depend
 * on the confidence, but {@link LabeledField#confidence()} then is the raw one.
 *
 * @param documents documents processed (those the filter kept)
 * @param fields their labeled fields, in document order
 */
public record CalibrationData(int documents, List<LabeledField> fields) {

  public CalibrationData {
    fields = List.copyOf(fields);
  }

  /**
   * Processes every item whose truth passes {@code keep}, {@code threads} at a time. A document
   * that fails to process contributes no fields.
   */
  public static CalibrationData collect(
      DocumentProcessor processor,
      List<FieldEvaluation.Item> items,
      Predicate<FieldTruth> keep,
      int threads)
      throws IOException {
    List<FieldTruth> truths = new ArrayList<>();
    List<FieldEvaluation.Item> kept = new ArrayList<>();
    for (FieldEvaluation.Item item : items) {
      FieldTruth t = FieldTruthReader.read(item.truth());
      if (keep.test(t)) {
        truths.add(t);
        kept.add(item);
      }
    }
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
    try {
      List<Future<List<LabeledField>>> futures = new ArrayList<>();
      for (int i = 0; i < kept.size(); i++) {
        FieldEvaluation.Item item = kept.get(i);
        FieldTruth truth = truths.get(i);
        futures.add(
            pool.submit(
                () -> {
                  ProcessingResult r = processor.process(DocumentSource.of(item.document()));
                  return r.documentIfPresent()
                      .map(d -> LabeledField.of(d, r.invoice(), truth))
                      .orElse(List.of());
                }));
      }
      List<LabeledField> out = new ArrayList<>();
      for (Future<List<LabeledField>> f : futures) {
        out.addAll(f.get());
      }
      return new CalibrationData(kept.size(), out);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }
}
