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
 * factor 1), else in the segments right of it on the same line up to the next label (0.9, gaps of
 * at most {@value #MAX_RIGHT_GAP} of page width), else under the label (0.8, within {@value
 * #MAX_LINES_BELOW} line heights, the words in the label's column); a label right of another label
 * that has nothing after it reads under itself first, then right. A title ({@code Invoice}, {@code
 * Factuur}) is read as a weaker invoice-number label; a date after an invoice number is a weaker
 * invoice date; a tax label before a VAT number gives the vendor's tax id. A value below is only
 * read when the label's whole line is labels (a row of column labels with a row of values under
 * it), so a table header's {@code Total} never takes the first row's amount.
 *
 * <p>Thread-safe: stateless apart from the reader it is given.
 */
final class KeyValueFinder {

  static final double MAX_RIGHT_GAP = 0.8;
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
      PageLayout layout = layouts.get(hit.segment().pageIndex());
      Optional<FieldKey> key = hit.role().field();
      if (hit.role() == LabelRole.TITLE) {
        // "Invoice INV/2023/03/0008", "Factuur" over its number: a weaker invoice-number label
        read(layout, hit, FieldKey.INVOICE_ID, labelSegments, hits)
            .ifPresent(c -> out.add(scaled(c, 0.6)));
        continue;
      }
      if (key.isEmpty()) {
        continue;
      }
      Optional<Candidate> c = read(layout, hit, key.get(), labelSegments, hits);
      c.ifPresent(out::add);
      if (key.get() == FieldKey.INVOICE_ID && c.isPresent()) {
        // "Facture n° 562044387 du 02 Juillet 2015": the date after the number is the invoice's
        List<Word> rest = after(hit.valueWords(), c.get().value().words());
        reader
            .read(FieldKey.INVOICE_DATE, rest)
            .ifPresent(d -> out.add(new Candidate(FieldKey.INVOICE_DATE, d, 0.6 * hit.quality())));
      }
      if (key.get() == FieldKey.TOTAL_TAX && c.isEmpty()) {
        // "BTW NL810433941B01", "VAT: GB123456789": a tax label before a tax id
        read(layout, hit, FieldKey.VENDOR_TAX_ID, labelSegments, hits)
            .filter(t -> reader.isVatNumber(t.value().value()))
            .ifPresent(t -> out.add(scaled(t, 0.8)));
      }
    }
    return out;
  }

  private static Candidate scaled(Candidate c, double factor) {
    return new Candidate(c.key(), c.value(), c.score() * factor);
  }

  private static List<Word> after(List<Word> words, List<Word> used) {
    int last = -1;
    for (int i = 0; i < words.size(); i++) {
      if (used.contains(words.get(i))) {
        last = i;
      }
    }
    return last < 0 ? List.of() : words.subList(last + 1, words.size());
  }

  /**
   * The amount after, right of, or under {@code hit}, found as a money field's value would be: the
   * tender and change lines of a receipt ({@link TenderedChange}).
   */
  Optional<FieldValue> amount(PageLayout layout, LabelHit hit, Set<Segment> labelSegments) {
    return read(layout, hit, FieldKey.AMOUNT_DUE, labelSegments, List.of()).map(Candidate::value);
  }

  /** The value of {@code key} after, right of, or under {@code hit}. */
  private Optional<Candidate> read(
      PageLayout layout,
      LabelHit hit,
      FieldKey key,
      Set<Segment> labelSegments,
      List<LabelHit> hits) {
    double base = hit.quality() * (hit.firstWord() == 0 ? 1.0 : 0.9);
    Optional<FieldValue> v = reader.read(key, hit.valueWords());
    double factor = 1.0;
    // In a row of labels whose values stand under them ("A PAYER AVANT LE   N° CLIENT"), what
    // lies right of the last label is another block's text ("59559 Grenoble"): read under first.
    boolean labelRow = followsBareLabel(layout, hit, hits);
    boolean endsSegment = hit.valueEnd() == hit.segment().words().size();
    if (v.isEmpty() && !labelRow && endsSegment) {
      v = rightOfLabel(layout, hit, key, labelSegments);
      factor = 0.9;
    }
    if (v.isEmpty()
        && hit.valueWords().isEmpty()
        && !TableHeaderWords.isHeaderLine(layout, hit.segment())) {
      Optional<Segment> below =
          layout.below(
              hit.box(),
              hit.segment().lineIndex(),
              hit.segment().heightPt(),
              MAX_LINES_BELOW,
              ALIGN_SLACK);
      if (below.isPresent() && !labelSegments.contains(below.get())) {
        List<Word> under = underLabel(layout, hit, below.get());
        v = reader.read(key, under);
        if (v.isEmpty() && isCurrencyOnly(under)) {
          // "RM" under the label and its amount a wide gap to the right: one value
          List<Word> joined = new ArrayList<>(under);
          joined.addAll(rightWords(layout, below.get(), labelSegments));
          v = reader.read(key, joined);
        }
        factor = 0.8;
      }
    }
    if (v.isEmpty() && labelRow && endsSegment) {
      v = rightOfLabel(layout, hit, key, labelSegments);
      factor = 0.9;
    }
    if (v.isPresent() && key == FieldKey.CUSTOMER_ID && inPaymentBlock(hit, hits)) {
      factor *= 0.5; // "Account No." among bank details is the bank account
    }
    double score = base * factor;
    return v.map(value -> new Candidate(key, value, score));
  }

  /**
   * The value in the segments right of {@code hit}'s segment, read together with the words left
   * over after the label ("(USD)", "EUR" still qualify it); empty when nothing stands right of it.
   */
  private Optional<FieldValue> rightOfLabel(
      PageLayout layout, LabelHit hit, FieldKey key, Set<Segment> labelSegments) {
    List<Word> right = rightWords(layout, hit.segment(), labelSegments);
    if (right.isEmpty()) {
      return Optional.empty();
    }
    List<Word> joined = new ArrayList<>(hit.valueWords());
    joined.addAll(right);
    return reader.read(key, joined);
  }

  /**
   * True when {@code hit} is the next segment right of another label with nothing after it in its
   * own segment: the two are a row of labels, each over its value.
   */
  private static boolean followsBareLabel(PageLayout layout, LabelHit hit, List<LabelHit> hits) {
    if (hit.firstWord() != 0) {
      return false;
    }
    for (LabelHit other : hits) {
      if (other.segment() == hit.segment()
          || other.segment().pageIndex() != hit.segment().pageIndex()
          || other.segment().lineIndex() != hit.segment().lineIndex()
          || !other.valueWords().isEmpty()
          || other.valueEnd() != other.segment().words().size()) {
        continue;
      }
      Optional<Segment> next = layout.rightOf(other.segment(), MAX_RIGHT_GAP);
      if (next.isPresent() && next.get() == hit.segment()) {
        return true;
      }
    }
    return false;
  }

  private static final java.util.regex.Pattern CURRENCY_WORD =
      java.util.regex.Pattern.compile("\\p{Sc}|[A-Z]{2,3}");

  /** True when {@code words} is one currency sign or code-like word ({@code RM}, {@code $}). */
  private static boolean isCurrencyOnly(List<Word> words) {
    return words.size() == 1 && CURRENCY_WORD.matcher(words.get(0).text()).matches();
  }

  /**
   * The words of the segments right of {@code s} on its line, up to the next label: a totals row
   * may print several amounts (net, tax, gross) and its value is the last.
   */
  private static List<Word> rightWords(PageLayout layout, Segment s, Set<Segment> labelSegments) {
    List<Word> out = new ArrayList<>();
    Segment cursor = s;
    while (true) {
      Optional<Segment> next = layout.rightOf(cursor, MAX_RIGHT_GAP);
      if (next.isEmpty() || labelSegments.contains(next.get())) {
        return out;
      }
      out.addAll(next.get().words());
      cursor = next.get();
    }
  }

  /**
   * The words of {@code below} that reach into the label's column: from the label's left edge to
   * the next label or segment right of it on its line (values under a row of labels may run
   * together).
   */
  private static List<Word> underLabel(PageLayout layout, LabelHit hit, Segment below) {
    double from = hit.box().left() - ALIGN_SLACK;
    double to =
        hit.endWord() < hit.segment().words().size()
            ? hit.segment().words().get(hit.endWord()).box().left() - ALIGN_SLACK
            : layout.rightOf(hit.segment(), 1.0).map(s -> s.box().left() - ALIGN_SLACK).orElse(1.0);
    List<Word> out = new ArrayList<>();
    for (Word w : below.words()) {
      if (w.box().right() > from && w.box().left() < to) {
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
