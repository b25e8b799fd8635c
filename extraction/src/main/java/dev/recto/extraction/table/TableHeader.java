package dev.recto.extraction.table;

import dev.recto.core.field.LineItemKey;
import dev.recto.core.model.BoundingBox;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The header row of a line-item table: its cells left to right, on one page.
 *
 * <p>Immutable and thread-safe; the list is copied.
 *
 * @param pageIndex zero-based page
 * @param cells the cells left to right, at least two
 * @param box the union of the cells' boxes, page-relative
 */
record TableHeader(int pageIndex, List<HeaderCell> cells, BoundingBox box) {

  TableHeader {
    cells = List.copyOf(cells);
    if (cells.size() < 2) {
      throw new IllegalArgumentException("a table header has at least two cells");
    }
  }

  /** The line-item keys the header names. */
  Set<LineItemKey> keys() {
    Set<LineItemKey> keys = EnumSet.noneOf(LineItemKey.class);
    for (HeaderCell c : cells) {
      c.column().ifPresent(keys::add);
    }
    return keys;
  }
}
