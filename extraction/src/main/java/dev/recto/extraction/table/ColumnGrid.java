package dev.recto.extraction.table;

import dev.recto.core.field.LineItemKey;
import dev.recto.core.model.Word;
import java.util.ArrayList;
import java.util.List;

/**
 * The x-ranges of a table's columns, page-relative, and which column a phrase of the body falls in.
 * A column starts as its header cell's x-range; {@link #widen} stretches it over the body phrases
 * assigned to it, so right-aligned numbers wider than their heading and descriptions longer than
 * theirs claim their space.
 *
 * <p>A phrase goes to the column its x-range overlaps most; one that overlaps none goes to the
 * nearest. A phrase of several words that spans two columns whose headings each sit over one of its
 * words is split between them.
 *
 * <p>Immutable and thread-safe.
 */
final class ColumnGrid {

  private final List<LineItemKey> keys;
  private final double[] left;
  private final double[] right;

  private ColumnGrid(List<LineItemKey> keys, double[] left, double[] right) {
    this.keys = keys;
    this.left = left;
    this.right = right;
  }

  /** A description column without a heading must be at least this wide, page-relative. */
  static final double MIN_UNHEADED_DESCRIPTION = 0.15;

  /**
   * The grid of a header, one column per cell. When no cell names the description, the widest gap
   * between cells (or between the text's left edge and the first cell), if wide enough, is taken as
   * an unheaded description column.
   *
   * @param textLeft the left edge of the page's text, page-relative
   */
  static ColumnGrid of(TableHeader header, double textLeft) {
    List<LineItemKey> keys = new ArrayList<>();
    List<double[]> spans = new ArrayList<>();
    for (HeaderCell c : header.cells()) {
      keys.add(c.key());
      spans.add(new double[] {c.box().left(), c.box().right()});
    }
    if (!keys.contains(LineItemKey.DESCRIPTION)) {
      int at = -1;
      double widest = 0;
      double previousRight = textLeft;
      for (int i = 0; i < spans.size(); i++) {
        double gap = spans.get(i)[0] - previousRight;
        if (gap > widest) {
          widest = gap;
          at = i;
        }
        previousRight = spans.get(i)[1];
      }
      if (at >= 0 && widest >= MIN_UNHEADED_DESCRIPTION) {
        double lo = at == 0 ? textLeft : spans.get(at - 1)[1] + 0.1 * widest;
        double hi = spans.get(at)[0] - 0.1 * widest;
        keys.add(at, LineItemKey.DESCRIPTION);
        spans.add(at, new double[] {lo, hi});
      }
    }
    double[] l = new double[keys.size()];
    double[] r = new double[keys.size()];
    for (int i = 0; i < keys.size(); i++) {
      l[i] = spans.get(i)[0];
      r[i] = spans.get(i)[1];
    }
    return new ColumnGrid(keys, l, r);
  }

  int size() {
    return keys.size();
  }

  /** The key of column {@code i}, or {@code null} for an unnamed column. */
  LineItemKey key(int i) {
    return keys.get(i);
  }

  /**
   * A grid whose columns also span the phrases given per column, without overlapping a neighbour's
   * header cell.
   */
  ColumnGrid widen(List<List<Phrase>> phrasesPerColumn) {
    double[] l = left.clone();
    double[] r = right.clone();
    for (int i = 0; i < keys.size(); i++) {
      double lo = i > 0 ? right[i - 1] : 0;
      double hi = i + 1 < keys.size() ? left[i + 1] : 1;
      for (Phrase p : phrasesPerColumn.get(i)) {
        l[i] = Math.max(lo, Math.min(l[i], p.box().left()));
        r[i] = Math.min(hi, Math.max(r[i], p.box().right()));
      }
    }
    return new ColumnGrid(keys, l, r);
  }

  /** Each phrase's column index, with phrases that straddle two headed columns split first. */
  List<Assigned> assign(List<Phrase> phrases) {
    List<Assigned> out = new ArrayList<>();
    for (Phrase p : phrases) {
      List<List<Word>> parts = splitAcrossColumns(p);
      for (List<Word> part : parts) {
        Phrase q = Phrase.of(part);
        out.add(new Assigned(q, columnOf(q.box().left(), q.box().right())));
      }
    }
    return out;
  }

  /**
   * A phrase with its column.
   *
   * @param phrase the phrase
   * @param column index into the grid
   */
  record Assigned(Phrase phrase, int column) {}

  /**
   * The phrase cut where two neighbouring words belong to different columns: both sit mostly under
   * a column each, or both are numbers (two numbers never share a cell, and OCR often puts a
   * quantity and a price closer than a column gap) that fall in different columns.
   */
  private List<List<Word>> splitAcrossColumns(Phrase p) {
    List<List<Word>> parts = new ArrayList<>();
    List<Word> current = new ArrayList<>();
    int currentColumn = -1;
    Word previous = null;
    for (Word w : p.words()) {
      int c = strongColumn(w);
      boolean cut = !current.isEmpty() && c >= 0 && currentColumn >= 0 && c != currentColumn;
      if (!cut && previous != null && numeric(previous) && numeric(w)) {
        cut =
            columnOf(previous.box().left(), previous.box().right())
                != columnOf(w.box().left(), w.box().right());
      }
      if (cut) {
        parts.add(current);
        current = new ArrayList<>();
      }
      if (c >= 0) {
        currentColumn = c;
      }
      current.add(w);
      previous = w;
    }
    parts.add(current);
    return parts;
  }

  private static boolean numeric(Word w) {
    return NumberShape.looksNumeric(w.text());
  }

  /** The column whose range covers most of the word, when that is more than half of it. */
  private int strongColumn(Word w) {
    double width = w.box().width();
    for (int i = 0; i < keys.size(); i++) {
      double overlap = Math.min(right[i], w.box().right()) - Math.max(left[i], w.box().left());
      if (width > 0 && overlap > 0.5 * width) {
        return i;
      }
    }
    return -1;
  }

  private int columnOf(double l, double r) {
    int best = -1;
    double bestOverlap = 0;
    for (int i = 0; i < keys.size(); i++) {
      double overlap = Math.min(right[i], r) - Math.max(left[i], l);
      if (overlap > bestOverlap) {
        bestOverlap = overlap;
        best = i;
      }
    }
    if (best >= 0) {
      return best;
    }
    double bestDistance = Double.MAX_VALUE;
    for (int i = 0; i < keys.size(); i++) {
      double distance = Math.max(left[i] - r, l - right[i]);
      if (distance < bestDistance) {
        bestDistance = distance;
        best = i;
      }
    }
    return best;
  }
}
