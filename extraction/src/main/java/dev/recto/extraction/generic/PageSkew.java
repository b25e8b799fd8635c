package dev.recto.extraction.generic;

import dev.recto.core.model.BoundingBox;
import dev.recto.core.model.Word;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The tilt of a scanned page's text lines, estimated from its words: for each word, the nearest
 * word that follows it on the same line (starting at most {@value #MAX_GAP} of the page width after
 * it, overlapping it vertically by at least half the smaller height) gives one slope, the rise of
 * their centres over their horizontal distance; the page's slope is the median. A scan tilted by
 * one degree drifts a full line height across an A4 page, so a total's label and its amount in the
 * right margin stop overlapping; subtracting {@code slope * x} puts them back on one line.
 * Born-digital pages give 0.
 *
 * <p>Slopes are in page-normalized units (top-left origin, y down: fraction of the height per
 * fraction of the width). Stateless and thread-safe.
 */
final class PageSkew {

  static final double MAX_GAP = 0.03;
  static final int MIN_PAIRS = 8;

  /** Slopes under this are noise, not tilt: such a page is read as level. */
  static final double LEVEL = 0.002;

  /** Steeper than this is not a tilted page but something else (rotated text, a diagram). */
  static final double MAX_SLOPE = 0.1;

  private PageSkew() {}

  /** The median slope of neighbouring words, or 0 with fewer than {@value #MIN_PAIRS} pairs. */
  static double slope(List<Word> words) {
    List<BoundingBox> boxes = new ArrayList<>(words.size());
    words.forEach(w -> boxes.add(w.box()));
    boxes.sort(Comparator.comparingDouble(BoundingBox::left));
    double[] slopes = new double[boxes.size()];
    int n = 0;
    for (int i = 0; i < boxes.size(); i++) {
      BoundingBox a = boxes.get(i);
      BoundingBox next = null;
      for (int j = i + 1; j < boxes.size(); j++) {
        BoundingBox b = boxes.get(j);
        if (b.left() - a.right() > MAX_GAP) {
          break;
        }
        if (b.left() >= a.right() - 0.25 * a.width() && overlapsVertically(a, b)) {
          if (next == null || b.left() < next.left()) {
            next = b;
          }
        }
      }
      if (next != null && next.centerX() - a.centerX() > 1e-6) {
        double s = (next.centerY() - a.centerY()) / (next.centerX() - a.centerX());
        if (Math.abs(s) <= MAX_SLOPE) {
          slopes[n++] = s;
        }
      }
    }
    if (n < MIN_PAIRS) {
      return 0;
    }
    double[] sorted = Arrays.copyOf(slopes, n);
    Arrays.sort(sorted);
    double median = sorted[n / 2];
    return Math.abs(median) < LEVEL ? 0 : median;
  }

  private static boolean overlapsVertically(BoundingBox a, BoundingBox b) {
    double overlap = Math.min(a.bottom(), b.bottom()) - Math.max(a.top(), b.top());
    return overlap >= 0.5 * Math.min(a.height(), b.height());
  }
}
