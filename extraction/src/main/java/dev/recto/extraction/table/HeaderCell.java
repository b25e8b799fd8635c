package dev.recto.extraction.table;

import dev.recto.core.field.LineItemKey;
import dev.recto.core.model.BoundingBox;
import dev.recto.core.model.Line;
import dev.recto.core.model.Word;
import java.util.List;
import java.util.Optional;

/**
 * One cell of a line-item table's header row.
 *
 * <p>Immutable and thread-safe; the list is copied.
 *
 * @param key the column it names, or {@code null} for a column that is not a line-item key (a
 *     position number, a discount, a heading the lexicon does not know)
 * @param words the heading's words, left to right, at least one
 * @param box the union of the words' boxes, page-relative
 */
record HeaderCell(LineItemKey key, List<Word> words, BoundingBox box) {

  HeaderCell {
    words = List.copyOf(words);
    if (words.isEmpty()) {
      throw new IllegalArgumentException("a header cell has at least one word");
    }
  }

  static HeaderCell of(LineItemKey key, List<Word> words) {
    Line line = Line.of(words);
    return new HeaderCell(key, line.words(), line.box());
  }

  Optional<LineItemKey> column() {
    return Optional.ofNullable(key);
  }

  HeaderCell withKey(LineItemKey other) {
    return new HeaderCell(other, words, box);
  }
}
