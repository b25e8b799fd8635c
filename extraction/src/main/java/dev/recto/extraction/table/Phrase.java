package dev.recto.extraction.table;

import dev.recto.core.model.BoundingBox;
import dev.recto.core.model.Line;
import dev.recto.core.model.Word;
import java.util.ArrayList;
import java.util.List;

/**
 * Words of one visual row that sit close together, left to right: the text of one table cell on one
 * line, as long as cells are separated by more than a word space.
 *
 * <p>Immutable and thread-safe; the list is copied.
 *
 * @param words the words, at least one
 * @param box the union of their boxes, page-relative
 */
record Phrase(List<Word> words, BoundingBox box) {

  /** A gap wider than this many word heights separates two phrases. */
  static final double GAP_IN_HEIGHTS = 0.9;

  Phrase {
    words = List.copyOf(words);
    if (words.isEmpty()) {
      throw new IllegalArgumentException("a phrase has at least one word");
    }
  }

  static Phrase of(List<Word> words) {
    Line line = Line.of(words);
    return new Phrase(line.words(), line.box());
  }

  /** The words' texts joined by single spaces. */
  String text() {
    return Line.of(words).text();
  }

  /** The phrases of a row, left to right. */
  static List<Phrase> split(Line row) {
    double height = medianHeight(row.words());
    List<Phrase> out = new ArrayList<>();
    List<Word> current = new ArrayList<>();
    Word previous = null;
    for (Word w : row.words()) {
      if (previous != null && w.box().left() - previous.box().right() > GAP_IN_HEIGHTS * height) {
        out.add(of(current));
        current = new ArrayList<>();
      }
      current.add(w);
      previous = w;
    }
    out.add(of(current));
    return out;
  }

  /** The median word height, page-relative. */
  static double medianHeight(List<Word> words) {
    double[] h = words.stream().mapToDouble(w -> w.box().height()).sorted().toArray();
    return h.length == 0 ? 0 : h[h.length / 2];
  }
}
