package dev.recto.ocr.eval;

import dev.recto.core.eval.WordBag;
import dev.recto.core.eval.WordBagF1;
import java.util.List;
import java.util.Objects;

/**
 * One engine's results on one set: per page, and summed.
 *
 * <p>Immutable and thread-safe; the list is copied.
 *
 * @param engine the engine's label, e.g. {@code ppocr} or {@code tesseract:deu+eng}
 * @param pages per-page results, in the set's order
 * @param missing reference words the engine did not produce, over all pages (multiset)
 * @param extra words the engine produced that the references lack, over all pages (multiset)
 * @param outsideDictionary word scores restricted to words (reference and OCR) with a character
 *     outside PP-OCR's dictionary ({@link PpOcrDictionary})
 * @param insideDictionary word scores restricted to the other words
 */
public record EngineResult(
    String engine,
    List<PageResult> pages,
    WordBag missing,
    WordBag extra,
    WordBagF1 outsideDictionary,
    WordBagF1 insideDictionary) {

  public EngineResult {
    Objects.requireNonNull(engine, "engine");
    pages = List.copyOf(pages);
    Objects.requireNonNull(missing, "missing");
    Objects.requireNonNull(extra, "extra");
    Objects.requireNonNull(outsideDictionary, "outsideDictionary");
    Objects.requireNonNull(insideDictionary, "insideDictionary");
  }

  /** Word scores summed over pages (micro average). */
  public WordBagF1 words() {
    WordBagF1 sum = WordBagF1.ZERO;
    for (PageResult p : pages) {
      sum = sum.plus(p.words());
    }
    return sum;
  }

  /** Character errors summed over pages (character-weighted rate). */
  public CharErrorRate cer() {
    CharErrorRate sum = CharErrorRate.ZERO;
    for (PageResult p : pages) {
      sum = sum.plus(p.cer());
    }
    return sum;
  }

  /** Mean wall-clock milliseconds per page; 0 without pages. */
  public double millisPerPage() {
    return pages.isEmpty()
        ? 0
        : pages.stream().mapToLong(PageResult::millis).sum() / (double) pages.size();
  }

  /** Pages the engine failed on. */
  public long failedPages() {
    return pages.stream().filter(PageResult::failed).count();
  }
}
