package dev.recto.core.model;

import java.util.List;
import java.util.Objects;

/**
 * Words that sit on one text line, left to right.
 *
 * <p>Immutable and thread-safe; the list is copied.
 *
 * @param words the words in reading order, at least one
 * @param box the union of the words' boxes
 */
public record Line(List<Word> words, BoundingBox box) {

  public Line {
    words = List.copyOf(words);
    if (words.isEmpty()) {
      throw new IllegalArgumentException("a line has at least one word");
    }
    Objects.requireNonNull(box, "box");
  }

  /** A line whose box is the union of its words' boxes. */
  public static Line of(List<Word> words) {
    if (words.isEmpty()) {
      throw new IllegalArgumentException("a line has at least one word");
    }
    BoundingBox box = words.get(0).box();
    for (Word w : words) {
      box = box.union(w.box());
    }
    return new Line(words, box);
  }

  /** The words' texts joined by single spaces. */
  public String text() {
    return Word.joinTexts(words);
  }
}
