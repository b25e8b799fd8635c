package dev.recto.extraction.table;

import dev.recto.core.model.BoundingBox;
import dev.recto.core.model.Line;
import dev.recto.core.model.Word;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Groups a page's words into visual rows that run across the whole page width, top to bottom, words
 * left to right. Unlike {@link dev.recto.core.model.Page#lines()}, a row is never split at a wide
 * gap: a table row whose description and amounts sit far apart stays one row.
 *
 * <p>Stateless and thread-safe.
 */
final class VisualRows {

  /** Words overlap vertically by at least this share of the smaller height to share a row. */
  static final double MIN_VERTICAL_OVERLAP = 0.5;

  private VisualRows() {}

  /** The rows of {@code words} (any order), top to bottom. */
  static List<Line> of(List<Word> words) {
    List<Word> sorted = new ArrayList<>(words);
    sorted.sort(Comparator.comparingDouble((Word w) -> w.box().centerY()));
    List<List<Word>> rows = new ArrayList<>();
    List<BoundingBox> anchors = new ArrayList<>();
    for (Word w : sorted) {
      int target = -1;
      // Words come in centre-y order, so only the last rows can overlap this one.
      for (int r = rows.size() - 1; r >= Math.max(0, rows.size() - 3); r--) {
        if (overlaps(anchors.get(r), w.box())) {
          target = r;
          break;
        }
      }
      if (target < 0) {
        rows.add(new ArrayList<>());
        anchors.add(w.box());
        target = rows.size() - 1;
      }
      rows.get(target).add(w);
    }
    List<Line> out = new ArrayList<>(rows.size());
    for (List<Word> row : rows) {
      row.sort(Comparator.comparingDouble((Word w) -> w.box().left()));
      out.add(Line.of(row));
    }
    out.sort(Comparator.comparingDouble((Line l) -> l.box().centerY()));
    return out;
  }

  private static boolean overlaps(BoundingBox anchor, BoundingBox box) {
    double overlap = Math.min(anchor.bottom(), box.bottom()) - Math.max(anchor.top(), box.top());
    double smaller = Math.min(anchor.height(), box.height());
    return smaller > 0 && overlap >= MIN_VERTICAL_OVERLAP * smaller;
  }
}
