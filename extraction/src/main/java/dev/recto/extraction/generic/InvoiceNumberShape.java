package dev.recto.extraction.generic;

import dev.recto.core.model.Word;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An invoice number found by its shape when no label announced one: a word that starts with {@code
 * INV} and goes on with digits ({@code INV7666}, {@code INV-2025-0042}, {@code INV/0008}), the form
 * accounting packages number invoices in by default. On a scan the faint label row over a number
 * may be lost while the number is read. Only the top half of the first page is searched, top to
 * bottom, so a reference to an earlier invoice in the notes is not taken. Stateless and
 * thread-safe.
 */
final class InvoiceNumberShape {

  /** The score given to a number found by its shape alone. */
  static final double SCORE = 0.3;

  /** How far down the first page, as a fraction of its height, the number is looked for. */
  static final double SEARCH_DEPTH = 0.5;

  private static final Pattern SHAPE = Pattern.compile("(?i)INV[-/#.]?\\d[\\d]{2,}(?:[-/]\\d+)*");

  private InvoiceNumberShape() {}

  /** The first word of {@code first} shaped as an invoice number, as a field value. */
  static Optional<FieldValue> find(PageLayout first) {
    for (Segment s : first.segments()) {
      if (s.box().top() > SEARCH_DEPTH) {
        break;
      }
      for (Word w : s.words()) {
        String t = ValueReader.strip(w.text());
        if (SHAPE.matcher(t).matches()) {
          return Optional.of(new FieldValue(t, null, w.text(), List.of(w)));
        }
      }
    }
    return Optional.empty();
  }
}
