package dev.recto.core.model;

import java.util.List;
import java.util.Objects;

/**
 * The grid of a table region: its rows, its columns and the cells that hold words.
 *
 * <p>Rows and columns are bands: a row's box spans the table's width and the row's words
 * vertically; a column's box spans the table's height and the column's words horizontally. A cell
 * exists only where a row and a column share at least one word, so {@link #cells()} is sparse.
 * Boxes are page-relative (see {@link BoundingBox}).
 *
 * <p>Immutable and thread-safe; lists are copied.
 *
 * @param headerRows how many of the first rows are column headings (0 when none was recognized)
 * @param rows row bands, top to bottom
 * @param columns column bands, left to right
 * @param cells the non-empty cells, row by row, left to right
 */
public record TableStructure(
    int headerRows, List<BoundingBox> rows, List<BoundingBox> columns, List<TableCell> cells) {

  /** No structure: the region is not a table, or no grid was found in it. */
  public static final TableStructure EMPTY = new TableStructure(0, List.of(), List.of(), List.of());

  public TableStructure {
    rows = List.copyOf(rows);
    columns = List.copyOf(columns);
    cells = List.copyOf(cells);
    if (headerRows < 0 || headerRows > rows.size()) {
      throw new IllegalArgumentException(
          "headerRows must be in [0," + rows.size() + "], was " + headerRows);
    }
    for (TableCell c : cells) {
      Objects.requireNonNull(c, "cell");
      if (c.row() >= rows.size() || c.column() >= columns.size()) {
        throw new IllegalArgumentException(
            "cell ("
                + c.row()
                + ","
                + c.column()
                + ") outside a grid of "
                + rows.size()
                + " x "
                + columns.size());
      }
    }
  }

  /** Whether no grid was found. */
  public boolean isEmpty() {
    return rows.isEmpty();
  }

  /** The text of the cell at {@code row}, {@code column}; empty when the cell holds no word. */
  public String text(int row, int column) {
    for (TableCell c : cells) {
      if (c.row() == row && c.column() == column) {
        return c.text();
      }
    }
    return "";
  }
}
