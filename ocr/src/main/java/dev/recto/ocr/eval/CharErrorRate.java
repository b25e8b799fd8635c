package dev.recto.ocr.eval;

/**
 * Character error rate: the Levenshtein distance (insertions, deletions and substitutions of
 * Unicode code points, each costing 1) between a reference text and an OCR text, divided by the
 * reference's length in code points.
 *
 * <p>Several pages add up with {@link #plus} into a character-weighted rate (edits summed over
 * reference characters summed). Immutable and thread-safe.
 *
 * <pre>{@code
 * CharErrorRate cer = CharErrorRate.compare("Total 12,00", "Tota1 12.00"); // 2 edits / 11
 * }</pre>
 *
 * @param edits the edit distance, summed over pages
 * @param referenceChars code points in the reference texts, summed over pages
 */
public record CharErrorRate(long edits, long referenceChars) {

  /** Nothing compared yet; the start of a sum. */
  public static final CharErrorRate ZERO = new CharErrorRate(0, 0);

  public CharErrorRate {
    if (edits < 0 || referenceChars < 0) {
      throw new IllegalArgumentException(
          "edits and referenceChars must be >= 0, were " + edits + ", " + referenceChars);
    }
  }

  /** Compares an OCR text with its reference. */
  public static CharErrorRate compare(String reference, String candidate) {
    int[] ref = reference.codePoints().toArray();
    int[] cand = candidate.codePoints().toArray();
    return new CharErrorRate(levenshtein(ref, cand), ref.length);
  }

  /**
   * Edits over reference characters; 0 when both are empty, and when the reference is empty but the
   * candidate is not, 1 (every character is wrong) rather than infinity.
   */
  public double rate() {
    if (referenceChars == 0) {
      return edits == 0 ? 0.0 : 1.0;
    }
    return (double) edits / referenceChars;
  }

  /** Both summed: the character-weighted rate of the pages of both. */
  public CharErrorRate plus(CharErrorRate other) {
    return new CharErrorRate(edits + other.edits, referenceChars + other.referenceChars);
  }

  /** Edit distance with two rows of {@code b.length + 1} ints: O(a x b) time. */
  static int levenshtein(int[] a, int[] b) {
    int[] previous = new int[b.length + 1];
    int[] current = new int[b.length + 1];
    for (int j = 0; j <= b.length; j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length; i++) {
      current[0] = i;
      int ai = a[i - 1];
      for (int j = 1; j <= b.length; j++) {
        int substitute = previous[j - 1] + (ai == b[j - 1] ? 0 : 1);
        int delete = previous[j] + 1;
        int insert = current[j - 1] + 1;
        current[j] = Math.min(substitute, Math.min(delete, insert));
      }
      int[] t = previous;
      previous = current;
      current = t;
    }
    return previous[b.length];
  }
}
