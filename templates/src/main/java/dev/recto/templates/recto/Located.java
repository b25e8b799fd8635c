package dev.recto.templates.recto;

import dev.recto.core.model.Word;
import java.util.ArrayList;
import java.util.List;

/**
 * Text found by a locator and the words it is made of, with each word's character range in the
 * text, so that the part read as the value can be traced to its words. Immutable.
 *
 * @param text the words joined (by spaces, rows by newlines), or a span of the layout text
 * @param words the words, in text order
 * @param starts offset of each word in {@code text}
 * @param ends offset after each word in {@code text}
 */
record Located(String text, List<Word> words, List<Integer> starts, List<Integer> ends) {

  Located {
    words = List.copyOf(words);
    starts = List.copyOf(starts);
    ends = List.copyOf(ends);
  }

  /** Rows of words: words of a row joined by spaces, rows by newlines. */
  static Located ofRows(List<List<Word>> rows) {
    StringBuilder b = new StringBuilder();
    List<Word> words = new ArrayList<>();
    List<Integer> starts = new ArrayList<>();
    List<Integer> ends = new ArrayList<>();
    for (List<Word> row : rows) {
      if (b.length() > 0) {
        b.append('\n');
      }
      for (int i = 0; i < row.size(); i++) {
        if (i > 0) {
          b.append(' ');
        }
        starts.add(b.length());
        b.append(row.get(i).text());
        ends.add(b.length());
        words.add(row.get(i));
      }
    }
    return new Located(b.toString(), words, starts, ends);
  }

  /**
   * A span of the layout text with the words it was traced to, each word's range clipped to the
   * span (exact also in a prepared text, where a word's printed text may no longer appear).
   */
  static Located traced(LayoutText text, int start, int end) {
    String s = text.text().substring(start, end);
    List<Word> kept = new ArrayList<>();
    List<Integer> starts = new ArrayList<>();
    List<Integer> ends = new ArrayList<>();
    for (LayoutText.Traced t : text.tracedIn(start, end)) {
      kept.add(t.word());
      starts.add(Math.max(0, t.start() - start));
      ends.add(Math.min(s.length(), t.end() - start));
    }
    return new Located(s, kept, starts, ends);
  }

  /**
   * Pieces joined by newlines (a cell read over several lines), each piece's word ranges shifted to
   * its place in the joined text; empty pieces are left out.
   */
  static Located joined(List<Located> pieces) {
    StringBuilder b = new StringBuilder();
    List<Word> words = new ArrayList<>();
    List<Integer> starts = new ArrayList<>();
    List<Integer> ends = new ArrayList<>();
    for (Located p : pieces) {
      if (p.text().isEmpty()) {
        continue;
      }
      if (b.length() > 0) {
        b.append('\n');
      }
      int at = b.length();
      b.append(p.text());
      words.addAll(p.words());
      for (int i = 0; i < p.words().size(); i++) {
        starts.add(at + p.starts().get(i));
        ends.add(at + p.ends().get(i));
      }
    }
    return new Located(b.toString(), words, starts, ends);
  }

  /** The words overlapping {@code [start, end)}. */
  List<Word> wordsIn(int start, int end) {
    List<Word> out = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      if (starts.get(i) < end && ends.get(i) > start) {
        out.add(words.get(i));
      }
    }
    return out;
  }
}
