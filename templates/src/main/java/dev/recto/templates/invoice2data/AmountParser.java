package dev.recto.templates.invoice2data;

import java.util.regex.Pattern;

/**
 * invoice2data's number reading ({@code parse_number}): the decimal separator (which may occur at
 * most once) becomes the decimal point, and every other {@code .}, {@code ,}, {@code '} and
 * whitespace is dropped as a thousands separator; the rest must be a Python {@code float} literal.
 * Stateless and thread-safe.
 *
 * <pre>{@code
 * AmountParser.parse("1.234,56", ",")  // 1234.56
 * AmountParser.parse("1,234.56", ".")  // 1234.56
 * }</pre>
 */
public final class AmountParser {

  private static final Pattern THOUSANDS =
      Pattern.compile("[.,'\\s]", Pattern.UNICODE_CHARACTER_CLASS);
  private static final Pattern FLOAT =
      Pattern.compile("[+-]?(\\d[\\d_]*(\\.[\\d_]*)?|\\.\\d[\\d_]*)([eE][+-]?\\d+)?");

  private AmountParser() {}

  /**
   * The number in {@code text}.
   *
   * @throws NumberFormatException when the decimal separator occurs more than once or the rest is
   *     not a number (invoice2data fails the document then)
   */
  public static double parse(String text, String decimalSeparator) {
    int count = 0;
    for (int i = text.indexOf(decimalSeparator);
        i >= 0;
        i = text.indexOf(decimalSeparator, i + decimalSeparator.length())) {
      count++;
    }
    if (count >= 2) {
      throw new NumberFormatException(
          "decimal separator '" + decimalSeparator + "' occurs several times in '" + text + "'");
    }
    String piped = text.replace(decimalSeparator, "|");
    String digits = THOUSANDS.matcher(piped).replaceAll("").replace('|', '.');
    String lower = digits.toLowerCase(java.util.Locale.ROOT);
    if (lower.matches("[+-]?(inf|infinity)")) {
      return lower.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
    }
    if (lower.matches("[+-]?nan")) {
      return Double.NaN;
    }
    if (!FLOAT.matcher(digits).matches() || digits.contains("__") || digits.endsWith("_")) {
      throw new NumberFormatException("not a number: '" + text + "'");
    }
    return Double.parseDouble(digits.replace("_", ""));
  }

  /** Python's {@code int(parse_number(text))}: the number truncated toward zero. */
  public static long parseInt(String text, String decimalSeparator) {
    double d = parse(text, decimalSeparator);
    if (Double.isNaN(d) || Double.isInfinite(d)) {
      throw new NumberFormatException("cannot convert '" + text + "' to an integer");
    }
    return (long) d;
  }
}
