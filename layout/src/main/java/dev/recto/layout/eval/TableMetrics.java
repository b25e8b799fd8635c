package dev.recto.layout.eval;

import dev.recto.core.model.BoundingBox;
import dev.recto.core.model.TableStructure;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Table-structure scores summed over tables: rows matched to the truth's rows, and cells whose text
 * is recovered at the right row and column.
 *
 * <p>A predicted row matches a truth row when their vertical extents overlap by at least half the
 * shorter one (one to one, best first; truth rows include their padding, predicted rows are the
 * words' extent). Columns are matched by votes: truth column {@code c} goes to the predicted column
 * whose cells, in the matched rows, most often hold exactly the truth cell's text (case and
 * whitespace folded). A truth cell is recovered when the predicted cell at its matched row and
 * column holds its text. Precision divides by every predicted non-empty cell, so split or merged
 * columns and rows cost both ways.
 *
 * <p>Not thread-safe; one per evaluation run.
 */
public final class TableMetrics {

  /** One truth table: its rows, top to bottom, each its cells as column key to text. */
  public record TruthTable(List<BoundingBox> rows, List<Map<String, String>> cells) {}

  private int tables;
  private int exactRows;
  private int exactColumns;
  private int perfect;
  private int truthRows;
  private int predictedRows;
  private int matchedRows;
  private int truthCells;
  private int predictedCells;
  private int recoveredCells;

  /** Adds one table: the truth and what the reader found (EMPTY when the table was missed). */
  public void add(TruthTable truth, TableStructure predicted) {
    tables++;
    int nt = truth.rows().size();
    truthRows += nt;
    predictedRows += predicted.rows().size();
    predictedCells += predicted.cells().size();
    int[] rowMatch = matchRows(truth.rows(), predicted.rows());
    int matched = 0;
    for (int m : rowMatch) {
      matched += m >= 0 ? 1 : 0;
    }
    matchedRows += matched;
    Map<String, Integer> columnMatch = matchColumns(truth, predicted, rowMatch);
    int recovered = 0;
    int cells = 0;
    for (int r = 0; r < nt; r++) {
      for (Map.Entry<String, String> e : truth.cells().get(r).entrySet()) {
        if (fold(e.getValue()).isEmpty()) {
          continue;
        }
        cells++;
        Integer c = columnMatch.get(e.getKey());
        if (rowMatch[r] >= 0
            && c != null
            && fold(predicted.text(rowMatch[r], c)).equals(fold(e.getValue()))) {
          recovered++;
        }
      }
    }
    truthCells += cells;
    recoveredCells += recovered;
    exactRows += predicted.rows().size() == nt ? 1 : 0;
    exactColumns += predicted.columns().size() == columnCount(truth) ? 1 : 0;
    perfect += recovered == cells && predicted.cells().size() == cells ? 1 : 0;
  }

  private static int columnCount(TruthTable truth) {
    java.util.Set<String> keys = new java.util.HashSet<>();
    for (Map<String, String> row : truth.cells()) {
      for (Map.Entry<String, String> e : row.entrySet()) {
        if (!fold(e.getValue()).isEmpty()) {
          keys.add(e.getKey());
        }
      }
    }
    return keys.size();
  }

  private static int[] matchRows(List<BoundingBox> truth, List<BoundingBox> predicted) {
    List<double[]> pairs = new ArrayList<>();
    for (int t = 0; t < truth.size(); t++) {
      for (int p = 0; p < predicted.size(); p++) {
        double iou = overlapY(truth.get(t), predicted.get(p));
        if (iou >= 0.5) {
          pairs.add(new double[] {iou, t, p});
        }
      }
    }
    pairs.sort((a, b) -> Double.compare(b[0], a[0]));
    int[] match = new int[truth.size()];
    java.util.Arrays.fill(match, -1);
    boolean[] used = new boolean[predicted.size()];
    for (double[] pr : pairs) {
      int t = (int) pr[1];
      int p = (int) pr[2];
      if (match[t] < 0 && !used[p]) {
        match[t] = p;
        used[p] = true;
      }
    }
    return match;
  }

  private static Map<String, Integer> matchColumns(
      TruthTable truth, TableStructure predicted, int[] rowMatch) {
    Map<String, Map<Integer, Integer>> votes = new HashMap<>();
    for (int r = 0; r < rowMatch.length; r++) {
      if (rowMatch[r] < 0) {
        continue;
      }
      for (Map.Entry<String, String> e : truth.cells().get(r).entrySet()) {
        String want = fold(e.getValue());
        if (want.isEmpty()) {
          continue;
        }
        for (int c = 0; c < predicted.columns().size(); c++) {
          if (fold(predicted.text(rowMatch[r], c)).equals(want)) {
            votes.computeIfAbsent(e.getKey(), k -> new HashMap<>()).merge(c, 1, Integer::sum);
          }
        }
      }
    }
    List<Object[]> pairs = new ArrayList<>();
    votes.forEach((k, m) -> m.forEach((c, n) -> pairs.add(new Object[] {n, k, c})));
    pairs.sort((a, b) -> Integer.compare((Integer) b[0], (Integer) a[0]));
    Map<String, Integer> out = new HashMap<>();
    java.util.Set<Integer> used = new java.util.HashSet<>();
    for (Object[] p : pairs) {
      String k = (String) p[1];
      Integer c = (Integer) p[2];
      if (!out.containsKey(k) && used.add(c)) {
        out.put(k, c);
      }
    }
    return out;
  }

  /** Vertical overlap as a share of the shorter row (text extents are shorter than padded rows). */
  private static double overlapY(BoundingBox a, BoundingBox b) {
    double inter = Math.min(a.bottom(), b.bottom()) - Math.max(a.top(), b.top());
    double shorter = Math.min(a.height(), b.height());
    return inter <= 0 || shorter <= 0 ? 0 : inter / shorter;
  }

  static String fold(String s) {
    return s.replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
  }

  public int tables() {
    return tables;
  }

  /** Recovered truth cells / truth cells. */
  public double cellRecall() {
    return truthCells == 0 ? 0 : (double) recoveredCells / truthCells;
  }

  /** Recovered truth cells / predicted cells. */
  public double cellPrecision() {
    return predictedCells == 0 ? 0 : (double) recoveredCells / predictedCells;
  }

  public double cellF1() {
    double p = cellPrecision();
    double r = cellRecall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  public double rowF1() {
    double p = predictedRows == 0 ? 0 : (double) matchedRows / predictedRows;
    double r = truthRows == 0 ? 0 : (double) matchedRows / truthRows;
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  /** A Markdown table row: tables, row F1, cell P/R/F1, exact row and column counts, perfect. */
  public String row(String label) {
    return String.format(
        Locale.ROOT,
        "| %s | %d | %.3f | %.3f | %.3f | %.3f | %.3f | %.3f | %.3f |",
        label,
        tables,
        rowF1(),
        cellPrecision(),
        cellRecall(),
        cellF1(),
        share(exactRows),
        share(exactColumns),
        share(perfect));
  }

  /** The header for {@link #row}. */
  public static String header() {
    return "| boxes | tables | row F1 | cell P | cell R | cell F1 | rows exact | columns exact |"
        + " perfect |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|";
  }

  private double share(int n) {
    return tables == 0 ? 0 : (double) n / tables;
  }
}
