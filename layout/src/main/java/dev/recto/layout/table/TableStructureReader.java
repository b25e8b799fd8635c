package dev.recto.layout.table;

import dev.recto.core.model.BoundingBox;
import dev.recto.core.model.Line;
import dev.recto.core.model.Page;
import dev.recto.core.model.TableCell;
import dev.recto.core.model.TableStructure;
import dev.recto.core.model.Word;
import dev.recto.core.text.LineGrouper;
import dev.recto.core.text.WordDeskew;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the grid of one table region from the page's words and the region's rulings.
 *
 * <p><b>Columns.</b> Words on one visual line that sit closer than {@value #PHRASE_GAP} word
 * heights form a phrase (so {@code 1 144,00} is one span); projecting every line's phrases on the x
 * axis leaves gutters, x ranges that (almost) no line covers, and each gutter at least {@value
 * #MIN_GUTTER} word heights wide separates two columns. Interior vertical rulings separate columns
 * too. <b>Rows.</b> Each visual line starts a row unless it continues the one above: no horizontal
 * ruling between them, a gap under {@value #CONTINUATION_GAP} line heights, no number in a numeric
 * column, and the row above is an item (it has such a number) or the top row (a heading over two
 * lines). <b>Header.</b> The top row is a header when it holds no number and a later row does.
 *
 * <p>Distances are measured in PDF points of the page, so the thresholds hold at any scale. Words
 * belong to the region when their centre lies inside its box. Boxes in the result are
 * page-relative. Stateless and thread-safe.
 */
public final class TableStructureReader {

  /** Words closer than this many word heights belong to one phrase of a cell. */
  static final double PHRASE_GAP = 0.5;

  /** A column gutter is at least this many median word heights wide. */
  static final double MIN_GUTTER = 0.4;

  /** A line continues the row above when its gap to it is under this many line heights. */
  static final double CONTINUATION_GAP = 0.6;

  /** A gap under this many word heights is a space inside one heading. */
  static final double SPACE_GAP = 0.4;

  /** The cost, in points of overhang, of cutting a heading at a space. */
  static final double SPACE_CUT_COST = 30;

  /** Projection resolution, in points. */
  private static final double STEP = 0.25;

  private TableStructureReader() {}

  /**
   * The grid of the table inside {@code region}.
   *
   * @param page the page with its words
   * @param region the table's page-relative box
   * @param rulings the rulings found inside the region ({@link Rulings#NONE} when there is no
   *     image)
   * @return the grid; {@link TableStructure#EMPTY} when the region holds no word
   */
  public static TableStructure read(Page page, BoundingBox region, Rulings rulings) {
    // A skewed scan's rows drift across the table; the analysis runs on straightened copies of the
    // words (WordDeskew, one for one with the page's words) and the result holds the page's own.
    List<Word> straight = WordDeskew.straighten(page);
    Map<Word, Word> original = new IdentityHashMap<>();
    List<Word> words = new ArrayList<>();
    for (int i = 0; i < page.words().size(); i++) {
      Word w = page.words().get(i);
      if (region.left() <= w.box().centerX()
          && w.box().centerX() <= region.right()
          && region.top() <= w.box().centerY()
          && w.box().centerY() <= region.bottom()) {
        words.add(straight.get(i));
        original.put(straight.get(i), w);
      }
    }
    if (words.isEmpty()) {
      return TableStructure.EMPTY;
    }
    double pw = page.width();
    double ph = page.height();
    List<List<Word>> lines = visualLines(words);
    double wordHeight = medianHeight(words) * ph;
    List<Gutter> gutters = gutters(lines, rulings, pw, ph, wordHeight);
    Map<Word, Integer> columnOf = assignColumns(lines, gutters, pw, ph);
    List<List<List<Word>>> rows = rows(lines, columnOf, gutters.size() + 1, rulings, ph);
    int headerRows = rows.size() > 1 && !hasNumber(rows.get(0)) && anyNumber(rows, 1) ? 1 : 0;
    Map<Word, Integer> originalColumn = new IdentityHashMap<>();
    columnOf.forEach((w, c) -> originalColumn.put(original.get(w), c));
    List<List<List<Word>>> originalRows = new ArrayList<>();
    for (List<List<Word>> row : rows) {
      List<List<Word>> lines2 = new ArrayList<>();
      for (List<Word> line : row) {
        lines2.add(line.stream().map(original::get).toList());
      }
      originalRows.add(lines2);
    }
    return grid(originalRows, originalColumn, gutters.size() + 1, headerRows);
  }

  /** Words grouped into visual lines (lines that overlap vertically merged), top to bottom. */
  static List<List<Word>> visualLines(List<Word> words) {
    List<List<Word>> out = new ArrayList<>();
    List<BoundingBox> spans = new ArrayList<>();
    for (Line l : LineGrouper.group(words)) {
      int at = -1;
      for (int i = out.size() - 1; i >= Math.max(0, out.size() - 3); i--) {
        BoundingBox s = spans.get(i);
        double overlap = Math.min(s.bottom(), l.box().bottom()) - Math.max(s.top(), l.box().top());
        double minHeight = Math.min(s.height(), l.box().height());
        if (minHeight > 0 && overlap >= 0.5 * minHeight) {
          at = i;
          break;
        }
      }
      if (at < 0) {
        out.add(new ArrayList<>(l.words()));
        spans.add(l.box());
      } else {
        out.get(at).addAll(l.words());
        spans.set(at, spans.get(at).union(l.box()));
      }
    }
    for (List<Word> line : out) {
      line.sort(Comparator.comparingDouble(w -> w.box().left()));
    }
    return out;
  }

  /**
   * An x range between two columns, page-relative; a vertical ruling is a range of zero width.
   *
   * @param from left end
   * @param to right end
   */
  record Gutter(double from, double to) {

    double mid() {
      return (from + to) / 2;
    }
  }

  /** The gutters between columns, left to right. */
  static List<Gutter> gutters(
      List<List<Word>> lines, Rulings rulings, double pw, double ph, double wordHeight) {
    double minX = Double.MAX_VALUE;
    double maxX = -Double.MAX_VALUE;
    for (List<Word> line : lines) {
      minX = Math.min(minX, left(line));
      maxX = Math.max(maxX, right(line));
    }
    double left = minX * pw - 1;
    int n = (int) Math.ceil((maxX - minX) * pw / STEP) + 8;
    int[] cover = new int[n];
    // Headings are often wider than their column's values and would bridge its gutters; the
    // lines that hold a number (the items) decide, unless there are too few of them.
    List<List<Word>> body = new ArrayList<>();
    for (List<Word> line : lines) {
      if (line.stream().anyMatch(w -> isNumber(w.text()))) {
        body.add(line);
      }
    }
    if (body.size() < 2) {
      body = lines;
    }
    for (List<Word> line : body) {
      boolean[] covered = new boolean[n];
      for (double[] span : phraseSpans(line, pw, ph)) {
        int a = Math.max(0, (int) Math.floor((span[0] - left) / STEP));
        int b = Math.min(n - 1, (int) Math.ceil((span[1] - left) / STEP));
        for (int i = a; i <= b; i++) {
          covered[i] = true;
        }
      }
      for (int i = 0; i < n; i++) {
        if (covered[i]) {
          cover[i]++;
        }
      }
    }
    int tolerance = body.size() / 8;
    int first = 0;
    while (first < n && cover[first] <= tolerance) {
      first++;
    }
    int last = n - 1;
    while (last >= 0 && cover[last] <= tolerance) {
      last--;
    }
    List<Gutter> out = new ArrayList<>();
    double minGutter = MIN_GUTTER * wordHeight;
    int i = first;
    while (i <= last) {
      if (cover[i] > tolerance) {
        i++;
        continue;
      }
      int start = i;
      while (i <= last && cover[i] <= tolerance) {
        i++;
      }
      if ((i - start) * STEP >= minGutter) {
        out.add(new Gutter((left + start * STEP) / pw, (left + i * STEP) / pw));
      }
    }
    double lo = (left + first * STEP) / pw;
    double hi = (left + last * STEP) / pw;
    double merge = minGutter / pw;
    for (double x : rulings.vertical()) {
      boolean interior = x > lo + merge && x < hi - merge;
      boolean known =
          out.stream().anyMatch(g -> x > g.from() - 4 * merge && x < g.to() + 4 * merge);
      if (interior && !known) {
        out.add(new Gutter(x, x));
      }
    }
    out.sort(Comparator.comparingDouble(Gutter::mid));
    return out;
  }

  /** The x spans, in points, of one line's phrases. */
  private static List<double[]> phraseSpans(List<Word> line, double pw, double ph) {
    List<double[]> out = new ArrayList<>();
    for (List<Word> phrase : phrases(line, pw, ph)) {
      out.add(new double[] {left(phrase) * pw, right(phrase) * pw});
    }
    return out;
  }

  /** One line's words (left to right) split where the gap exceeds {@value #PHRASE_GAP} heights. */
  static List<List<Word>> phrases(List<Word> line, double pw, double ph) {
    List<List<Word>> out = new ArrayList<>();
    List<Word> open = null;
    double openRight = 0;
    double openHeight = 0;
    for (Word w : line) {
      double h = w.box().height() * ph;
      double gap = (w.box().left() - openRight) * pw;
      if (open != null && gap < PHRASE_GAP * Math.max(h, openHeight)) {
        open.add(w);
        openRight = Math.max(openRight, w.box().right());
        openHeight = Math.max(openHeight, h);
      } else {
        open = new ArrayList<>(List.of(w));
        openRight = w.box().right();
        openHeight = h;
        out.add(open);
      }
    }
    return out;
  }

  /**
   * The column of every word. In lines that hold a number each phrase goes whole to the column band
   * (gutter middle to gutter middle) it overlaps most. Heading lines (no number) are split by
   * {@link #assignHeading}, since headings are often wider than, and closer together than, the
   * values below them.
   */
  static Map<Word, Integer> assignColumns(
      List<List<Word>> lines, List<Gutter> gutters, double pw, double ph) {
    Map<Word, Integer> out = new IdentityHashMap<>();
    List<List<Word>> headings = new ArrayList<>();
    int columns = gutters.size() + 1;
    double[][] extents = new double[columns][];
    for (List<Word> line : lines) {
      if (line.stream().noneMatch(w -> isNumber(w.text()))) {
        headings.add(line);
        continue;
      }
      for (List<Word> phrase : splitAtRulings(phrases(line, pw, ph), gutters)) {
        int c = band(left(phrase), right(phrase), gutters);
        for (Word w : phrase) {
          out.put(w, c);
        }
        double[] e = extents[c];
        extents[c] =
            e == null
                ? new double[] {left(phrase), right(phrase)}
                : new double[] {Math.min(e[0], left(phrase)), Math.max(e[1], right(phrase))};
      }
    }
    boolean anyExtent = false;
    for (double[] e : extents) {
      anyExtent |= e != null;
    }
    for (List<Word> line : headings) {
      if (anyExtent) {
        assignHeading(line, extents, gutters, out, pw, ph);
      } else {
        for (List<Word> phrase : phrases(line, pw, ph)) {
          int c = band(left(phrase), right(phrase), gutters);
          for (Word w : phrase) {
            out.put(w, c);
          }
        }
      }
    }
    return out;
  }

  /**
   * Phrases cut where a vertical ruling (a gutter of zero width) runs through a gap between words.
   */
  private static List<List<Word>> splitAtRulings(List<List<Word>> phrases, List<Gutter> gutters) {
    List<List<Word>> out = new ArrayList<>();
    for (List<Word> phrase : phrases) {
      int start = 0;
      for (int i = 1; i < phrase.size(); i++) {
        double gapFrom = phrase.get(i - 1).box().right();
        double gapTo = phrase.get(i).box().left();
        for (Gutter g : gutters) {
          if (g.from() == g.to() && gapFrom <= g.from() && g.from() <= gapTo) {
            out.add(phrase.subList(start, i));
            start = i;
            break;
          }
        }
      }
      out.add(phrase.subList(start, phrase.size()));
    }
    return out;
  }

  /** The band (gutter middle to gutter middle) that the span {@code [l, r]} overlaps most. */
  private static int band(double l, double r, List<Gutter> gutters) {
    int best = 0;
    double bestOverlap = -Double.MAX_VALUE;
    for (int c = 0; c <= gutters.size(); c++) {
      double bandLeft = c == 0 ? -Double.MAX_VALUE : gutters.get(c - 1).mid();
      double bandRight = c == gutters.size() ? Double.MAX_VALUE : gutters.get(c).mid();
      double overlap = Math.min(r, bandRight) - Math.max(l, bandLeft);
      if (overlap > bestOverlap) {
        bestOverlap = overlap;
        best = c;
      }
    }
    return best;
  }

  /**
   * Splits one heading line into runs of consecutive words, one run per column at most, in column
   * order. A run costs the length, in points, by which it reaches out of its column's band (gutter
   * middle to gutter middle); cutting between two words set only a space apart (under {@value
   * #SPACE_GAP} heights) costs {@value #SPACE_CUT_COST} points, so one heading wider than its
   * values stays whole; keeping words apart by more than a word height in one run costs the excess
   * gap. Dynamic programming over words and columns; columns without values get no heading.
   *
   * @param extents page-relative {@code [left, right]} of each column's values, null for a column
   *     without values
   */
  private static void assignHeading(
      List<Word> line,
      double[][] extents,
      List<Gutter> gutters,
      Map<Word, Integer> out,
      double pw,
      double ph) {
    int n = line.size();
    int k = extents.length;
    double inf = Double.MAX_VALUE / 4;
    double[][] cost = new double[n + 1][k + 1];
    int[][] from = new int[n + 1][k + 1];
    for (double[] row : cost) {
      Arrays.fill(row, inf);
    }
    for (int c = 0; c <= k; c++) {
      cost[0][c] = 0;
    }
    for (int c = 1; c <= k; c++) {
      for (int i = 1; i <= n; i++) {
        cost[i][c] = cost[i][c - 1];
        from[i][c] = -1;
        if (extents[c - 1] == null) {
          continue;
        }
        for (int j = 0; j < i; j++) {
          if (cost[j][c - 1] >= inf) {
            continue;
          }
          double bandLeft = c == 1 ? -Double.MAX_VALUE : gutters.get(c - 2).mid();
          double bandRight = c == k ? Double.MAX_VALUE : gutters.get(c - 1).mid();
          double v = cost[j][c - 1] + outside(line, j, i, bandLeft, bandRight, pw);
          if (j > 0) {
            v += cutCost(line.get(j - 1), line.get(j), pw, ph);
          }
          v += joinCost(line, j, i, pw, ph);
          if (v < cost[i][c]) {
            cost[i][c] = v;
            from[i][c] = j;
          }
        }
      }
    }
    if (cost[n][k] >= inf) {
      return;
    }
    int i = n;
    int c = k;
    while (i > 0 && c > 0) {
      int j = from[i][c];
      if (j < 0) {
        c--;
        continue;
      }
      for (int w = j; w < i; w++) {
        out.put(line.get(w), c - 1);
      }
      i = j;
      c--;
    }
  }

  /** How far, in points, the words {@code [j, i)} reach out of a column's band. */
  private static double outside(
      List<Word> line, int j, int i, double bandLeft, double bandRight, double pw) {
    double l = line.get(j).box().left();
    double r = line.get(i - 1).box().right();
    return (Math.max(0, bandLeft - l) + Math.max(0, r - bandRight)) * pw;
  }

  /** Cutting a heading between two words set only a space apart costs {@value #SPACE_CUT_COST}. */
  private static double cutCost(Word a, Word b, double pw, double ph) {
    double h = Math.max(a.box().height(), b.box().height()) * ph;
    return (b.box().left() - a.box().right()) * pw < SPACE_GAP * h ? SPACE_CUT_COST : 0;
  }

  /**
   * Keeping words {@code [j, i)} in one cell costs, for each gap between them wider than a word
   * height, the excess in points: two headings far apart are rarely one.
   */
  private static double joinCost(List<Word> line, int j, int i, double pw, double ph) {
    double cost = 0;
    for (int k = j + 1; k < i; k++) {
      Word a = line.get(k - 1);
      Word b = line.get(k);
      double h = Math.max(a.box().height(), b.box().height()) * ph;
      cost += Math.max(0, (b.box().left() - a.box().right()) * pw - h);
    }
    return cost;
  }

  /** Lines joined into rows; each row is its lines, each a list of words left to right. */
  private static List<List<List<Word>>> rows(
      List<List<Word>> lines,
      Map<Word, Integer> columnOf,
      int columnCount,
      Rulings rulings,
      double ph) {
    boolean[] numericColumn = numericColumns(lines, columnOf, columnCount);
    List<List<List<Word>>> rows = new ArrayList<>();
    for (List<Word> line : lines) {
      if (!rows.isEmpty()) {
        List<List<Word>> row = rows.get(rows.size() - 1);
        List<Word> above = row.get(row.size() - 1);
        double aboveBottom = bottom(above);
        double top = top(line);
        double height = Math.max(bottom(line) - top, aboveBottom - top(above)) * ph;
        boolean close = (top - aboveBottom) * ph < CONTINUATION_GAP * height;
        boolean ruled =
            rulings.horizontalBetween((top(above) + bottom(above)) / 2, (top + bottom(line)) / 2);
        boolean item = numberIn(row, columnOf, numericColumn);
        boolean topHeading = rows.size() == 1 && !hasNumber(row);
        if (close
            && !ruled
            && !numberIn(List.of(line), columnOf, numericColumn)
            && (item || topHeading)) {
          row.add(line);
          continue;
        }
      }
      List<List<Word>> row = new ArrayList<>();
      row.add(line);
      rows.add(row);
    }
    return rows;
  }

  /** Columns in which at least half the lines that reach them hold a number. */
  private static boolean[] numericColumns(
      List<List<Word>> lines, Map<Word, Integer> columnOf, int columnCount) {
    int[] numbers = new int[columnCount];
    int[] filled = new int[columnCount];
    for (List<Word> line : lines) {
      boolean[] hasNumber = new boolean[numbers.length];
      boolean[] hasWord = new boolean[numbers.length];
      for (Word w : line) {
        int c = columnOf.get(w);
        hasWord[c] = true;
        hasNumber[c] |= isNumber(w.text());
      }
      for (int c = 0; c < numbers.length; c++) {
        numbers[c] += hasNumber[c] ? 1 : 0;
        filled[c] += hasWord[c] ? 1 : 0;
      }
    }
    boolean[] out = new boolean[numbers.length];
    for (int c = 0; c < out.length; c++) {
      out[c] = filled[c] > 0 && numbers[c] * 2 >= filled[c];
    }
    return out;
  }

  private static boolean numberIn(
      List<List<Word>> row, Map<Word, Integer> columnOf, boolean[] numericColumn) {
    for (List<Word> line : row) {
      for (Word w : line) {
        if (numericColumn[columnOf.get(w)] && isNumber(w.text())) {
          return true;
        }
      }
    }
    return false;
  }

  private static TableStructure grid(
      List<List<List<Word>>> rows, Map<Word, Integer> columnOf, int columnCount, int headerRows) {
    double[] colLeft = new double[columnCount];
    double[] colRight = new double[columnCount];
    Arrays.fill(colLeft, Double.MAX_VALUE);
    Arrays.fill(colRight, -Double.MAX_VALUE);
    double tableLeft = Double.MAX_VALUE;
    double tableRight = -Double.MAX_VALUE;
    for (List<List<Word>> row : rows) {
      for (List<Word> line : row) {
        for (Word w : line) {
          int c = columnOf.get(w);
          colLeft[c] = Math.min(colLeft[c], w.box().left());
          colRight[c] = Math.max(colRight[c], w.box().right());
          tableLeft = Math.min(tableLeft, w.box().left());
          tableRight = Math.max(tableRight, w.box().right());
        }
      }
    }
    double tableTop = top(rows.get(0).get(0));
    List<Word> lastLine = rows.get(rows.size() - 1).get(rows.get(rows.size() - 1).size() - 1);
    double tableBottom = bottom(lastLine);
    // Columns that received no word (a gutter beside a ruling) are dropped and the rest renumbered.
    int[] index = new int[columnCount];
    List<BoundingBox> columns = new ArrayList<>();
    for (int c = 0; c < columnCount; c++) {
      if (colLeft[c] <= colRight[c]) {
        index[c] = columns.size();
        columns.add(BoundingBox.clamped(colLeft[c], tableTop, colRight[c], tableBottom));
      } else {
        index[c] = -1;
      }
    }
    List<BoundingBox> rowBoxes = new ArrayList<>();
    List<TableCell> cells = new ArrayList<>();
    for (int r = 0; r < rows.size(); r++) {
      List<List<Word>> row = rows.get(r);
      double rowTop = top(row.get(0));
      double rowBottom = rowTop;
      List<List<Word>> cellWords = new ArrayList<>();
      for (int c = 0; c < columnCount; c++) {
        cellWords.add(new ArrayList<>());
      }
      for (List<Word> line : row) {
        rowBottom = Math.max(rowBottom, bottom(line));
        for (Word w : line) {
          cellWords.get(columnOf.get(w)).add(w);
        }
      }
      rowBoxes.add(BoundingBox.clamped(tableLeft, rowTop, tableRight, rowBottom));
      for (int c = 0; c < columnCount; c++) {
        if (!cellWords.get(c).isEmpty()) {
          BoundingBox col = columns.get(index[c]);
          cells.add(
              new TableCell(
                  r,
                  index[c],
                  BoundingBox.clamped(col.left(), rowTop, col.right(), rowBottom),
                  cellWords.get(c)));
        }
      }
    }
    return new TableStructure(headerRows, rowBoxes, columns, cells);
  }

  /** Whether the text is a number, amount, percentage or date rather than a word. */
  static boolean isNumber(String text) {
    int digits = 0;
    int other = 0;
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      if (Character.isDigit(ch)) {
        digits++;
      } else if (".,'-+()%/:$€£¥".indexOf(ch) < 0) {
        other++;
      }
    }
    return digits > 0 && digits >= other * 2;
  }

  private static boolean hasNumber(List<List<Word>> row) {
    for (List<Word> line : row) {
      for (Word w : line) {
        if (isNumber(w.text())) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean anyNumber(List<List<List<Word>>> rows, int from) {
    for (int r = from; r < rows.size(); r++) {
      if (hasNumber(rows.get(r))) {
        return true;
      }
    }
    return false;
  }

  private static double medianHeight(List<Word> words) {
    double[] h = new double[words.size()];
    for (int i = 0; i < h.length; i++) {
      h[i] = words.get(i).box().height();
    }
    Arrays.sort(h);
    return h[h.length / 2];
  }

  private static double left(List<Word> words) {
    return extent(words).left();
  }

  private static double right(List<Word> words) {
    return extent(words).right();
  }

  private static double top(List<Word> words) {
    return extent(words).top();
  }

  private static double bottom(List<Word> words) {
    return extent(words).bottom();
  }

  /** The union of the words' boxes; at least one word. */
  private static BoundingBox extent(List<Word> words) {
    BoundingBox b = words.get(0).box();
    for (Word w : words) {
      b = b.union(w.box());
    }
    return b;
  }
}
