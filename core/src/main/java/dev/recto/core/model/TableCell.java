package dev.recto.core.model;

import java.util.List;
import java.util.Objects;

/**
 * One cell of a table's grid: the words that fall in one row and one column.
 *
 * <p>Immutable and thread-safe; the word list is copied.
 *
 * @param row zero-based row index, top to bottom (header rows first)
 * @param column zero-based column index, left to right
 * @param box the cell's box: its row's vertical band and its column's horizontal band,
 *     page-relative (see {@link BoundingBox})
 * @param words the page's words whose centres fall in the cell, in reading order; at least one
 */
public record TableCell(int row, int column, BoundingBox box, List<Word> words) {

  public TableCell {
    if (row < 0 || column < 0) {
      throw new IllegalArgumentException(
          "row and column must be >= 0, were " + row + ", " + column);
    }
    Objects.requireNonNull(box, "box");
    words = List.copyOf(words);
    if (words.isEmpty()) {
      throw new IllegalArgumentException("a cell holds at least one word");
    }
  }

  /** The words' texts joined by single spaces, lines in order. */
  public String text() {
    return Word.joinTexts(words);
  }
}
