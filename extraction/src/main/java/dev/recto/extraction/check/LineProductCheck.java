package dev.recto.extraction.check;

import dev.recto.core.field.LineItem;
import dev.recto.core.field.LineItemKey;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code factor × factor = product} on every line that has all three columns, within a cent per
 * line: {@link #lineAmount()} ({@code Quantity × UnitPrice = Amount}) and {@link #lineTax()}
 * ({@code TaxRate × Amount = Tax}). One outcome for all lines: failed when any line fails, the
 * detail naming the lines (1-based). Not applicable when no line has all three. Immutable.
 */
final class LineProductCheck implements InvoiceCheck {

  private final String id;
  private final LineItemKey left;
  private final LineItemKey right;
  private final LineItemKey product;

  private LineProductCheck(String id, LineItemKey left, LineItemKey right, LineItemKey product) {
    this.id = id;
    this.left = left;
    this.right = right;
    this.product = product;
  }

  /** {@code Quantity × UnitPrice = Amount}. */
  static LineProductCheck lineAmount() {
    return new LineProductCheck(
        CrossChecker.LINE_AMOUNT, LineItemKey.QUANTITY, LineItemKey.UNIT_PRICE, LineItemKey.AMOUNT);
  }

  /** {@code TaxRate × Amount = Tax}, on lines that print their own tax. */
  static LineProductCheck lineTax() {
    return new LineProductCheck(
        CrossChecker.LINE_TAX, LineItemKey.TAX_RATE, LineItemKey.AMOUNT, LineItemKey.TAX);
  }

  @Override
  public CheckOutcome check(InvoiceValues v) {
    Set<LineItemKey> columns = Set.of(left, right, product);
    List<LineItem> lines = v.lines();
    List<String> failures = new ArrayList<>();
    int checked = 0;
    for (int i = 0; i < lines.size(); i++) {
      LineItem line = lines.get(i);
      Optional<BigDecimal> a = InvoiceValues.decimal(line, left);
      Optional<BigDecimal> b = InvoiceValues.decimal(line, right);
      Optional<BigDecimal> printed = InvoiceValues.decimal(line, product);
      if (a.isEmpty() || b.isEmpty() || printed.isEmpty()) {
        continue;
      }
      checked++;
      BigDecimal computed = a.get().multiply(b.get());
      if (!Tolerance.agree(computed, printed.get(), Tolerance.CENT)) {
        failures.add(
            "line "
                + (i + 1)
                + ": "
                + Outcomes.plain(a.get())
                + " x "
                + Outcomes.plain(b.get())
                + " = "
                + Outcomes.plain(computed)
                + ", printed "
                + Outcomes.plain(printed.get()));
      }
    }
    if (checked == 0) {
      return Outcomes.notApplicable(
          id,
          Set.of(),
          columns,
          "no line has "
              + left.jsonName()
              + ", "
              + right.jsonName()
              + " and "
              + product.jsonName());
    }
    return new CheckOutcome(
        id,
        failures.isEmpty() ? Verdict.PASSED : Verdict.FAILED,
        Set.of(),
        columns,
        failures.isEmpty()
            ? checked + " of " + lines.size() + " lines agree within 0.01"
            : String.join("; ", failures) + " (tolerance 0.01)");
  }
}
