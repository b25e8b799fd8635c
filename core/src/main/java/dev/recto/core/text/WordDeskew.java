package dev.recto.core.text;

import dev.recto.core.model.BoundingBox;
import dev.recto.core.model.Page;
import dev.recto.core.model.Word;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Straightens the words of a skewed page (a scan fed in at an angle, OCR'd without deskewing), so
 * that a table row whose description and amount drift apart by a row height or more still reads as
 * one row. The angle is the median slope between neighbouring words on a line; each word's box is
 * turned back about the page centre. Word provenance keeps the box as found, so fields still point
 * at the words on the page as it is.
 *
 * <p>Used by the template-free table finder and the layout module's table-structure reader.
 * Stateless and thread-safe.
 */
public final class WordDeskew {

  /** Slopes below this (about 0.05 degrees) are left alone. */
  static final double MIN_SLOPE = 0.001;

  /** Word pairs farther apart than this many word heights are not neighbours on a line. */
  static final double NEIGHBOUR_GAP_IN_HEIGHTS = 2.0;

  /** At least this many neighbour pairs must agree before a page is turned. */
  static final int MIN_PAIRS = 8;

  private WordDeskew() {}

  /**
   * The page's words, turned straight when the page is skewed (new words, in the page's word order,
   * one for one); the page's own words otherwise.
   */
  public static List<Word> straighten(Page page) {
    double tan = tangent(page);
    if (Math.abs(tan) < MIN_SLOPE) {
      return page.words();
    }
    double w = page.width();
    double h = page.height();
    List<Word> out = new ArrayList<>(page.words().size());
    for (Word word : page.words()) {
      BoundingBox b = word.box();
      // Turn the centre back by the angle, in points about the page centre; keep the size.
      double cx = (b.centerX() - 0.5) * w;
      double cy = (b.centerY() - 0.5) * h;
      double nx = cx + tan * cy;
      double ny = cy - tan * cx;
      double dx = nx / w + 0.5 - b.centerX();
      double dy = ny / h + 0.5 - b.centerY();
      BoundingBox moved =
          BoundingBox.clamped(b.left() + dx, b.top() + dy, b.right() + dx, b.bottom() + dy);
      out.add(new Word(word.text(), moved, word.confidence(), word.fontSize(), word.provenance()));
    }
    return out;
  }

  /** The tangent of the page's skew angle in points (dy / dx), from neighbouring words. */
  public static double tangent(Page page) {
    List<Word> words = new ArrayList<>(page.words());
    words.sort((a, b) -> Double.compare(a.box().left(), b.box().left()));
    double w = page.width();
    double h = page.height();
    List<Double> slopes = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      BoundingBox a = words.get(i).box();
      BoundingBox best = null;
      for (int j = i + 1; j < words.size(); j++) {
        BoundingBox b = words.get(j).box();
        double gap = b.left() - a.right();
        if (b.left() - a.right() > NEIGHBOUR_GAP_IN_HEIGHTS * a.height() * h / w) {
          break;
        }
        double overlap = Math.min(a.bottom(), b.bottom()) - Math.max(a.top(), b.top());
        boolean sameSize = Math.abs(a.height() - b.height()) < 0.3 * a.height();
        if (gap >= 0 && overlap > 0.5 * Math.min(a.height(), b.height()) && sameSize) {
          best = b;
          break;
        }
      }
      if (best != null && best.centerX() > a.centerX()) {
        double dy = (best.centerY() - a.centerY()) * h;
        double dx = (best.centerX() - a.centerX()) * w;
        slopes.add(dy / dx);
      }
    }
    if (slopes.size() < MIN_PAIRS) {
      return 0;
    }
    double[] sorted = slopes.stream().mapToDouble(Double::doubleValue).toArray();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }
}
