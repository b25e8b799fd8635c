package dev.recto.extraction.parse;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * An amount of money as printed, with its currency when the text names one.
 *
 * <p>Immutable and thread-safe.
 *
 * @param amount the signed amount, with the scale as printed ({@code 12.5} stays {@code 12.5})
 * @param currency ISO 4217 code when the text carries a symbol or code that names one, {@code null}
 *     when it carries none or an ambiguous one ({@code kr})
 */
public record Money(BigDecimal amount, String currency) {

  public Money {
    Objects.requireNonNull(amount, "amount");
    if (currency != null && !currency.matches("[A-Z]{3}")) {
      throw new IllegalArgumentException("currency must be an ISO 4217 code, was " + currency);
    }
  }

  /**
   * The amount written as {@link dev.recto.core.field.FieldType#MONEY} wants it: a plain decimal
   * with at least two decimals, {@code 1234.50}, {@code -12.00}, {@code 0.125}.
   */
  public String normalized() {
    BigDecimal a = amount.scale() < 2 ? amount.setScale(2) : amount;
    return a.toPlainString();
  }
}
