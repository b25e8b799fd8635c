package dev.recto.samples.synth;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One invoice line as printed. Amounts are in the invoice currency, with two decimals.
 *
 * @param productCode article number
 * @param description what was sold
 * @param quantity how many units, a plain decimal such as {@code 2} or {@code 1.5}
 * @param unit unit of measure as printed, e.g. {@code pcs}, {@code Std.}
 * @param unitPrice net price of one unit
 * @param taxRate tax rate as a fraction, {@code 0.19}
 * @param amount net line amount as printed; equals {@code quantity x unitPrice} rounded half-up to
 *     cents unless the invoice is flagged inconsistent
 */
public record LineItemSpec(
    String productCode,
    String description,
    BigDecimal quantity,
    String unit,
    BigDecimal unitPrice,
    BigDecimal taxRate,
    BigDecimal amount) {

  public LineItemSpec {
    Objects.requireNonNull(productCode, "productCode");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(quantity, "quantity");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(unitPrice, "unitPrice");
    Objects.requireNonNull(taxRate, "taxRate");
    Objects.requireNonNull(amount, "amount");
    if (quantity.signum() <= 0) {
      throw new IllegalArgumentException("quantity must be positive, was " + quantity);
    }
  }
}
