package dev.recto.extraction.check;

import dev.recto.core.field.FieldKey;
import dev.recto.core.field.LineItem;
import dev.recto.core.field.LineItemKey;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code sum(line Amount) = SubTotal}, within half a cent per line (at least a cent). Not
 * applicable without a SubTotal, without line items, or when a line has no readable Amount.
 */
final class LineSumCheck implements InvoiceCheck {

  private static final Set<FieldKey> FIELDS = Set.of(FieldKey.SUB_TOTAL);
  private static final Set<LineItemKey> COLUMNS = Set.of(LineItemKey.AMOUNT);

  @Override
  public CheckOutcome check(InvoiceValues v) {
    Optional<BigDecimal> subTotal = v.decimal(FieldKey.SUB_TOTAL);
    List<LineItem> lines = v.lines();
    if (subTotal.isEmpty() || lines.isEmpty()) {
      return Outcomes.notApplicable(
          CrossChecker.LINE_SUM, FIELDS, COLUMNS, "needs SubTotal and at least one line item");
    }
    BigDecimal sum = BigDecimal.ZERO;
    for (int i = 0; i < lines.size(); i++) {
      Optional<BigDecimal> amount = InvoiceValues.decimal(lines.get(i), LineItemKey.AMOUNT);
      if (amount.isEmpty()) {
        return Outcomes.notApplicable(
            CrossChecker.LINE_SUM, FIELDS, COLUMNS, "line " + (i + 1) + " has no Amount");
      }
      sum = sum.add(amount.get());
    }
    return Outcomes.compare(
        CrossChecker.LINE_SUM,
        FIELDS,
        COLUMNS,
        "sum of " + lines.size() + " line amounts",
        sum,
        subTotal.get(),
        Tolerance.perRoundedTerm(lines.size()));
  }
}
