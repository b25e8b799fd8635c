package dev.recto.extraction.check;

import dev.recto.core.field.LineItem;
import dev.recto.core.field.LineItemKey;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code TaxRate × Amount = Tax} on every line that prints its own tax, within a cent per line. One
 * outcome for all lines, like {@link LineAmountCheck}. Not applicable when no line has all three.
 */
final class LineTaxCheck implements InvoiceCheck {

  private static final Set<LineItemKey> COLUMNS =
      Set.of(LineItemKey.TAX_RATE, LineItemKey.AMOUNT, LineItemKey.TAX);

  @Override
  public CheckOutcome check(InvoiceValues v) {
    List<LineItem> lines = v.lines();
    List<String> failures = new ArrayList<>();
    int checked = 0;
    for (int i = 0; i < lines.size(); i++) {
      LineItem line = lines.get(i);
      Optional<BigDecimal> rate = InvoiceValues.decimal(line, LineItemKey.TAX_RATE);
      Optional<BigDecimal> amount = InvoiceValues.decimal(line, LineItemKey.AMOUNT);
      Optional<BigDecimal> tax = InvoiceValues.decimal(line, LineItemKey.TAX);
      if (rate.isEmpty() || amount.isEmpty() || tax.isEmpty()) {
        continue;
      }
      checked++;
      BigDecimal computed = rate.get().multiply(amount.get());
      if (!Tolerance.agree(computed, tax.get(), Tolerance.CENT)) {
        failures.add(
            "line "
                + (i + 1)
                + ": "
                + Outcomes.plain(rate.get())
                + " x "
                + Outcomes.plain(amount.get())
                + " = "
                + Outcomes.plain(computed)
                + ", printed "
                + Outcomes.plain(tax.get()));
      }
    }
    if (checked == 0) {
      return Outcomes.notApplicable(
          CrossChecker.LINE_TAX, Set.of(), COLUMNS, "no line has TaxRate, Amount and Tax");
    }
    return new CheckOutcome(
        CrossChecker.LINE_TAX,
        failures.isEmpty() ? Verdict.PASSED : Verdict.FAILED,
        Set.of(),
        COLUMNS,
        failures.isEmpty()
            ? checked + " of " + lines.size() + " lines agree within 0.01"
            : String.join("; ", failures) + " (tolerance 0.01)");
  }
}
