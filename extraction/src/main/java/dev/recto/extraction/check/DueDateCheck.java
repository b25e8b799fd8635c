package dev.recto.extraction.check;

import dev.recto.core.field.FieldKey;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/** {@code DueDate ≥ InvoiceDate}. Not applicable without both. */
final class DueDateCheck implements InvoiceCheck {

  private static final Set<FieldKey> FIELDS = Set.of(FieldKey.INVOICE_DATE, FieldKey.DUE_DATE);

  @Override
  public CheckOutcome check(InvoiceValues v) {
    Optional<LocalDate> invoiceDate = v.date(FieldKey.INVOICE_DATE);
    Optional<LocalDate> dueDate = v.date(FieldKey.DUE_DATE);
    if (invoiceDate.isEmpty() || dueDate.isEmpty()) {
      return Outcomes.notApplicable(
          CrossChecker.DUE_DATE, FIELDS, Set.of(), "needs InvoiceDate and DueDate");
    }
    boolean ok = !dueDate.get().isBefore(invoiceDate.get());
    return new CheckOutcome(
        CrossChecker.DUE_DATE,
        ok ? Verdict.PASSED : Verdict.FAILED,
        FIELDS,
        Set.of(),
        "DueDate " + dueDate.get() + (ok ? " >= " : " < ") + "InvoiceDate " + invoiceDate.get());
  }
}
