package dev.recto.ocr.eval;

import dev.recto.core.model.Line;
import dev.recto.core.model.Word;
import dev.recto.core.text.LineGrouper;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;

/**
 * The normalized text of a page for the character error rate: its words in reading order (lines top
 * to bottom by {@link LineGrouper}, words left to right) joined by single spaces, so that layout
 * whitespace never counts as an error. Stateless and thread-safe.
 */
public final class OcrText {

  private OcrText() {}

  /** The words' texts in reading order, joined by single spaces. */
  public static String of(List<Word> words) {
    StringJoiner text = new StringJoiner(" ");
    for (Line line : LineGrouper.group(words)) {
      for (Word w : line.words()) {
        text.add(w.text());
      }
    }
    return text.toString();
  }

  /** A text's words (split at whitespace) joined by single spaces. */
  public static String normalize(String text) {
    String stripped = text.strip();
    return stripped.isEmpty() ? "" : String.join(" ", stripped.split("[\\s\\p{Z}]+"));
  }

  /** Upper-cased in the root locale, for case-insensitive comparisons. */
  public static String fold(String text) {
    return text.toUpperCase(Locale.ROOT);
  }
}
