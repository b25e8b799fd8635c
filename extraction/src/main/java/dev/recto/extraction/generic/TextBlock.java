package dev.recto.extraction.generic;

import dev.recto.core.model.Word;
import java.util.List;

/**
 * Lines of a party block (a name and the address lines under it), top to bottom.
 *
 * <p>Immutable; the list is copied.
 */
record TextBlock(List<List<Word>> lines) {

  TextBlock {
    lines = lines.stream().map(List::copyOf).toList();
    if (lines.isEmpty()) {
      throw new IllegalArgumentException("a block needs at least one line");
    }
  }

  /**
   * The line's words joined by single spaces, except where two words touch (the right edge of one
   * is the left edge of the next, same top and bottom): those are the parts of one printed word
   * that {@link WordSplitter} cut at a label ({@code NO.} and {@code 53} of {@code NO.53}), and
   * they are joined as printed.
   */
  static String text(List<Word> line) {
    StringBuilder b = new StringBuilder();
    Word previous = null;
    for (Word w : line) {
      if (previous != null && !touches(previous, w)) {
        b.append(' ');
      }
      b.append(w.text());
      previous = w;
    }
    return b.toString();
  }

  private static boolean touches(Word left, Word right) {
    return left.box().right() == right.box().left()
        && left.box().top() == right.box().top()
        && left.box().bottom() == right.box().bottom();
  }

  /** The first line: the party's name. */
  List<Word> nameLine() {
    return lines.get(0);
  }

  /** The lines after the name: its address. */
  List<List<Word>> addressLines() {
    return lines.subList(1, lines.size());
  }
}
