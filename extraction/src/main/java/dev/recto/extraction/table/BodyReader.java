package dev.recto.extraction.table;

import dev.recto.core.field.LineItemKey;
import dev.recto.core.model.Line;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the body of a line-item table on one page, from the row below its header down to its end,
 * and splits it into line-item rows.
 *
 * <p><b>Rows.</b> A visual row with a {@link NumberShape number} in a number column (quantity, unit
 * price, tax rate, tax, amount) starts a line item; a row with text only continues the item above
 * (a description that wraps), when it follows closely; text-only rows that do not follow an item
 * closely (section headings) belong to no item.
 *
 * <p><b>End.</b> The table ends at a totals row (a {@link TotalsLexicon totals label} outside the
 * description, or in it with no quantity or unit price) unless item rows follow it closely (a
 * section subtotal), at another table header, at a page number or a row repeated at the same place
 * on other pages (a running header or footer), or at a vertical gap much wider than the gaps
 * between rows so far.
 *
 * <p>Immutable and thread-safe.
 */
final class BodyReader {

  /** Between the header and the first row, a gap of up to this many word heights is allowed. */
  static final double FIRST_GAP_IN_HEIGHTS = 4.0;

  /** Later, a gap this many times the widest gap between rows so far ends the table... */
  static final double GAP_GROWTH = 1.8;

  /** ...when it is also wider than this many word heights. */
  static final double MIN_END_GAP_IN_HEIGHTS = 2.5;

  /** A text-only row continues the item above when its gap is at most this many word heights. */
  static final double CONTINUATION_GAP_IN_HEIGHTS = 1.5;

  static final Set<LineItemKey> NUMBER_KEYS =
      EnumSet.of(
          LineItemKey.QUANTITY,
          LineItemKey.UNIT_PRICE,
          LineItemKey.TAX_RATE,
          LineItemKey.TAX,
          LineItemKey.AMOUNT);

  private static final Pattern PAGE_NUMBER =
      Pattern.compile(
          "(?iu)(\\b(page|seite|p[aá]gina|pag|p[aá]g|blad|pagina)\\.?\\s*\\d+)"
              + "|(^\\s*\\d+\\s*(/|of|von|de|di|van|sur)\\s*\\d+\\s*$)");

  private final HeaderDetector headers;
  private final TotalsLexicon totals;

  BodyReader(HeaderDetector headers, TotalsLexicon totals) {
    this.headers = headers;
    this.totals = totals;
  }

  /**
   * What one pass over a table body found.
   *
   * @param rows the line items, top to bottom
   * @param phrasesPerColumn every phrase given to each column, for {@link ColumnGrid#widen}
   * @param end index of the first visual row after the table
   * @param closed whether a totals row ended it (so it does not continue on the next page)
   */
  record Segment(List<RawRow> rows, List<List<Phrase>> phrasesPerColumn, int end, boolean closed) {
    Segment {
      rows = List.copyOf(rows);
      phrasesPerColumn = phrasesPerColumn.stream().map(List::copyOf).toList();
    }
  }

