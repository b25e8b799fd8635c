package dev.recto.ocr.eval;

import dev.recto.core.eval.WordBag;
import dev.recto.core.eval.WordBagF1;
import dev.recto.core.model.Word;
import dev.recto.core.spi.OcrEngine;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Runs OCR engines side by side on the pages of evaluation sets and scores them against the pages'
 * known text.
 *
 * <p>Per page and engine: the words as a bag (order ignored; case-folded when the set says so) give
 * precision, recall and F1 ({@link WordBagF1}); the words in reading order joined by single spaces
 * ({@link OcrText}) give the character error rate against the reference text ({@link
 * CharErrorRate}); the wall-clock time of {@code recognize} is recorded. Each page is loaded once
 * and given to every engine in turn, on the calling thread. A page on which an engine throws counts
 * as an empty result for that engine, with the error recorded.
 *
 * <p>Stateless and thread-safe; the engines are owned and closed by the caller.
 *
 * <pre>{@code
 * Map<String, OcrEngine> engines = Map.of("ppocr", PpOcrEngine.create(PpOcrOptions.defaults()));
 * OcrEvalReport report = OcrEvaluation.evaluate(
 *     List.of(EvalSets.byName("invoices300", dataDir)), engines, System.err::println);
 * }</pre>
 */
public final class OcrEvaluation {

  private OcrEvaluation() {}

  /**
   * Evaluates every engine on every set.
   *
   * @param sets the sets, in report order
   * @param engines engines by label, in report order
   * @param progress receives one line per page (for a progress display), may ignore it
   * @throws UncheckedIOException when a page cannot be loaded
   */
  public static OcrEvalReport evaluate(
      List<EvalSet> sets, Map<String, OcrEngine> engines, Consumer<String> progress) {
    PpOcrDictionary dictionary = PpOcrDictionary.load();
    List<SetResult> results = new ArrayList<>();
    for (EvalSet set : sets) {
      Map<String, Accumulator> acc = new LinkedHashMap<>();
      engines.keySet().forEach(label -> acc.put(label, new Accumulator()));
      int n = 0;
      for (EvalSet.Item item : set.items()) {
        EvalSample sample;
        try {
          sample = item.load();
        } catch (IOException e) {
          throw new UncheckedIOException("cannot load " + item.id(), e);
        }
        n++;
        StringBuilder line = new StringBuilder(set.name() + " " + n + "/" + set.items().size());
        line.append(' ').append(item.id());
        for (Map.Entry<String, OcrEngine> e : engines.entrySet()) {
          PageResult r =
              acc.get(e.getKey()).add(sample, e.getValue(), set.ignoreCase(), dictionary);
          line.append(String.format(" %s F1 %.3f (%d ms)", e.getKey(), r.words().f1(), r.millis()));
        }
        progress.accept(line.toString());
      }
      List<EngineResult> engineResults = new ArrayList<>();
      acc.forEach((label, a) -> engineResults.add(a.result(label)));
      results.add(new SetResult(set.name(), set.description(), set.ignoreCase(), engineResults));
    }
    return new OcrEvalReport(results);
  }

  /** Scores one engine's words on one page. */
  static PageResult score(
      String sampleId, String reference, List<Word> words, long millis, boolean ignoreCase) {
    String ref = ignoreCase ? OcrText.fold(reference) : reference;
    String hyp = OcrText.of(words);
    hyp = ignoreCase ? OcrText.fold(hyp) : hyp;
    return new PageResult(
        sampleId,
        WordBagF1.compare(WordBag.split(ref), WordBag.split(hyp)),
        CharErrorRate.compare(ref, hyp),
        millis,
        "");
  }

  /** One engine's running totals on one set. */
  private static final class Accumulator {
    private final List<PageResult> pages = new ArrayList<>();
    private WordBag missing = WordBag.EMPTY;
    private WordBag extra = WordBag.EMPTY;
    private WordBagF1 outside = WordBagF1.ZERO;
    private WordBagF1 inside = WordBagF1.ZERO;

    PageResult add(
        EvalSample sample, OcrEngine engine, boolean ignoreCase, PpOcrDictionary dictionary) {
      long start = System.nanoTime();
      List<Word> words;
      String error = "";
      try {
        words = engine.recognize(sample.image());
      } catch (RuntimeException e) {
        words = List.of();
        error = e.getClass().getSimpleName() + ": " + e.getMessage();
      }
      long millis = (System.nanoTime() - start) / 1_000_000;
      PageResult scored = score(sample.id(), sample.reference(), words, millis, ignoreCase);
      PageResult r = new PageResult(scored.sampleId(), scored.words(), scored.cer(), millis, error);
      pages.add(r);
      String ref = ignoreCase ? OcrText.fold(sample.reference()) : sample.reference();
      String hyp = ignoreCase ? OcrText.fold(OcrText.of(words)) : OcrText.of(words);
      WordBag refBag = WordBag.split(ref);
      WordBag hypBag = WordBag.split(hyp);
      missing = missing.plus(refBag.minus(hypBag));
      extra = extra.plus(hypBag.minus(refBag));
      outside =
          outside.plus(
              WordBagF1.compare(
                  filter(refBag, dictionary, false), filter(hypBag, dictionary, false)));
      inside =
          inside.plus(
              WordBagF1.compare(
                  filter(refBag, dictionary, true), filter(hypBag, dictionary, true)));
      return r;
    }

    EngineResult result(String label) {
      return new EngineResult(label, pages, missing, extra, outside, inside);
    }

    private static WordBag filter(WordBag bag, PpOcrDictionary dictionary, boolean covered) {
      Map<String, Integer> kept = new LinkedHashMap<>();
      bag.counts()
          .forEach(
              (w, c) -> {
                if (dictionary.covers(w) == covered) {
                  kept.put(w, c);
                }
              });
      return new WordBag(kept);
    }
  }
}
