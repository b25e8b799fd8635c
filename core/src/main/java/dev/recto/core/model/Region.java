package dev.recto.core.model;

import java.util.Objects;

/**
 * A layout region of a page, such as the line-item table or the vendor block.
 *
 * <p>Immutable and thread-safe.
 *
 * @param type the region's class
 * @param box its box, see {@link BoundingBox}
 * @param confidence the detector's confidence in {@code [0,1]}
 * @param provenance page, box and the layout engine and model that found it
 * @param table for a {@link RegionType#TABLE} region the grid read from its words and rulings;
 *     {@link TableStructure#EMPTY} for every other region and for a table without a grid
 */
public record Region(
    RegionType type,
    BoundingBox box,
    double confidence,
    Provenance provenance,
    TableStructure table) {

  public Region {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(box, "box");
    if (!(confidence >= 0.0 && confidence <= 1.0)) {
      throw new IllegalArgumentException("confidence must be in [0,1], was " + confidence);
    }
    Objects.requireNonNull(provenance, "provenance");
    Objects.requireNonNull(table, "table");
    if (type != RegionType.TABLE && !table.isEmpty()) {
      throw new IllegalArgumentException("only a TABLE region has a table structure, not " + type);
    }
  }

  /** A region without table structure. */
  public Region(RegionType type, BoundingBox box, double confidence, Provenance provenance) {
    this(type, box, confidence, provenance, TableStructure.EMPTY);
  }

  /** The same region with {@code structure} as its grid; only for TABLE regions. */
  public Region withTable(TableStructure structure) {
    return new Region(type, box, confidence, provenance, structure);
  }
}
