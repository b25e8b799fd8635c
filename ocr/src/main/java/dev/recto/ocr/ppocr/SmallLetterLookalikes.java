package dev.recto.ocr.ppocr;

/**
 * Puts back two letters that the recognizer reads as their lookalikes in words of small letters at
 * scan resolution:
 *
 * <ul>
 *   <li>a zero right after a small letter, in a word whose other characters are letters (at least
 *       three of them, small but for the first): {@code Milan0} → {@code Milano}, {@code Bilba0} →
 *       {@code Bilbao}, {@code c0mpany} → {@code company};
 *   <li>a small {@code l} that starts a word of at least {@value #MIN_INITIAL_I_LENGTH} letters,
 *       small but for nothing else, when a consonant other than {@code l h j y} follows it: {@code
 *       ltalia} → {@code Italia}, {@code lronbark} → {@code Ironbark}. Words of the languages Recto
 *       maps do not start that way; a capital {@code I} does ({@code Industrie}, {@code Invoice}).
 * </ul>
 *
 * Measured on the cached recognizer output of the evaluation sets ({@code docs/ocr.md},
 * 2026-11-27). Stateless and thread-safe.
 */
final class SmallLetterLookalikes {

  /** Shortest word whose initial {@code l} may be read as {@code I} ({@code ltd.} stays). */
  static final int MIN_INITIAL_I_LENGTH = 5;

  /** Letters after which an initial {@code l} is read as {@code I}: consonants but l h j y. */
  private static final String AFTER_INITIAL_I = "bcdfgkmnpqrstvwxz";

  /** Punctuation that may close a word. */
  private static final String CLOSING = ",.;:)";

  private SmallLetterLookalikes() {}

  /**
   * {@code word} with those lookalikes put right, or {@code word} itself. Punctuation closing the
   * word ({@code ltalia,}, {@code Milan0.}) is set aside while its letters are read.
   */
  static String restore(String word) {
    int end = word.length();
    while (end > 0 && CLOSING.indexOf(word.charAt(end - 1)) >= 0) {
      end--;
    }
    if (end == 0) {
      return word;
    }
    return initialI(smallO(word.substring(0, end))) + word.substring(end);
  }

  static String smallO(String word) {
    int letters = 0;
    boolean zero = false;
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (Character.isLetter(c)) {
        if (i > 0 && !Character.isLowerCase(c)) {
          return word;
        }
        letters++;
      } else if (c == '0') {
        if (i == 0 || !Character.isLowerCase(word.charAt(i - 1))) {
          return word;
        }
        zero = true;
      } else {
        return word;
      }
    }
    return zero && letters >= 3 ? word.replace('0', 'o') : word;
  }

  static String initialI(String word) {
    if (word.length() < MIN_INITIAL_I_LENGTH || word.charAt(0) != 'l') {
      return word;
    }
    for (int i = 1; i < word.length(); i++) {
      if (!Character.isLowerCase(word.charAt(i))) {
        return word;
      }
    }
    char next = word.charAt(1);
    return AFTER_INITIAL_I.indexOf(next) < 0 ? word : "I" + word.substring(1);
  }
}
