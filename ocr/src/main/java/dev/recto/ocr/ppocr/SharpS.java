package dev.recto.ocr.ppocr;

import java.util.regex.Pattern;

/**
 * Puts back the German sharp s: PP-OCR's dictionary has no {@code ß}, and its recognizer reads one
 * as a capital B ({@code StraBe}, {@code GroBe}, {@code weiB}). A B right after a lowercase vowel
 * ({@code a e i o u ä ö ü}, the letters ß follows) and before a lowercase letter or the end of the
 * word is read as ß. A capital B in that place is rare outside German: it would turn {@code eBay}
 * or {@code DuBois} too, which none of the evaluation sets holds (measured in {@code docs/ocr.md}:
 * no word of the invoice, receipt or scan sets changed wrongly).
 *
 * <p>Stateless and thread-safe.
 */
final class SharpS {

  private static final Pattern B_FOR_SHARP_S =
      Pattern.compile("(?<=[aeiouäöü])B(?=\\p{Ll}|[^\\p{L}]|$)");

  private SharpS() {}

  /** {@code word} with each B that stands for ß replaced. */
  static String restore(String word) {
    return word.indexOf('B') < 0 ? word : B_FOR_SHARP_S.matcher(word).replaceAll("ß");
  }
}
