package dev.recto.extraction.generic;

/**
 * Puts back the digits that OCR reads as their letter lookalikes inside the numbers of an address
 * line at receipt resolution: {@code 28I1} → {@code 2811}, {@code 433O0} → {@code 43300}, {@code
 * 7/l18B} → {@code 7/118B}, and a postcode's last zero {@code 4115O} → {@code 41150}.
 *
 * <ul>
 *   <li>an {@code O}, {@code o}, {@code I} or {@code l} with a digit right after it (or a decimal
 *       point or comma and a digit: {@code 1O.00}) and a digit or a slash right before it: no word
 *       of letters is spelt that way, and house numbers and postcodes are ({@code 1851-B} and
 *       {@code U13} keep their letters: there the letter stands at the edge of the digits);
 *   <li>an {@code O} or {@code o} that ends a word after at least {@value #MIN_DIGITS_BEFORE_LAST}
 *       digits, punctuation after it allowed: suffix letters of house numbers ({@code 118B}, {@code
 *       12A}) are not vowels that look like a zero.
 * </ul>
 *
 * A house number glued to a word whose capital {@code O} OCR read as a zero is split and the letter
 * put back ({@code 360ak} → {@code 36 Oak}, {@link #letterOAfterNumber}).
 *
 * <p>Only in words with no other letters but one suffix letter ({@link #isNumberLike}), and only in
 * addresses: elsewhere a group of an IBAN printed in fours ({@code 9O05}) or an invoice number may
 * mix letters and digits on purpose. Only for OCR text. Stateless and thread-safe.
 */
final class DigitLookalikes {

  /** Capitals that must stand before a {@code 1} or {@code 5} for it to be read as a letter. */
  static final int MIN_CAPITALS_BEFORE = 3;

  /** Digits that must stand before a final {@code O} for it to be read as a zero. */
  static final int MIN_DIGITS_BEFORE_LAST = 3;

  private DigitLookalikes() {}

  /**
   * {@code line} with each word's letter lookalikes inside numbers read as digits, and a digit
   * lookalike inside a word of capitals read as the letter ({@link #inCapitals}).
   */
  static String restoreLine(String line) {
    String[] parts = line.split(" ", -1);
    for (int i = 0; i < parts.length; i++) {
      parts[i] = letterOAfterNumber(inCapitals(restore(parts[i])));
    }
    return String.join(" ", parts);
  }

  private static final java.util.regex.Pattern NUMBER_THEN_ZERO_WORD =
      java.util.regex.Pattern.compile("(\\d+)0(\\p{Ll}{2,}[,.]?)");

  /** Endings written right after a number: ordinals and the like ({@code 10th}, {@code 20ème}). */
  private static final java.util.Set<String> NUMBER_ENDINGS =
      java.util.Set.of(
          "st", "nd", "rd", "th", "er", "re", "eme", "ème", "bis", "ter", "nd.", "th.");

  /**
   * {@code word} split into a house number and a word that starts with a capital {@code O} where
   * OCR read that {@code O} as a zero and lost the space before it ({@code 360ak} → {@code 36
   * Oak}); ordinal endings ({@code 10th}) and other words stay.
   */
  static String letterOAfterNumber(String word) {
    java.util.regex.Matcher m = NUMBER_THEN_ZERO_WORD.matcher(word);
    if (!m.matches()) {
      return word;
    }
    String rest = m.group(2);
    String letters = rest.replaceAll("[,.]$", "");
    if (NUMBER_ENDINGS.contains(letters) || NUMBER_ENDINGS.contains(rest)) {
      return word;
    }
    return m.group(1) + " O" + rest;
  }

