package dev.recto.extraction.generic;

import java.util.regex.Pattern;

/**
 * Puts back spaces OCR dropped between the words of an address line read from a scan: a small
 * letter run of two or more against a capitalized word ({@code JalanTampoi} → {@code Jalan Tampoi},
 * {@code BahruJohor} → {@code Bahru Johor}) and a word of three or more small letters against a
 * number ({@code Tampoi7/4} → {@code Tampoi 7/4}). Words with one small letter before a capital
 * ({@code McDonald}, {@code DeSilva}) and capitals against digits ({@code UPTOWN3}, {@code U13})
 * are left alone. Only for OCR text: a text layer spells its words as printed. Stateless and
 * thread-safe.
 */
final class GluedWords {

  private static final Pattern SMALL_CAPITAL = Pattern.compile("(?<=\\p{Ll}{2})(?=\\p{Lu}\\p{Ll})");
  private static final Pattern SMALL_DIGIT = Pattern.compile("(?<=\\p{Ll}{3})(?=\\d+(?!\\p{L}))");

  private GluedWords() {}

  /** {@code line} with a space put back at each glued word boundary. */
  static String split(String line) {
    return SMALL_DIGIT.matcher(SMALL_CAPITAL.matcher(line).replaceAll(" ")).replaceAll(" ");
  }
}
