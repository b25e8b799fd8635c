package dev.recto.ocr.ppocr;

import java.text.Normalizer;

/**
 * Folds recognized text to the forms documents use: PP-OCR's dictionary was built for Chinese and
 * Latin text, so its model often emits full-width punctuation and letters ({@code ：}, {@code （},
 * {@code Ａ}) where a Latin page has {@code :}, {@code (}, {@code A}. Unicode compatibility
 * normalization (NFKC) maps them to their ordinary forms; any whitespace it produces (an
 * ideographic space) is dropped, since a word holds no whitespace.
 *
 * <p>Stateless and thread-safe.
 */
final class TextFold {
  private TextFold() {}

  /** The NFKC form of {@code text} without whitespace. */
  static String fold(String text) {
    String folded = Normalizer.normalize(text, Normalizer.Form.NFKC);
    if (folded.equals(text)) {
      return text;
    }
    StringBuilder out = new StringBuilder(folded.length());
    folded
        .codePoints()
        .filter(cp -> !Character.isWhitespace(cp) && !Character.isSpaceChar(cp))
        .forEach(out::appendCodePoint);
    return out.toString();
  }
}
