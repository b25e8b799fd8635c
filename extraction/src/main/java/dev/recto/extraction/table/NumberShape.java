package dev.recto.extraction.table;

import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * Tells whether a cell's text has the shape of one number (a quantity, price, rate or amount) in
 * any common convention, before anything is parsed: {@code 1,234.56}, {@code 1.234,56}, {@code 1
 * 234,56}, {@code 1'234.56}, {@code -12.00}, {@code (12.00)}, {@code 19 %}, with a currency or a
 * unit of up to six letters before or after ({@code € 399,00}, {@code 1.00 kg}). Two numbers
 * ({@code 44 10}), dates and words are not numbers.
 *
 * <p>Stateless and thread-safe.
 */
final class NumberShape {

  private static final Pattern AFFIX = Pattern.compile("[\\p{L}\\p{Sc}.%#*]{1,6}");

  private static final Pattern NUMBER =
      Pattern.compile(
          "[-+−(]?\\p{Sc}?\\s?\\d{1,3}(?:[.,'\\u00a0\\u202f ]?\\d{3})*(?:[.,]\\d{1,4})?"
              + "\\s?(?:%|\\p{Sc})?\\)?-?");

  private NumberShape() {}

  static boolean looksNumeric(String text) {
    String[] tokens = text.trim().split("\\s+");
    int a = 0;
    int b = tokens.length;
    while (a < b && AFFIX.matcher(tokens[a]).matches()) {
      a++;
    }
    while (b > a && AFFIX.matcher(tokens[b - 1]).matches()) {
      b--;
    }
    if (a >= b) {
      return false;
    }
    return NUMBER.matcher(String.join(" ", Arrays.copyOfRange(tokens, a, b))).matches();
  }
}
