package dev.recto.layout.table;

import java.util.List;

/**
 * Ruling lines found in one box of a page image: straight dark strokes that separate table rows or
 * columns. Positions are page-relative (see {@link dev.recto.core.model.BoundingBox}): a horizontal
 * ruling is a y in {@code [0,1]} of the page height, a vertical one an x of the page width.
 *
 * <p>Immutable and thread-safe; lists are copied and sorted ascending.
 *
 * @param horizontal y of each horizontal ruling, and of each edge of a filled band (a shaded header
 *     or row), top to bottom
 * @param vertical x of each vertical ruling, left to right
 */
public record Rulings(List<Double> horizontal, List<Double> vertical) {

  /** No ruling at all. */
  public static final Rulings NONE = new Rulings(List.of(), List.of());

  public Rulings {
    horizontal = horizontal.stream().sorted().toList();
    vertical = vertical.stream().sorted().toList();
  }

  /** Whether a horizontal ruling lies strictly between page-relative {@code y1} and {@code y2}. */
  public boolean horizontalBetween(double y1, double y2) {
    double lo = Math.min(y1, y2);
    double hi = Math.max(y1, y2);
    for (double y : horizontal) {
      if (y > lo && y < hi) {
        return true;
      }
    }
    return false;
  }
}
