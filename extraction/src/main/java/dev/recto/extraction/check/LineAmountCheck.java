package dev.recto.extraction.check;

import dev.recto.core.field.LineItem;
import dev.recto.core.field.LineItemKey;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code Quantity × UnitPrice = Amount} on every line that has all three, within a cent per line.
 * One outcome for all lines: failed when any line fails, the detail naming the lines (1-based). Not
 * applicable when no line has all three.
 */
final class LineAmountCheck implements InvoiceCheck {

  private static final Set<LineItemKey> COLUMNS =
      Set.of(LineItemKey.QUANTITY, LineItemKey.UNIT_PRICE, LineItemKey.AMOUNT);

  @Override
  public CheckOutcome check(InvoiceValues v) {
    List<LineItem> lines = v.lines();
    List<String> failures = new ArrayList<>();
    int checked = 0;
    for (int i = 0; i < lines.size(); i++) {
      LineItem line = lines.get(i);
      Optional<BigDecimal> q = InvoiceValues.decimal(line, LineItemKey.QUANTITY);
      Optional<BigDecimal> p = InvoiceValues.decimal(line, LineItemKey.UNIT_PRICE);
      Optional<BigDecimal> a = InvoiceValues.decimal(line, LineItemKey.AMOUNT);
      if (q.isEmpty() || p.isEmpty() || a.isEmpty()) {
        continue;
      }
      checked++;
      BigDecimal computed = q.get().multiply(p.get());
      if (!Tolerance.agree(computed, a.get(), Tolerance.CENT)) {
        failures.add(
            "line "
                + (i + 1)
                + ": "
                + Outcomes.plain(q.get())
                + " x "
                + Outcomes.plain(p.get())
                + " = "
                + Outcomes.plain(computed)
                + ", printed "
                + Outcomes.plain(a.get()));
      }
    }
    if (checked == 0) {
      return Outcomes.notApplicable(
          CrossChecker.LINE_AMOUNT,
          Set.of(),
          COLUMNS,
          "no line has Quantity, UnitPrice and Amount");
    }
    if (failures.isEmpty()) {
      return new CheckOutcome(
          CrossChecker.LINE_AMOUNT,
          Verdict.PASSED,
          Set.of(),
          COLUMNS,
          checked + " of " + lines.size() + " lines agree within 0.01");
    }
    return new CheckOutcome(
        CrossChecker.LINE_AMOUNT,
        Verdict.FAILED,
        Set.of(),
        COLUMNS,
        String.join("; ", failures) + " (tolerance 0.01)");
  }
}
