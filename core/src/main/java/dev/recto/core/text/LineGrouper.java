package dev.recto.core.text;

import dev.recto.core.model.Line;
import dev.recto.core.model.Word;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Groups words into text lines by vertical overlap, then splits a row where a horizontal gap is so
 * wide that the words on either side belong to different columns.
 *
 * <p>Stateless and thread-safe.
 */
public final class LineGrouper {

  /** Words overlap vertically by at least this share of the smaller height to share a row. */
  static final double MIN_VERTICAL_OVERLAP = 0.5;

  /** A gap wider than this many row heights splits a row into two lines. */
  static final double COLUMN_GAP_IN_HEIGHTS = 3.0;

  private LineGrouper() {}

  /**
   * Lines top to bottom (then left to right), each with its words left to right.
   *
   * @param words words of one page, in any order
   */
  public static List<Line> group(List<Word> words) {
    List<Word> sorted = new ArrayList<>(words);
    sorted.sort(Comparator.comparingDouble((Word w) -> w.box().centerY()));
    List<List<Word>> rows = new ArrayList<>();
    // Each row is compared through its first word's vertical span, never the union of its
    // words: a tall heading beside two small lines must not fuse them into one row.
    List<double[]> rowSpans = new ArrayList<>();
    for (Word w : sorted) {
      int best = -1;
      double bestOverlap = 0;
      // Only recent rows can overlap, since words come in centre-y order.
      for (int r = rows.size() - 1; r >= Math.max(0, rows.size() - 6); r--) {
        double[] span = rowSpans.get(r);
        double share = overlapShare(span[0], span[1], w.box().top(), w.box().bottom());
        boolean centred =
            (w.box().centerY() >= span[0] && w.box().centerY() <= span[1])
                || ((span[0] + span[1]) / 2 >= w.box().top()
                    && (span[0] + span[1]) / 2 <= w.box().bottom());
        if (centred && share >= MIN_VERTICAL_OVERLAP && share > bestOverlap) {
          best = r;
          bestOverlap = share;
        }
      }
      if (best < 0) {
        rows.add(new ArrayList<>(List.of(w)));
        rowSpans.add(new double[] {w.box().top(), w.box().bottom()});
      } else {
        rows.get(best).add(w);
      }
    }
    List<Line> lines = new ArrayList<>();
    for (List<Word> row : rows) {
      row.sort(Comparator.comparingDouble((Word w) -> w.box().left()));
      lines.addAll(splitAtColumnGaps(row));
    }
    lines.sort(
        Comparator.comparingDouble((Line l) -> l.box().top())
            .thenComparingDouble(l -> l.box().left()));
    return lines;
  }

  /**
   * Vertical overlap of two spans as a share of the smaller height; 1 for two flat spans that
   * touch.
   */
  private static double overlapShare(double top1, double bottom1, double top2, double bottom2) {
    double overlap = Math.min(bottom1, bottom2) - Math.max(top1, top2);
    double minHeight = Math.min(bottom1 - top1, bottom2 - top2);
    if (minHeight <= 0) {
      return overlap >= 0 ? 1 : 0;
    }
    return overlap / minHeight;
  }

  private static List<Line> splitAtColumnGaps(List<Word> row) {
    double height = 0;
    for (Word w : row) {
      height = Math.max(height, w.box().height());
    }
    List<Line> out = new ArrayList<>();
    List<Word> current = new ArrayList<>();
    for (Word w : row) {
      if (!current.isEmpty()) {
        double gap = w.box().left() - current.get(current.size() - 1).box().right();
        if (height > 0 && gap > COLUMN_GAP_IN_HEIGHTS * height) {
          out.add(Line.of(current));
          current = new ArrayList<>();
        }
      }
      current.add(w);
    }
    if (!current.isEmpty()) {
      out.add(Line.of(current));
    }
    return out;
  }
}
