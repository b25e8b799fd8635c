package dev.recto.extraction.generic;

import dev.recto.core.field.FieldKey;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The rounded payable total of a receipt that prints a rounding adjustment. Where cash is paid in
 * steps of 5 cents (Malaysia, Singapore, Switzerland, Australia), a receipt prints the exact total,
 * then {@code ROUNDING ADJ -0.01}, then the amount paid: {@code 60.31}, {@code -0.01}, {@code
 * 60.30}. Both totals sit near total labels and add up with the tax; the one the receipt asks for
 * is the rounded one.
 *
 * <p>When the page has a {@link LabelRole#ROUNDING} label, the amounts on its line and on the next
 * {@value #LINES_BELOW} lines are read; the first that differs from the chosen total by less than 5
 * cents and is a whole multiple of 5 cents replaces it. Without such a label nothing changes.
 *
 * <p>Stateless and thread-safe.
 */
final class RoundedTotal {

  /** How many lines under the rounding label are read. */
  static final int LINES_BELOW = 3;

  private static final BigDecimal STEP = new BigDecimal("0.05");

  private RoundedTotal() {}

  /**
   * The rounded total to report instead of {@code total}, if the page shows one.
   *
   * @param total the chosen invoice total
   * @param hits every label found on the document
   * @param layouts the pages' layouts by page index
   */
  static Optional<Candidate> find(
      Candidate total, List<LabelHit> hits, Map<Integer, PageLayout> layouts, ValueReader reader) {
    BigDecimal exact = new BigDecimal(total.value().value());
    for (LabelHit hit : hits) {
      if (hit.role() != LabelRole.ROUNDING) {
        continue;
      }
      PageLayout layout = layouts.get(hit.segment().pageIndex());
      if (layout == null) {
        continue;
      }
      int line = hit.segment().lineIndex();
      for (Segment s : layout.segments()) {
        if (s.lineIndex() < line || s.lineIndex() > line + LINES_BELOW) {
          continue;
        }
        Optional<FieldValue> read = reader.money(s.words());
        if (read.isEmpty()) {
          continue;
        }
        BigDecimal amount = new BigDecimal(read.get().value());
        BigDecimal difference = amount.subtract(exact).abs();
        if (difference.signum() > 0
            && difference.compareTo(STEP) < 0
            && amount.remainder(STEP).signum() == 0) {
          return Optional.of(new Candidate(FieldKey.INVOICE_TOTAL, read.get(), total.score()));
        }
      }
    }
    return Optional.empty();
  }
}
