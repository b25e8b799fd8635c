package dev.recto.extraction.check;

import dev.recto.core.field.FieldKey;
import dev.recto.core.field.LineItem;
import dev.recto.core.field.LineItemKey;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import java.util.TreeMap;

/**
 * {@code TotalTax = Σ rate × base(rate)}, where {@code base(rate)} is the sum of the line Amounts
 * at that TaxRate reduced by the document discount in proportion ({@code × (1 − TotalDiscount /
 * SubTotal)}, when both are printed), within a cent per rate (each rate's tax is rounded once). Not
 * applicable without a TotalTax, without line items, or when a line has no readable Amount or
 * TaxRate.
 */
final class TaxRateCheck implements InvoiceCheck {

  private static final Set<LineItemKey> COLUMNS = Set.of(LineItemKey.AMOUNT, LineItemKey.TAX_RATE);

  @Override
  public CheckOutcome check(InvoiceValues v) {
    Set<FieldKey> fields = EnumSet.of(FieldKey.TOTAL_TAX);
    Optional<BigDecimal> totalTax = v.decimal(FieldKey.TOTAL_TAX);
    List<LineItem> lines = v.lines();
    if (totalTax.isEmpty() || lines.isEmpty()) {
      return Outcomes.notApplicable(
          CrossChecker.TAX_RATE, fields, COLUMNS, "needs TotalTax and at least one line item");
    }
    Map<BigDecimal, BigDecimal> baseByRate = new TreeMap<>();
    for (int i = 0; i < lines.size(); i++) {
      Optional<BigDecimal> amount = InvoiceValues.decimal(lines.get(i), LineItemKey.AMOUNT);
      Optional<BigDecimal> rate = InvoiceValues.decimal(lines.get(i), LineItemKey.TAX_RATE);
      if (amount.isEmpty() || rate.isEmpty()) {
        return Outcomes.notApplicable(
            CrossChecker.TAX_RATE,
            fields,
            COLUMNS,
            "line " + (i + 1) + " has no Amount or no TaxRate");
      }
      baseByRate.merge(rate.get().stripTrailingZeros(), amount.get(), BigDecimal::add);
    }
    BigDecimal keep = BigDecimal.ONE;
    Optional<BigDecimal> discount = v.decimal(FieldKey.TOTAL_DISCOUNT);
    Optional<BigDecimal> subTotal = v.decimal(FieldKey.SUB_TOTAL);
    if (discount.isPresent() && subTotal.isPresent() && subTotal.get().signum() != 0) {
      keep =
          BigDecimal.ONE.subtract(
              discount.get().abs().divide(subTotal.get(), MathContext.DECIMAL64));
      fields.add(FieldKey.TOTAL_DISCOUNT);
      fields.add(FieldKey.SUB_TOTAL);
    }
    BigDecimal computed = BigDecimal.ZERO;
    StringJoiner relation = new StringJoiner(" + ");
    for (Map.Entry<BigDecimal, BigDecimal> e : baseByRate.entrySet()) {
      BigDecimal base = e.getValue().multiply(keep);
      computed = computed.add(e.getKey().multiply(base));
      relation.add(
          Outcomes.plain(e.getKey())
              + " x "
              + Outcomes.plain(e.getValue())
              + (keep.compareTo(BigDecimal.ONE) == 0 ? "" : " x " + Outcomes.plain(keep)));
    }
    computed = computed.setScale(Math.max(2, Math.min(computed.scale(), 6)), RoundingMode.HALF_UP);
    return Outcomes.compare(
        CrossChecker.TAX_RATE,
        fields,
        COLUMNS,
        relation.toString(),
        computed,
        totalTax.get(),
        Tolerance.CENT.multiply(BigDecimal.valueOf(baseByRate.size())));
  }
}
