package dev.recto.extraction.generic;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads as commas the points that OCR puts where an address line prints commas: after a house or
 * street number before the next word ({@code JALAN MANIS 7. TAMAN SEGAR} → {@code 7, TAMAN}, {@code
 * JALAN SR 1/9. SEKSYEN}, {@code 7/4.Kawasan}) and after a whole word before the next part ({@code
 * TAMAN AIR BIRU. 81700}, {@code Tampoi.81200}): one of at least {@value #MIN_WORD_LETTERS}
 * letters, or of {@value #SHORT_WORD_LETTERS} with two vowels. At receipt resolution the
 * recognizer's comma and point differ by a pixel or two of ink below the baseline and it reads many
 * commas as points; abbreviations keep theirs ({@code NO.}, {@code St.}, {@code Jln.}, {@code P.T.}
 * are shorter, {@code Blvd.} has no vowel), and so does the point that ends the address. Only for
 * OCR text: a text layer spells its punctuation as printed. Stateless and thread-safe.
 */
final class AddressCommas {

  /** Letters a word needs before its point is read as a comma; abbreviations are shorter. */
  static final int MIN_WORD_LETTERS = 5;

  /**
   * A word of this many letters counts as whole when two of them are vowels ({@code BIRU}, {@code
   * RAYA}); abbreviations drop theirs ({@code Blvd}, {@code Bldg}, {@code Pkwy}).
   */
  static final int SHORT_WORD_LETTERS = 4;

  /** Abbreviations of street words that keep two vowels. */
  private static final java.util.Set<String> ABBREVIATIONS = java.util.Set.of("avda", "aven");

  private static final Pattern AFTER_NUMBER =
      Pattern.compile("(?<=(?:^|\\s)\\d{1,5}(?:[/-]\\d{1,5})?)\\.(?=\\s*\\p{L})");
  private static final Pattern AFTER_WORD =
      Pattern.compile("(?<=(?:^|[\\s,])\\p{L}{" + SHORT_WORD_LETTERS + ",40})\\.(?=\\s*\\S)");
  private static final Pattern VOWEL = Pattern.compile("[AEIOUaeiou]");

  private AddressCommas() {}

  /** {@code address} with its misread commas put back; a final point stays. */
  static String restore(String address) {
    String numbers = AFTER_NUMBER.matcher(address).replaceAll(",");
    Matcher m = AFTER_WORD.matcher(numbers);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, isWholeWord(wordBefore(numbers, m.start())) ? "," : ".");
    }
    m.appendTail(out);
    return out.toString();
  }

  private static String wordBefore(String text, int end) {
    int start = end;
    while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
      start--;
    }
    return text.substring(start, end);
  }

  private static boolean isWholeWord(String word) {
    if (word.length() >= MIN_WORD_LETTERS) {
      return true;
    }
    if (ABBREVIATIONS.contains(word.toLowerCase(java.util.Locale.ROOT))) {
      return false;
    }
    return VOWEL.matcher(word).results().count() >= 2;
  }
}
