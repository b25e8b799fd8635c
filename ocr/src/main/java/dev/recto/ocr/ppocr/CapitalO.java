package dev.recto.ocr.ppocr;

/**
 * Puts back the capital O that the recognizer read as a zero inside words of capitals: {@code L0T},
 * {@code J0HOR}, {@code INV0ICE}, {@code (C0.REG}. PP-OCR's two glyphs differ by a few pixels of
 * width, and at receipt resolution it picks the zero about as often as the letter.
 *
 * <p>A word qualifies when it has at least two letters, all of them capitals, and its only digits
 * are zeros; each zero right after a letter becomes O. A zero before letters stays: British
 * postcodes end in a digit and two letters ({@code TV9 0EH}). Words with any other digit ({@code
 * A0B1}, {@code 100KG}), lowercase letters or a lone letter ({@code A0}) are left alone: there a
 * zero is as likely meant. The one lone letter that is read is {@code N}: {@code N0}, {@code N0.},
 * {@code N0:} is the number sign {@code NO} ({@link #numberSign}; SROIE word F1 +0.001, nothing
 * else changed). Measured on the SROIE receipts: word F1 +0.002 (see {@code docs/ocr.md}); no word
 * of the invoice sets changed. A zero starting a word part before three small letters is an O too
 * ({@link #beforeSmallLetters}: {@code 0ctober}).
 *
 * <p>Stateless and thread-safe.
 */
final class CapitalO {

  private CapitalO() {}

  /** {@code word} with the zeros after letters of a capitals word as O, or {@code word} itself. */
  static String restore(String word) {
    word = beforeSmallLetters(word);
    if (numberSign(word)) {
      return "NO" + word.substring(2);
    }
    int letters = 0;
    int zeros = 0;
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (Character.isLetter(c)) {
        if (!Character.isUpperCase(c)) {
          return word;
        }
        letters++;
      } else if (c == '0') {
        zeros++;
      } else if (Character.isDigit(c)) {
        return word;
      }
    }
    if (letters < 2 || zeros == 0) {
      return word;
    }
    StringBuilder out = new StringBuilder(word);
    for (int i = 0; i < out.length(); i++) {
      if (out.charAt(i) == '0' && letterAt(out, i - 1)) {
        out.setCharAt(i, 'O');
      }
    }
    return out.toString();
  }

  /**
   * {@code word} with a zero that starts a word part and stands before three small letters read as
   * a capital O: {@code 0ctober}, {@code 12.0ktober}. No number runs into three small letters after
   * its first digit; units stand apart or have fewer letters ({@code 0 pcs}, {@code 10kg}).
   */
  static String beforeSmallLetters(String word) {
    StringBuilder out = null;
    for (int i = 0; i + 3 < word.length(); i++) {
      if (word.charAt(i) == '0'
          && (i == 0 || !Character.isLetterOrDigit(word.charAt(i - 1)))
          && Character.isLowerCase(word.charAt(i + 1))
          && Character.isLowerCase(word.charAt(i + 2))
          && Character.isLowerCase(word.charAt(i + 3))) {
        if (out == null) {
          out = new StringBuilder(word);
        }
        out.setCharAt(i, 'O');
      }
    }
    return out == null ? word : out.toString();
  }

  /** Whether {@code word} is {@code N0} alone or followed by points, colons or {@code #} only. */
  static boolean numberSign(String word) {
    if (!word.startsWith("N0")) {
      return false;
    }
    for (int i = 2; i < word.length(); i++) {
      if (".:#".indexOf(word.charAt(i)) < 0) {
        return false;
      }
    }
    return true;
  }

  private static boolean letterAt(CharSequence s, int i) {
    return i >= 0 && i < s.length() && Character.isLetter(s.charAt(i));
  }
}
