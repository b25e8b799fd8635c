package dev.recto.extraction.generic;

import dev.recto.core.field.FieldKey;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The amount a receipt's customer paid, from its tender and change lines: {@code CASH 100.00} over
 * {@code CHANGE 19.10} says that 80.90 was due, whatever the total's own line looks like after OCR
 * ({@code Total Salos(lnclusivo òf GST) : 80.90}, or a {@code Total GST : 0.00} that took the total
 * label). The amount due is the tendered amount less the change.
 *
 * <p>Both labels must match exactly (a fuzzy {@code change} would take {@code Service Charge}), the
 * change line must follow the tender line within {@value #MAX_LINES_APART} lines, and the change
 * must be smaller than the tendered amount. The chosen total is replaced only by an amount the page
 * prints: a total, subtotal or amount-due candidate of that value, else the nearest amount of that
 * value at or above the tender line. Without a change line the tendered amount is used only to pick
 * among total candidates, or as the total when there is none at all.
 *
 * <p>Stateless and thread-safe.
 */
final class TenderedChange {

  /** How many lines the change line may sit under the tender line. */
  static final int MAX_LINES_APART = 3;

  /** The score of a total read from an amount the page prints without a total label. */
  static final double UNLABELLED_SCORE = 0.5;

  /** The score of a tendered amount taken as the total when no total was found. */
  static final double TENDERED_SCORE = 0.4;

  private TenderedChange() {}

  /**
   * A receipt's payment lines.
   *
   * @param tendered the amount handed over, from the tender label's line
   * @param change the change given back, or {@code null} when no change line follows
   * @param tender the tender label
   */
  record Payment(FieldValue tendered, FieldValue change, LabelHit tender) {

    /** The amount the payment settled: tendered less change. */
    BigDecimal due() {
      BigDecimal paid = new BigDecimal(tendered.value()).abs();
      return change == null ? paid : paid.subtract(new BigDecimal(change.value()).abs());
    }
  }

  /** The first tender line with an amount, and the change line under it if any. */
  static Optional<Payment> find(
      List<LabelHit> hits,
      Map<Integer, PageLayout> layouts,
      KeyValueFinder values,
      Set<Segment> labelSegments) {
    for (LabelHit tender : hits) {
      if (tender.role() != LabelRole.TENDERED || tender.quality() < 1) {
        continue;
      }
      PageLayout layout = layouts.get(tender.segment().pageIndex());
      Optional<FieldValue> tendered = values.amount(layout, tender, labelSegments);
      if (tendered.isEmpty() || new BigDecimal(tendered.get().value()).signum() == 0) {
        continue;
      }
      BigDecimal paid = new BigDecimal(tendered.get().value()).abs();
      FieldValue change = null;
      for (LabelHit c : hits) {
        int below = c.segment().lineIndex() - tender.segment().lineIndex();
        if (c.role() != LabelRole.CHANGE
            || c.quality() < 1
            || c.segment().pageIndex() != tender.segment().pageIndex()
            || below <= 0
            || below > MAX_LINES_APART) {
          continue;
        }
        Optional<FieldValue> back = values.amount(layout, c, labelSegments);
        if (back.isPresent() && new BigDecimal(back.get().value()).abs().compareTo(paid) < 0) {
          change = back.get();
          break;
        }
      }
      return Optional.of(new Payment(tendered.get(), change, tender));
    }
    return Optional.empty();
  }

  /**
   * The total to report instead of {@code chosen} (which may be {@code null}), when the payment
   * says otherwise and the page prints the amount it settled.
   *
   * @param chosen the total chosen from the labels, or {@code null}
   * @param ranked every field's candidates, best first
   */
  static Optional<Candidate> total(
      Candidate chosen,
      Map<FieldKey, List<Candidate>> ranked,
      Payment payment,
      Map<Integer, PageLayout> layouts,
      ValueReader reader) {
    BigDecimal due = payment.due();
    if (chosen != null && equal(chosen.value(), due)) {
      return Optional.empty();
    }
    Optional<Candidate> labelled =
        List.of(FieldKey.INVOICE_TOTAL, FieldKey.AMOUNT_DUE, FieldKey.SUB_TOTAL).stream()
            .flatMap(k -> ranked.getOrDefault(k, List.of()).stream())
            .filter(c -> equal(c.value(), due))
            .max(Comparator.comparingDouble(Candidate::score))
            .map(c -> new Candidate(FieldKey.INVOICE_TOTAL, c.value(), c.score()));
    if (labelled.isPresent()) {
      return labelled;
    }
    if (payment.change() == null) {
      return chosen == null
          ? Optional.of(new Candidate(FieldKey.INVOICE_TOTAL, payment.tendered(), TENDERED_SCORE))
          : Optional.empty();
    }
    return printedAbove(payment, due, layouts.get(payment.tender().segment().pageIndex()), reader)
        .map(v -> new Candidate(FieldKey.INVOICE_TOTAL, v, UNLABELLED_SCORE));
  }

  /** The amount {@code due} printed nearest above the tender line (or on it, before the tender). */
  private static Optional<FieldValue> printedAbove(
      Payment payment, BigDecimal due, PageLayout layout, ValueReader reader) {
    int tenderLine = payment.tender().segment().lineIndex();
    FieldValue nearest = null;
    for (Segment s : layout.segments()) {
      if (s.lineIndex() > tenderLine) {
        break;
      }
      for (FieldValue v : reader.amounts(s.words())) {
        if (equal(v, due) && !v.words().equals(payment.tendered().words())) {
          nearest = v;
        }
      }
    }
    return Optional.ofNullable(nearest);
  }

  private static boolean equal(FieldValue v, BigDecimal amount) {
    return new BigDecimal(v.value()).abs().compareTo(amount) == 0;
  }
}
