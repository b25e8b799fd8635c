package dev.recto.extraction.table;

import dev.recto.core.field.LineItemKey;
import dev.recto.extraction.parse.NumberConvention;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Decides from its values whether a column headed by a bare tax word ({@code MwSt.}, {@code TVA},
 * {@code IVA}, {@code VAT}) holds rates or tax amounts, which the heading alone cannot tell.
 *
 * <p>The column holds amounts when none of its cells has a percent sign and either a value is above
 * {@value #MAX_RATE_PERCENT} (no VAT rate is) or every value has two decimals and they take at
 * least three different values (rates repeat: one or two per invoice). Otherwise it stays a rate
 * column. The decision covers all rows read from one document.
 *
 * <p>Stateless and thread-safe.
 */
final class TaxColumn {

  /** No value-added tax rate in use is above this many percent. */
  static final int MAX_RATE_PERCENT = 30;

  private TaxColumn() {}

  /**
   * The rows, with their {@link LineItemKey#TAX_RATE} cells moved to {@link LineItemKey#TAX} when
   * the column holds amounts; the same rows otherwise.
   */
  static List<RawRow> amountsOrRates(List<RawRow> rows, NumberConvention convention) {
    List<String> texts = new ArrayList<>();
    for (RawRow r : rows) {
      if (r.cells().containsKey(LineItemKey.TAX)) {
        return rows; // a separate tax amount column exists: the rate column is a rate column
      }
      String t = r.text(LineItemKey.TAX_RATE);
      if (t != null) {
        texts.add(t);
      }
    }
    if (texts.isEmpty() || !holdsAmounts(texts, convention)) {
      return rows;
    }
    List<RawRow> out = new ArrayList<>(rows.size());
    for (RawRow r : rows) {
      Map<LineItemKey, List<Phrase>> cells = new EnumMap<>(LineItemKey.class);
      cells.putAll(r.cells());
      List<Phrase> rate = cells.remove(LineItemKey.TAX_RATE);
      if (rate != null) {
        cells.put(LineItemKey.TAX, rate);
      }
      out.add(new RawRow(r.pageIndex(), cells, r.lines(), r.stray()));
    }
    return out;
  }

  static boolean holdsAmounts(List<String> texts, NumberConvention convention) {
    Set<BigDecimal> distinct = new HashSet<>();
    boolean allTwoDecimals = true;
    for (String t : texts) {
      if (t.contains("%")) {
        return false;
      }
      Optional<BigDecimal> n = convention.parseNumber(t.replace(" ", ""));
      if (n.isEmpty()) {
        return false;
      }
      if (n.get().abs().compareTo(BigDecimal.valueOf(MAX_RATE_PERCENT)) > 0) {
        return true;
      }
      allTwoDecimals &= n.get().scale() == 2;
      distinct.add(n.get().stripTrailingZeros());
    }
    return allTwoDecimals && distinct.size() >= 3;
  }
}