  /**
   * Reads rows {@code start, start + 1, ...} of a page under {@code grid}.
   *
   * @param pageIndex zero-based page
   * @param rows the page's visual rows, top to bottom
   * @param start the first row below the header
   * @param top the bottom edge of the header, page-relative
   * @param height a typical word height of the table, page-relative
   * @param furniture the document's running headers and footers
   */
  Segment read(
      int pageIndex,
      List<Line> rows,
      int start,
      double top,
      double height,
      ColumnGrid grid,
      PageFurniture furniture) {
    List<RawRow> out = new ArrayList<>();
    List<List<Phrase>> perColumn = new ArrayList<>();
    for (int i = 0; i < grid.size(); i++) {
      perColumn.add(new ArrayList<>());
    }
    Builder current = null;
    double previousBottom = top;
    double widestRowGap = 0;
    int closedAt = -1;
    int i = start;
    for (; i < rows.size(); i++) {
      Line row = rows.get(i);
      double gap = row.box().top() - previousBottom;
      double limit =
          current == null
              ? FIRST_GAP_IN_HEIGHTS * height
              : Math.max(MIN_END_GAP_IN_HEIGHTS * height, GAP_GROWTH * widestRowGap);
      if (closedAt >= 0) {
        limit = Math.max(limit, FIRST_GAP_IN_HEIGHTS * height);
      }
      if (gap > limit
          || PAGE_NUMBER.matcher(row.text()).find()
          || furniture.contains(row)
          || headers.detect(pageIndex, row).isPresent()) {
        break;
      }
      List<Phrase> phrases = Phrase.split(row);
      List<ColumnGrid.Assigned> assigned = grid.assign(phrases);
      boolean numbers = false;
      boolean priceOrQuantity = false;
      boolean amount = false;
      for (ColumnGrid.Assigned a : assigned) {
        LineItemKey key = grid.key(a.column());
        if (key != null
            && NUMBER_KEYS.contains(key)
            && NumberShape.looksNumeric(a.phrase().text())
            && (key == LineItemKey.TAX_RATE || !a.phrase().text().contains("%"))) {
          numbers = true;
          priceOrQuantity |= key == LineItemKey.QUANTITY || key == LineItemKey.UNIT_PRICE;
          amount |= key == LineItemKey.AMOUNT;
        }
      }
      if (isTotals(phrases, grid, priceOrQuantity)) {
        if (current != null) {
          out.add(current.build());
          current = null;
        }
        if (!out.isEmpty() && closedAt < 0) {
          closedAt = i;
        }
        previousBottom = row.box().bottom();
        continue;
      }
      if (closedAt >= 0) {
        // After a subtotal only a full item row (a section of the same table) goes on.
        if (!(priceOrQuantity && amount)) {
          previousBottom = row.box().bottom();
          continue;
        }
        closedAt = -1;
      }
      for (ColumnGrid.Assigned a : assigned) {
        perColumn.get(a.column()).add(a.phrase());
      }
      if (numbers) {
        if (current != null) {
          out.add(current.build());
          widestRowGap = Math.max(widestRowGap, gap);
        }
        current = new Builder(pageIndex);
        current.add(assigned, grid, false);
      } else if (current != null && gap <= CONTINUATION_GAP_IN_HEIGHTS * height) {
        current.add(assigned, grid, true);
      } else if (current != null) {
        // Text far below an item, or before the first (a section heading): no item's part.
        out.add(current.build());
        current = null;
      }
      previousBottom = row.box().bottom();
    }
    if (current != null) {
      out.add(current.build());
    }
    return closedAt >= 0
        ? new Segment(out, perColumn, closedAt, true)
        : new Segment(out, perColumn, i, false);
  }

  /**
   * A totals row: a phrase that starts with a totals label, outside the description column, or in
   * it when the row has no quantity or unit price.
   */
  private boolean isTotals(List<Phrase> phrases, ColumnGrid grid, boolean priceOrQuantity) {
    for (Phrase p : phrases) {
      if (totals.isTotalsLabel(p)) {
        LineItemKey key = grid.key(grid.assign(List.of(p)).get(0).column());
        if (key != LineItemKey.DESCRIPTION && key != LineItemKey.PRODUCT_CODE || !priceOrQuantity) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean hasDigit(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isDigit(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** A row being read. */
  private static final class Builder {
    final int pageIndex;
    final Map<LineItemKey, List<Phrase>> cells = new EnumMap<>(LineItemKey.class);
    int lines;
    int stray;

    Builder(int pageIndex) {
      this.pageIndex = pageIndex;
    }

    void add(List<ColumnGrid.Assigned> assigned, ColumnGrid grid, boolean continuation) {
      lines++;
      for (ColumnGrid.Assigned a : assigned) {
        LineItemKey key = grid.key(a.column());
        if (key == null || continuation && NUMBER_KEYS.contains(key)) {
          stray++;
          continue;
        }
        cells.computeIfAbsent(key, k -> new ArrayList<>()).add(a.phrase());
      }
    }

    RawRow build() {
      return new RawRow(pageIndex, cells, Math.max(1, lines), stray);
    }
  }
}
