package dev.recto.extraction.generic;

import dev.recto.core.field.FieldKey;
import dev.recto.core.model.Word;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns labels into candidate values: a value is read after the label in its own segment (score
 * factor 1), else in the next segment right on the same line (0.9, at most {@value #MAX_RIGHT_GAP}
 * of page width away), else in the segment below (0.8, within {@value #MAX_LINES_BELOW} line
 * heights, overlapping the label or left-aligned with it). A value below is only read when the
 * label's whole line is labels (a row of column labels with a row of values under it), so a table
 * header's {@code Total} never takes the first row's amount.
 *
 * <p>Thread-safe: stateless apart from the reader it is given.
 */
final class KeyValueFinder {

  static final double MAX_RIGHT_GAP = 0.45;
  static final double MAX_LINES_BELOW = 2.6;
  private static final double ALIGN_SLACK = 0.02;

  private final ValueReader reader;

  KeyValueFinder(ValueReader reader) {
    this.reader = reader;
  }

  /** Candidates for every field-announcing label in {@code hits}. */
  List<Candidate> candidates(
      Map<Integer, PageLayout> layouts, List<LabelHit> hits, Set<Segment> labelSegments) {
    List<Candidate> out = new ArrayList<>();
    for (LabelHit hit : hits) {
      Optional<FieldKey> key = hit.role().field();
      if (key.isEmpty()) {
        continue;
      }
      PageLayout layout = layouts.get(hit.segment().pageIndex());
      double base = hit.quality() * (hit.firstWord() == 0 ? 1.0 : 0.9);
      Optional<FieldValue> v = reader.read(key.get(), hit.valueWords());
      double factor = 1.0;
      if (v.isEmpty() && hit.valueEnd() == hit.segment().words().size()) {
        Optional<Segment> right = layout.rightOf(hit.segment(), MAX_RIGHT_GAP);
        if (right.isPresent() && !labelSegments.contains(right.get())) {
          v = reader.read(key.get(), right.get().words());
          factor = 0.9;
        }
      }
      if (v.isEmpty()
          && hit.wholeSegment()
          && !TableHeaderWords.isHeaderLine(layout, hit.segment())) {
        Optional<Segment> below = layout.below(hit.segment(), MAX_LINES_BELOW, ALIGN_SLACK);
        if (below.isPresent() && !labelSegments.contains(below.get())) {
          v = reader.read(key.get(), underLabel(layout, hit, below.get()));
          factor = 0.8;
        }
      }
      if (v.isPresent() && key.get() == FieldKey.CUSTOMER_ID && inPaymentBlock(hit, hits)) {
        factor *= 0.5; // "Account No." among bank details is the bank account
      }
      if (v.isPresent()) {
        out.add(new Candidate(key.get(), v.get(), base * factor));
      }
    }
    return out;
  }

  /**
   * The words of {@code below} in the label's column: from the label's left edge to the next
   * segment right of the label on its line (values under a row of labels may run together).
   */
  private static List<Word> underLabel(PageLayout layout, LabelHit hit, Segment below) {
    double from = hit.box().left() - ALIGN_SLACK;
    double to =
        layout.rightOf(hit.segment(), 1.0).map(s -> s.box().left() - ALIGN_SLACK).orElse(1.0);
    List<Word> out = new ArrayList<>();
    for (Word w : below.words()) {
      if (w.box().left() >= from && w.box().left() < to) {
        out.add(w);
      }
    }
    return out;
  }

  private static final Set<LabelRole> PAYMENT_ROLES =
      Set.of(LabelRole.BANK, LabelRole.IBAN, LabelRole.SWIFT);

  /** True when a bank, IBAN or BIC label sits in the same column within four lines. */
  private static boolean inPaymentBlock(LabelHit hit, List<LabelHit> hits) {
    double reach = 4 * hit.segment().box().height();
    for (LabelHit other : hits) {
      if (other == hit
          || !PAYMENT_ROLES.contains(other.role())
          || other.segment().pageIndex() != hit.segment().pageIndex()) {
        continue;
      }
      boolean column = Math.abs(other.box().left() - hit.box().left()) <= 0.02;
      boolean near = Math.abs(other.box().top() - hit.box().top()) <= reach;
      if (column && near) {
        return true;
      }
    }
    return false;
  }

  /** The words of a candidate, for checking that two fields do not claim the same print. */
  static List<Word> words(Candidate c) {
    return c.value().words();
  }
}
