package dev.recto.core.model;

import java.util.List;
import java.util.Objects;

/**
 * Consecutive lines that belong together (a paragraph, an address, a table cell group).
 *
 * <p>Immutable and thread-safe; the list is copied.
 *
 * @param lines the lines top to bottom, at least one
 * @param box the union of the lines' boxes
 */
public record Block(List<Line> lines, BoundingBox box) {

  public Block {
    lines = List.copyOf(lines);
    if (lines.isEmpty()) {
      throw new IllegalArgumentException("a block has at least one line");
    }
    Objects.requireNonNull(box, "box");
  }

  /** A block whose box is the union of its lines' boxes. */
  public static Block of(List<Line> lines) {
    if (lines.isEmpty()) {
      throw new IllegalArgumentException("a block has at least one line");
    }
    BoundingBox box = lines.get(0).box();
    for (Line l : lines) {
      box = box.union(l.box());
    }
    return new Block(lines, box);
  }
}
