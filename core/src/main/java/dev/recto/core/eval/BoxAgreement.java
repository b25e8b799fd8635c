package dev.recto.core.eval;

/**
 * How well Recto's word boxes agree with poppler's for words both found, page-relative.
 *
 * <p>A matched word agrees horizontally when its left and right edges are both within {@link
 * #TOLERANCE} (1% of the page width) of poppler's, and vertically when its top and bottom edges are
 * within 1% of the page height. Errors are the larger of the two edge distances of a word, summed
 * so results add up with {@link #plus}. Immutable and thread-safe.
 *
 * @param matchedWords words paired between the two (same text, same page, nearest box)
 * @param horizontalAgreeing of those, words whose left and right edges agree
 * @param verticalAgreeing of those, words whose top and bottom edges agree
 * @param horizontalErrorSum sum over matched words of the larger left/right edge distance, as a
 *     share of the page width
 * @param verticalErrorSum sum over matched words of the larger top/bottom edge distance, as a share
 *     of the page height
 */
public record BoxAgreement(
    int matchedWords,
    int horizontalAgreeing,
    int verticalAgreeing,
    double horizontalErrorSum,
    double verticalErrorSum) {

  /** Largest edge distance that still agrees, page-relative (1% of the page). */
  public static final double TOLERANCE = 0.01;

  /** No words matched, the start of a sum. */
  public static final BoxAgreement NONE = new BoxAgreement(0, 0, 0, 0, 0);

  public BoxAgreement {
    if (matchedWords < 0
        || horizontalAgreeing < 0
        || verticalAgreeing < 0
        || horizontalAgreeing > matchedWords
        || verticalAgreeing > matchedWords) {
      throw new IllegalArgumentException(
          "need 0 <= agreeing <= matched, was "
              + horizontalAgreeing
              + ", "
              + verticalAgreeing
              + " of "
              + matchedWords);
    }
    if (!(horizontalErrorSum >= 0) || !(verticalErrorSum >= 0)) {
      throw new IllegalArgumentException("error sums must be finite and >= 0");
    }
  }

  /** One matched word's verdict from its page-relative edge distances. */
  public static BoxAgreement ofWord(double dLeft, double dRight, double dTop, double dBottom) {
    double h = Math.max(Math.abs(dLeft), Math.abs(dRight));
    double v = Math.max(Math.abs(dTop), Math.abs(dBottom));
    return new BoxAgreement(1, h <= TOLERANCE ? 1 : 0, v <= TOLERANCE ? 1 : 0, h, v);
  }

  /** Share of matched words that agree horizontally; 1 when none matched. */
  public double horizontalShare() {
    return matchedWords == 0 ? 1.0 : (double) horizontalAgreeing / matchedWords;
  }

  /** Share of matched words that agree vertically; 1 when none matched. */
  public double verticalShare() {
    return matchedWords == 0 ? 1.0 : (double) verticalAgreeing / matchedWords;
  }

  /** Mean larger left/right edge distance, share of the page width; 0 when none matched. */
  public double meanHorizontalError() {
    return matchedWords == 0 ? 0.0 : horizontalErrorSum / matchedWords;
  }

  /** Mean larger top/bottom edge distance, share of the page height; 0 when none matched. */
  public double meanVerticalError() {
    return matchedWords == 0 ? 0.0 : verticalErrorSum / matchedWords;
  }

  /** Both summed. */
  public BoxAgreement plus(BoxAgreement other) {
    return new BoxAgreement(
        matchedWords + other.matchedWords,
        horizontalAgreeing + other.horizontalAgreeing,
        verticalAgreeing + other.verticalAgreeing,
        horizontalErrorSum + other.horizontalErrorSum,
        verticalErrorSum + other.verticalErrorSum);
  }
}
