package dev.recto.ocr.eval;

import dev.recto.core.eval.WordBagF1;
import java.util.Objects;

/**
 * One engine's result on one page.
 *
 * <p>Immutable and thread-safe.
 *
 * @param sampleId the page's {@link EvalSample#id()}
 * @param words word-bag precision/recall counts against the page's truth
 * @param cer character errors against the page's normalized truth
 * @param millis wall-clock milliseconds of the engine's {@code recognize} call
 * @param error why the engine failed on the page (its words then count as none), empty when it did
 *     not
 */
public record PageResult(
    String sampleId, WordBagF1 words, CharErrorRate cer, long millis, String error) {

  public PageResult {
    Objects.requireNonNull(sampleId, "sampleId");
    Objects.requireNonNull(words, "words");
    Objects.requireNonNull(cer, "cer");
    if (millis < 0) {
      throw new IllegalArgumentException("millis must be >= 0, was " + millis);
    }
    Objects.requireNonNull(error, "error");
  }

  /** Whether the engine failed on this page. */
  public boolean failed() {
    return !error.isEmpty();
  }
}
