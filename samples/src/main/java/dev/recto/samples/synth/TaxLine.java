package dev.recto.samples.synth;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The tax of one rate: base (net after discount) and amount, both with two decimals.
 *
 * @param rate tax rate as a fraction, {@code 0.19}
 * @param base net amount taxed at this rate
 * @param amount tax amount, {@code base x rate} rounded half-up to cents unless flagged
 */
public record TaxLine(BigDecimal rate, BigDecimal base, BigDecimal amount) {

  public TaxLine {
    Objects.requireNonNull(rate, "rate");
    Objects.requireNonNull(base, "base");
    Objects.requireNonNull(amount, "amount");
  }
}
