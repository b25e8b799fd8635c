package dev.recto.extraction.generic;

import dev.recto.core.model.Word;
import java.util.ArrayList;
import java.util.List;

/**
 * Words joined by single spaces, with a map from character offsets back to the words, so a value
 * found by a parser in the text can name the words (and boxes) it came from.
 *
 * <p>Immutable.
 */
final class WordText {

  private final List<Word> words;
  private final String text;
  private final int[] starts;

  WordText(List<Word> words) {
    this.words = List.copyOf(words);
    StringBuilder b = new StringBuilder();
    starts = new int[words.size()];
    for (int i = 0; i < words.size(); i++) {
      if (i > 0) {
        b.append(' ');
      }
      starts[i] = b.length();
      b.append(words.get(i).text());
    }
    text = b.toString();
  }

  String text() {
    return text;
  }

  List<Word> words() {
    return words;
  }

  /**
   * The words overlapping characters {@code [start, end)}, at least one when the range is not
   * empty.
   */
  List<Word> wordsIn(int start, int end) {
    List<Word> out = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      int ws = starts[i];
      int we = ws + words.get(i).text().length();
      if (ws < end && we > start) {
        out.add(words.get(i));
      }
    }
    return out;
  }

  /** Index of the first word overlapping character {@code offset}. */
  int wordAt(int offset) {
    for (int i = words.size() - 1; i >= 0; i--) {
      if (starts[i] <= offset) {
        return i;
      }
    }
    return 0;
  }
}
