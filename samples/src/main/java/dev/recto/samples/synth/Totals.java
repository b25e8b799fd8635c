package dev.recto.samples.synth;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * The totals block of an invoice, amounts with two decimals. When consistent: {@code total =
 * subTotal - discount + totalTax}, {@code totalTax} is the sum of the tax lines, and {@code
 * amountDue = total}.
 *
 * @param subTotal sum of the line amounts
 * @param discountRate discount as a fraction of the subtotal, zero when none
 * @param discount discount amount, zero when none
 * @param taxes one line per tax rate, highest rate first
 * @param totalTax sum of the tax amounts
 * @param total invoice total
 * @param amountDue amount to pay
 */
public record Totals(
    BigDecimal subTotal,
    BigDecimal discountRate,
    BigDecimal discount,
    List<TaxLine> taxes,
    BigDecimal totalTax,
    BigDecimal total,
    BigDecimal amountDue) {

  public Totals {
    Objects.requireNonNull(subTotal, "subTotal");
    Objects.requireNonNull(discountRate, "discountRate");
    Objects.requireNonNull(discount, "discount");
    taxes = List.copyOf(taxes);
    Objects.requireNonNull(totalTax, "totalTax");
    Objects.requireNonNull(total, "total");
    Objects.requireNonNull(amountDue, "amountDue");
  }

  /** True when a discount line is printed. */
  public boolean hasDiscount() {
    return discount.signum() != 0;
  }
}