  /**
   * {@code word} with a {@code 1} or {@code 5} read as {@code I} or {@code S} where it stands
   * inside a word of capitals, after at least {@value #MIN_CAPITALS_BEFORE} of them and before
   * another ({@code SET1A} → {@code SETIA}), the word's only digit. Shorter runs before it are
   * postcodes and codes ({@code SW1A}, {@code K1A}, {@code U13}); a zero the OCR engine already
   * reads as {@code O} in words of capitals.
   */
  static String inCapitals(String word) {
    int digit = -1;
    for (int i = 0; i < word.length(); i++) {
      if (isDigit(word.charAt(i))) {
        if (digit >= 0) {
          return word;
        }
        digit = i;
      }
    }
    if (digit < MIN_CAPITALS_BEFORE || digit + 1 >= word.length()) {
      return word;
    }
    char d = word.charAt(digit);
    if ((d != '1' && d != '5') || !Character.isUpperCase(word.charAt(digit + 1))) {
      return word;
    }
    for (int i = digit - MIN_CAPITALS_BEFORE; i < digit; i++) {
      if (!Character.isUpperCase(word.charAt(i))) {
        return word;
      }
    }
    return word.substring(0, digit) + (d == '1' ? 'I' : 'S') + word.substring(digit + 1);
  }

  /** {@code word} with its letter lookalikes inside numbers read as digits, or {@code word}. */
  static String restore(String word) {
    if (!isNumberLike(word)) {
      return word;
    }
    StringBuilder out = null;
    for (int i = 1; i < word.length(); i++) {
      char c = word.charAt(i);
      if (!isLookalike(c)) {
        continue;
      }
      char before = word.charAt(i - 1);
      boolean inside = (isDigit(before) || before == '/') && digitAfter(word, i);
      boolean last = (c == 'O' || c == 'o') && endsAfter(word, i) && digitsBefore(word, i);
      if (inside || last) {
        if (out == null) {
          out = new StringBuilder(word);
        }
        out.setCharAt(i, c == 'O' || c == 'o' ? '0' : '1');
      }
    }
    return out == null ? word : out.toString();
  }

  /**
   * True when the word has no letters but lookalikes and one suffix letter after a digit at its end
   * ({@code 118B}): identifiers that mix letters and digits ({@code FR76...LK9O05}, {@code
   * INV-O1A3}) keep what they print.
   */
  private static boolean isNumberLike(String word) {
    int end = word.length();
    while (end > 0 && !Character.isLetterOrDigit(word.charAt(end - 1))) {
      end--;
    }
    if (end > 1 && Character.isLetter(word.charAt(end - 1)) && isDigit(word.charAt(end - 2))) {
      end--;
    }
    boolean digit = false;
    for (int i = 0; i < end; i++) {
      char c = word.charAt(i);
      if (isDigit(c)) {
        digit = true;
      } else if (Character.isLetter(c) && !isLookalike(c)) {
        return false;
      }
    }
    return digit;
  }

  private static boolean isLookalike(char c) {
    return c == 'O' || c == 'o' || c == 'I' || c == 'l';
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** True when a digit follows position {@code i}, or a point or comma and then a digit. */
  private static boolean digitAfter(String word, int i) {
    if (i + 1 < word.length() && isDigit(word.charAt(i + 1))) {
      return true;
    }
    return i + 2 < word.length()
        && (word.charAt(i + 1) == '.' || word.charAt(i + 1) == ',')
        && isDigit(word.charAt(i + 2));
  }

  /** True when only punctuation follows position {@code i}. */
  private static boolean endsAfter(String word, int i) {
    for (int k = i + 1; k < word.length(); k++) {
      char c = word.charAt(k);
      if (c != '.' && c != ',' && c != ';' && c != ':' && c != ')') {
        return false;
      }
    }
    return true;
  }

  /** True when the {@value #MIN_DIGITS_BEFORE_LAST} characters before {@code i} are digits. */
  private static boolean digitsBefore(String word, int i) {
    if (i < MIN_DIGITS_BEFORE_LAST) {
      return false;
    }
    for (int k = i - MIN_DIGITS_BEFORE_LAST; k < i; k++) {
      if (!isDigit(word.charAt(k))) {
        return false;
      }
    }
    return true;
  }
}
