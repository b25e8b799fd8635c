package dev.recto.samples.synth;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How a locale prints numbers: {@code 1,234.56} (en), {@code 1.234,56} (de, es, it, nl) or {@code 1
 * 234,56} (fr, with an ordinary space so that the text layer splits it as a reader would).
 *
 * <p>Immutable and thread-safe.
 *
 * @param decimalSeparator the character before the fraction
 * @param groupSeparator the character between thousands groups
 */
public record NumberStyle(char decimalSeparator, char groupSeparator) {

  public NumberStyle {
    if (decimalSeparator == groupSeparator) {
      throw new IllegalArgumentException("decimal and group separators must differ");
    }
  }

  /** An amount with exactly two decimals and grouped thousands, e.g. {@code 1.234,50}. */
  public String amount(BigDecimal value) {
    BigDecimal v = value.setScale(2, RoundingMode.HALF_UP);
    String plain = v.abs().toPlainString();
    int dot = plain.indexOf('.');
    String whole = plain.substring(0, dot);
    String fraction = plain.substring(dot + 1);
    return (v.signum() < 0 ? "-" : "") + group(whole) + decimalSeparator + fraction;
  }

  /** A quantity without trailing zeros and without grouping below 10,000, e.g. {@code 2,5}. */
  public String quantity(BigDecimal value) {
    String plain = value.stripTrailingZeros().toPlainString();
    return plain.replace('.', decimalSeparator);
  }

  /** A percentage from a fraction, e.g. {@code 0.055} as {@code 5,5}; no % sign. */
  public String percent(BigDecimal fraction) {
    return quantity(fraction.movePointRight(2));
  }

  private String group(String digits) {
    StringBuilder out = new StringBuilder();
    int first = digits.length() % 3 == 0 ? 3 : digits.length() % 3;
    out.append(digits, 0, first);
    for (int i = first; i < digits.length(); i += 3) {
      out.append(groupSeparator).append(digits, i, i + 3);
    }
    return out.toString();
  }
}
