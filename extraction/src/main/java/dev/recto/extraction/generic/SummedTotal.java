package dev.recto.extraction.generic;

import dev.recto.core.field.FieldKey;
import dev.recto.core.model.Word;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The total whose label OCR garbled, found from the sum it must be: when a subtotal and a tax
 * printed under it were chosen but no total (or only the subtotal standing in for one, or an amount
 * no larger than the tax, which no total can be), the first amount of {@code SubTotal -
 * TotalDiscount + TotalTax} printed under the subtotal line, down to {@value #MAX_LINES_BELOW}
 * lines under the tax line, is the total ({@code Sub Total RM 68.87}, {@code GST/TAX 6% RM 4.13},
 * {@code TOT"I RM 73.00}). A word of the sum's digits without its decimal point counts too ({@code
 * 700} for {@code 7.00}: OCR lost the point). Its score is {@value #SCORE}, below any labelled
 * total's. Stateless.
 */
final class SummedTotal {

  /** Lines under the tax line searched for the sum (the search starts under the subtotal). */
  static final int MAX_LINES_BELOW = 4;

  /** Score of a total found this way. */
  static final double SCORE = 0.5;

  private SummedTotal() {}

  /**
   * The total printed under the subtotal line, or empty when a plausible total was chosen, when
   * subtotal or tax is missing or zero, or when no such amount is printed there.
   *
   * @param chosen the chosen candidate per field
   * @param layouts the document's page layouts by page index
   */
  static Optional<Candidate> find(
      Map<FieldKey, Candidate> chosen, Map<Integer, PageLayout> layouts, ValueReader reader) {
    Candidate sub = chosen.get(FieldKey.SUB_TOTAL);
    Candidate tax = chosen.get(FieldKey.TOTAL_TAX);
    Candidate total = chosen.get(FieldKey.INVOICE_TOTAL);
    if (sub == null || tax == null || tax.value().words().isEmpty()) {
      return Optional.empty();
    }
    BigDecimal subAmount = amount(sub);
    BigDecimal taxAmount = amount(tax);
    if (subAmount.signum() <= 0
        || taxAmount.signum() <= 0
        || (total != null
            && amount(total).compareTo(subAmount) != 0
            && amount(total).compareTo(taxAmount) > 0)) {
      return Optional.empty();
    }
    Candidate discount = chosen.get(FieldKey.TOTAL_DISCOUNT);
    BigDecimal expected =
        subAmount.subtract(discount == null ? BigDecimal.ZERO : amount(discount)).add(taxAmount);
    Word taxWord = tax.value().words().get(tax.value().words().size() - 1);
    PageLayout layout = layouts.get(taxWord.provenance().pageIndex());
    int taxLine = lineOf(layout, taxWord);
    int subLine = sub.value().words().isEmpty() ? -1 : lineOf(layout, sub.value().words().get(0));
    if (layout == null || taxLine < 0 || subLine < 0 || subLine >= taxLine) {
      return Optional.empty();
    }
    int last = Math.min(taxLine + MAX_LINES_BELOW, layout.lineCount() - 1);
    for (int i = subLine + 1; i <= last; i++) {
      for (Segment s : layout.line(i)) {
        for (FieldValue v : reader.amounts(s.words())) {
          if (v.words().equals(tax.value().words())) {
            continue;
          }
          if (new BigDecimal(v.value()).compareTo(expected) == 0) {
            return Optional.of(new Candidate(FieldKey.INVOICE_TOTAL, v, SCORE));
          }
        }
        for (Word w : s.words()) {
          if (lostPoint(w.text(), expected)) {
            FieldValue read = new FieldValue(expected.toPlainString(), null, w.text(), List.of(w));
            return Optional.of(new Candidate(FieldKey.INVOICE_TOTAL, read, SCORE));
          }
        }
      }
    }
    return Optional.empty();
  }

  /**
   * True when {@code word} is the digits of {@code expected} (two decimals, at least 1.00) without
   * its decimal point: OCR lost the point of {@code 7.00} and read {@code 700}.
   */
  private static boolean lostPoint(String word, BigDecimal expected) {
    return expected.scale() == 2
        && expected.compareTo(BigDecimal.ONE) >= 0
        && word.equals(expected.movePointRight(2).toPlainString());
  }

  private static BigDecimal amount(Candidate c) {
    return new BigDecimal(c.value().value()).abs();
  }

  /** The index of the line of {@code layout} that holds {@code w}, or -1. */
  private static int lineOf(PageLayout layout, Word w) {
    if (layout == null) {
      return -1;
    }
    for (Segment s : layout.segments()) {
      if (s.words().contains(w)) {
        return s.lineIndex();
      }
    }
    return -1;
  }
}
