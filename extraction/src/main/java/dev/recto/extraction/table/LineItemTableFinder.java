package dev.recto.extraction.table;

import dev.recto.core.field.LineItem;
import dev.recto.core.field.LineItemKey;
import dev.recto.core.model.Document;
import dev.recto.core.model.Line;
import dev.recto.core.model.Page;
import dev.recto.core.model.Word;
import dev.recto.extraction.parse.DateOrder;
import dev.recto.extraction.parse.DateParser;
import dev.recto.extraction.parse.Match;
import dev.recto.extraction.parse.Money;
import dev.recto.extraction.parse.MoneyParser;
import dev.recto.extraction.parse.NumberConvention;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds an invoice's line-item table and reads its rows into {@link LineItem}s, without a template,
 * from the words and boxes of any source (PDF text layer or OCR).
 *
 * <p><b>How.</b> A header row is recognized by a multilingual lexicon of column headings (English,
 * German, French, Spanish, Italian, Dutch, Portuguese; accents folded, abbreviations and one-letter
 * OCR slips tolerated). Columns span their heading cells, widened over the body words aligned under
 * them. A visual row with a number in a number column starts an item; text-only rows right below
 * continue its description. The table ends at a totals row (subtotal, tax, total, amount due; a
 * section subtotal followed by more items does not end it), a page number, a running header or
 * footer, or a large vertical gap; an open table continues on the next page under a repeated header
 * (which is skipped) or without one.
 *
 * <p><b>Limits.</b> Ruling lines and cell shading from a PDF's vector graphics are not in Recto's
 * document model, so columns come from word alignment alone: a table without a recognizable header
 * row is not found, and columns whose cells overlap horizontally cannot be told apart.
 *
 * <p><b>Values.</b> Numbers are read under one {@link NumberConvention} decided from the whole
 * document's numbers, so {@code 1,234} means the same in every cell; see {@link CellValues} for
 * each column's normal form (quantities drop trailing fractional zeros: {@code 3.00} is {@code 3})
 * and {@link RowNormalizer} for the score. Boxes are page-relative, as everywhere in Recto; each
 * field's provenance is the boxes of the words of its cell.
 *
 * <p>Immutable and thread-safe; build one and share it.
 *
 * <pre>{@code
 * LineItemTableFinder finder = new LineItemTableFinder();
 * for (LineItem item : finder.find(document)) {
 *   item.get(LineItemKey.AMOUNT).ifPresent(a -> System.out.println(a.value() + " " + a.currency()));
 * }
 * }</pre>
 */
public final class LineItemTableFinder {

  /** The extractor id written into every field. */
  public static final String EXTRACTOR_ID = "recto-generic";

  private final TableScanner scanner = new TableScanner(new HeaderLexicon(), new TotalsLexicon());

  public LineItemTableFinder() {}

  /** The line items of the document in page and reading order; empty when no table is found. */
  public List<LineItem> find(Document document) {
    List<RawRow> rows = scanner.scan(document);
    if (rows.isEmpty()) {
      return List.of();
    }
    List<String> evidence = new ArrayList<>();
    for (RawRow row : rows) {
      for (LineItemKey key : BodyReader.NUMBER_KEYS) {
        Optional.ofNullable(row.text(key)).ifPresent(evidence::add);
      }
    }
    for (Page page : document.pages()) {
      for (Word w : page.words()) {
        evidence.add(w.text());
      }
    }
    NumberConvention convention = NumberConvention.fromEvidence(evidence, null);
    rows = TaxColumn.amountsOrRates(rows, convention);
    DateParser dates = new DateParser(DateOrder.fromEvidence(evidence, null));
    CellValues values = new CellValues(convention, dates);
    RowNormalizer normalizer =
        new RowNormalizer(values, currency(document, convention), EXTRACTOR_ID);
    List<LineItem> out = new ArrayList<>();
    for (RawRow row : rows) {
      normalizer.normalize(row).ifPresent(out::add);
    }
    return out;
  }

  /** The currency named most often next to amounts in the document, or null. */
  private static String currency(Document document, NumberConvention convention) {
    MoneyParser parser = new MoneyParser(convention);
    Map<String, Integer> votes = new HashMap<>();
    for (Page page : document.pages()) {
      for (Line line : VisualRows.of(page.words())) {
        for (Match<Money> m : parser.findAll(line.text())) {
          if (m.value().currency() != null) {
            votes.merge(m.value().currency(), 1, Integer::sum);
          }
        }
      }
    }
    return votes.entrySet().stream()
        .max(
            Map.Entry.<String, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
        .map(Map.Entry::getKey)
        .orElse(null);
  }
}
