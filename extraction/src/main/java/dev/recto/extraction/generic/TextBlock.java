package dev.recto.extraction.generic;

import dev.recto.core.model.Word;
import java.util.List;
import java.util.stream.Collectors;

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

  static String text(List<Word> line) {
    return line.stream().map(Word::text).collect(Collectors.joining(" "));
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
