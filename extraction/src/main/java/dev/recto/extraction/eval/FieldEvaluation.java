package dev.recto.extraction.eval;

import dev.recto.core.field.InvoiceFields;
import dev.recto.core.process.DocumentProcessor;
import dev.recto.core.process.ProcessingResult;
import dev.recto.core.source.DocumentSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * Runs a processor over a folder of documents with truth files and scores its fields.
 *
 * <p>A document {@code NAME.pdf} (or {@code .png}, {@code .jpg}, {@code .tif}) is scored when
 * {@code NAME.truth.json} lies beside it; Recto's synthetic scans ({@code NAME.scan.pdf} with
 * {@code NAME.scan.truth.json}) follow the same rule. A document that fails to process scores as
 * nothing extracted. Thread-safe when the processor is.
 */
public final class FieldEvaluation {

  private static final List<String> EXTENSIONS =
      List.of(".pdf", ".png", ".jpg", ".jpeg", ".tif", ".tiff");

  private FieldEvaluation() {}

  /** One document and its truth. */
  public record Item(Path document, Path truth) {}

  /** The scored documents of {@code dir}, sorted by name: truth files end {@code .truth.json}. */
  public static List<Item> items(Path dir) throws IOException {
    return items(dir, ".truth.json");
  }

  /**
   * The scored documents of {@code dir}, sorted by name, with truth files named {@code NAME +
   * truthSuffix} ({@code .json} for invoice2data's test folder).
   */
  public static List<Item> items(Path dir, String truthSuffix) throws IOException {
    return items(dir, dir, truthSuffix);
  }

  /**
   * The scored documents of {@code docs}, sorted by name, with truth files {@code NAME +
   * truthSuffix} in {@code truthDir}.
   */
  public static List<Item> items(Path docs, Path truthDir, String truthSuffix) throws IOException {
    List<Item> out = new ArrayList<>();
    Path dir = docs;
    try (Stream<Path> files = Files.list(truthDir)) {
      List<Path> truths =
          files
              .filter(p -> p.getFileName().toString().endsWith(truthSuffix))
              .filter(
                  p -> truthSuffix.equals(".truth.json") || !p.toString().endsWith(".truth.json"))
              .sorted()
              .toList();
      for (Path truth : truths) {
        String file = truth.getFileName().toString();
        String base = file.substring(0, file.length() - truthSuffix.length());
        document(dir, base).ifPresent(d -> out.add(new Item(d, truth)));
      }
    }
    return out;
  }

  private static Optional<Path> document(Path dir, String base) {
    for (String ext : EXTENSIONS) {
      Path p = dir.resolve(base + ext);
      if (Files.isRegularFile(p)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  /**
   * Processes and scores every item, {@code threads} documents at a time; the report keeps the
   * items' order.
   */
  public static FieldReport evaluate(DocumentProcessor processor, List<Item> items, int threads)
      throws IOException {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be >= 1, was " + threads);
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<DocumentScore>> futures = new ArrayList<>();
      for (Item item : items) {
        futures.add(pool.submit(() -> score(processor, item)));
      }
      List<DocumentScore> scores = new ArrayList<>();
      for (Future<DocumentScore> f : futures) {
        scores.add(f.get());
      }
      return new FieldReport(scores);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof IOException io) {
        throw io;
      }
      throw new IllegalStateException(e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  /** Processes and scores one item. */
  public static DocumentScore score(DocumentProcessor processor, Item item) throws IOException {
    FieldTruth truth = FieldTruthReader.read(item.truth());
    ProcessingResult result = processor.process(DocumentSource.of(item.document()));
    InvoiceFields fields = result.invoice();
    return DocumentScore.score(truth, fields);
  }
}
