package dev.recto.layout;

import dev.recto.core.model.BoundingBox;
import dev.recto.core.model.Region;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * Reading order over regions by a recursive XY-cut of their boxes: full-width horizontal gaps split
 * the page into bands read top to bottom; a band with no such gap is split at vertical gaps into
 * columns read left to right, each column again top to bottom. Boxes that overlap in both
 * directions are read by top, then left.
 *
 * <p>Stateless and thread-safe.
 */
public final class ReadingOrder {

  /** Overlap tolerated at a cut, page-relative. */
  private static final double SLACK = 0.004;

  private ReadingOrder() {}

  /** The regions in reading order (a new list). */
  public static List<Region> sort(List<Region> regions) {
    return sort(regions, Region::box);
  }

  /** Any items with boxes, in reading order (a new list). */
  public static <T> List<T> sort(List<T> items, Function<T, BoundingBox> box) {
    List<T> out = new ArrayList<>(items.size());
    cut(new ArrayList<>(items), box, true, out);
    return out;
  }

  private static <T> void cut(
      List<T> items, Function<T, BoundingBox> box, boolean horizontalFirst, List<T> out) {
    if (items.size() <= 1) {
      out.addAll(items);
      return;
    }
    List<List<T>> groups = split(items, box, horizontalFirst);
    if (groups.size() <= 1) {
      groups = split(items, box, !horizontalFirst);
    }
    if (groups.size() <= 1) {
      items.sort(
          Comparator.comparingDouble((T t) -> box.apply(t).top())
              .thenComparingDouble(t -> box.apply(t).left()));
      out.addAll(items);
      return;
    }
    for (List<T> g : groups) {
      cut(g, box, true, out);
    }
  }

  /** Groups separated by gaps along y (horizontal cuts) or along x (vertical cuts). */
  private static <T> List<List<T>> split(
      List<T> items, Function<T, BoundingBox> box, boolean horizontal) {
    List<T> sorted = new ArrayList<>(items);
    Function<T, Double> start = horizontal ? t -> box.apply(t).top() : t -> box.apply(t).left();
    Function<T, Double> end = horizontal ? t -> box.apply(t).bottom() : t -> box.apply(t).right();
    sorted.sort(Comparator.comparingDouble(start::apply));
    List<List<T>> groups = new ArrayList<>();
    List<T> current = new ArrayList<>();
    double reach = Double.NEGATIVE_INFINITY;
    for (T t : sorted) {
      if (!current.isEmpty() && start.apply(t) >= reach - SLACK) {
        groups.add(current);
        current = new ArrayList<>();
      }
      current.add(t);
      reach = current.size() == 1 ? end.apply(t) : Math.max(reach, end.apply(t));
    }
    groups.add(current);
    return groups;
  }
}
