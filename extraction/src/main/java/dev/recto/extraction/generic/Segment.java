package dev.recto.extraction.generic;

import dev.recto.core.model.BoundingBox;
import dev.recto.core.model.Word;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A run of words on one text line with no wide gap inside: one cell of a key-value row, one column
 * of a multi-column line.
 *
 * <p>Immutable; the word list is copied.
 *
 * @param pageIndex zero-based page
 * @param lineIndex index of the line on its page, top to bottom
 * @param words the words, left to right, at least one
 * @param box the union of the word boxes, page-relative [0,1], top-left origin
 * @param heightPt the box height in PDF points (1/72 inch)
 */
record Segment(int pageIndex, int lineIndex, List<Word> words, BoundingBox box, double heightPt) {

  Segment {
    words = List.copyOf(words);
    if (words.isEmpty()) {
      throw new IllegalArgumentException("a segment needs at least one word");
    }
  }

  /** The words joined by single spaces. */
  String text() {
    return words.stream().map(Word::text).collect(Collectors.joining(" "));
  }

  /** The words from index {@code from} (inclusive) to the end. */
  List<Word> wordsFrom(int from) {
    return words.subList(from, words.size());
  }
}
