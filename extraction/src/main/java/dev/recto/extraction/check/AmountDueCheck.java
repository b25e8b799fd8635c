package dev.recto.extraction.check;

import dev.recto.core.field.FieldKey;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.Set;

/**
 * {@code AmountDue ≤ InvoiceTotal} (a prepayment may lower what is due, nothing raises it), with a
 * cent of tolerance. For a credit note (negative total) the magnitudes are compared. Not applicable
 * without both.
 */
final class AmountDueCheck implements InvoiceCheck {

  private static final Set<FieldKey> FIELDS = Set.of(FieldKey.AMOUNT_DUE, FieldKey.INVOICE_TOTAL);

  @Override
  public CheckOutcome check(InvoiceValues v) {
    Optional<BigDecimal> due = v.decimal(FieldKey.AMOUNT_DUE);
    Optional<BigDecimal> total = v.decimal(FieldKey.INVOICE_TOTAL);
    if (due.isEmpty() || total.isEmpty()) {
      return Outcomes.notApplicable(
          CrossChecker.AMOUNT_DUE, FIELDS, Set.of(), "needs AmountDue and InvoiceTotal");
    }
    boolean credit = total.get().signum() < 0;
    BigDecimal d = credit ? due.get().negate() : due.get();
    BigDecimal t = credit ? total.get().negate() : total.get();
    boolean ok = d.compareTo(t.add(Tolerance.CENT)) <= 0;
    String detail =
        "AmountDue "
            + Outcomes.plain(due.get())
            + (ok ? " <= " : " > ")
            + "InvoiceTotal "
            + Outcomes.plain(total.get())
            + (credit ? " (credit note: magnitudes compared)" : "");
    return new CheckOutcome(
        CrossChecker.AMOUNT_DUE, ok ? Verdict.PASSED : Verdict.FAILED, FIELDS, Set.of(), detail);
  }
}
