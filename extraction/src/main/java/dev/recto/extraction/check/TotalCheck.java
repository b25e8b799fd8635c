package dev.recto.extraction.check;

import dev.recto.core.field.FieldKey;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * {@code SubTotal − TotalDiscount + TotalTax = InvoiceTotal}, within a cent.
 *
 * <p>An absent TotalDiscount or TotalTax counts as zero (an invoice without tax or discount); the
 * discount is taken by magnitude, since some invoices print it negative. When the relation fails
 * with a discount but {@code SubTotal + TotalTax = InvoiceTotal} holds, the discount is taken to be
 * already inside the SubTotal (invoices whose subtotal is net of discount) and the check passes,
 * saying so. Not applicable without SubTotal or InvoiceTotal.
 */
final class TotalCheck implements InvoiceCheck {

  @Override
  public CheckOutcome check(InvoiceValues v) {
    Optional<BigDecimal> subTotal = v.decimal(FieldKey.SUB_TOTAL);
    Optional<BigDecimal> total = v.decimal(FieldKey.INVOICE_TOTAL);
    Optional<BigDecimal> discount = v.decimal(FieldKey.TOTAL_DISCOUNT);
    Optional<BigDecimal> tax = v.decimal(FieldKey.TOTAL_TAX);
    if (subTotal.isEmpty() || total.isEmpty()) {
      return Outcomes.notApplicable(
          CrossChecker.TOTAL,
          EnumSet.of(
              FieldKey.SUB_TOTAL,
              FieldKey.TOTAL_DISCOUNT,
              FieldKey.TOTAL_TAX,
              FieldKey.INVOICE_TOTAL),
          Set.of(),
          "needs SubTotal and InvoiceTotal");
    }
    Set<FieldKey> fields = EnumSet.of(FieldKey.SUB_TOTAL, FieldKey.INVOICE_TOTAL);
    discount.ifPresent(d -> fields.add(FieldKey.TOTAL_DISCOUNT));
    tax.ifPresent(t -> fields.add(FieldKey.TOTAL_TAX));
    BigDecimal d = discount.map(BigDecimal::abs).orElse(BigDecimal.ZERO);
    BigDecimal t = tax.orElse(BigDecimal.ZERO);
    String relation =
        Outcomes.plain(subTotal.get()) + " - " + Outcomes.plain(d) + " + " + Outcomes.plain(t);
    CheckOutcome withDiscount =
        Outcomes.compare(
            CrossChecker.TOTAL,
            fields,
            Set.of(),
            relation,
            subTotal.get().subtract(d).add(t),
            total.get(),
            Tolerance.CENT);
    if (withDiscount.verdict() == Verdict.PASSED || d.signum() == 0) {
      return withDiscount;
    }
    BigDecimal inside = subTotal.get().add(t);
    if (Tolerance.agree(inside, total.get(), Tolerance.CENT)) {
      return new CheckOutcome(
          CrossChecker.TOTAL,
          Verdict.PASSED,
          fields,
          Set.of(),
          Outcomes.plain(subTotal.get())
              + " + "
              + Outcomes.plain(t)
              + " = "
              + Outcomes.plain(inside)
              + ", printed "
              + Outcomes.plain(total.get())
              + " (discount "
              + Outcomes.plain(d)
              + " already inside SubTotal)");
    }
    return withDiscount;
  }
}
