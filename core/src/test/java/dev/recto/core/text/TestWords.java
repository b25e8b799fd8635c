package dev.recto.core.text;

import dev.recto.core.model.BoundingBox;
import dev.recto.core.model.Document;
import dev.recto.core.model.InputFormat;
import dev.recto.core.model.Page;
import dev.recto.core.model.Provenance;
import dev.recto.core.model.TextSource;
import dev.recto.core.model.Word;
import java.util.ArrayList;
import java.util.List;

/** Hand-built words and pages on a US Letter page (612 x 792 points) for renderer tests. */
final class TestWords {

  static final double WIDTH = 612;
  static final double HEIGHT = 792;

  private TestWords() {}

  /**
   * A word whose glyphs are half an em wide and whose box spans 1.2 em from {@code top}.
   *
   * @param x left edge in points
   * @param top top edge in points
   * @param fontSize font size in points
   */
  static Word word(String text, double x, double top, double fontSize) {
    double right = x + 0.5 * fontSize * text.length();
    BoundingBox box = BoundingBox.fromPoints(x, top, right, top + 1.2 * fontSize, WIDTH, HEIGHT);
    return new Word(text, box, 1.0, fontSize, new Provenance(0, box, "test", "test", "1"));
  }

  /** Words of a phrase starting at {@code x}, one space (half an em) apart. */
  static List<Word> phrase(String text, double x, double top, double fontSize) {
    List<Word> out = new ArrayList<>();
    double at = x;
    for (String t : text.split(" ")) {
      out.add(word(t, at, top, fontSize));
      at += 0.5 * fontSize * (t.length() + 1);
    }
    return out;
  }

  static Page page(int index, List<Word> words) {
    return Page.of(index, WIDTH, HEIGHT, 0, 0, TextSource.TEXT_LAYER, words);
  }

  static Document document(Page... pages) {
    return new Document("test.pdf", InputFormat.PDF, List.of(pages));
  }

  @SafeVarargs
  static List<Word> all(List<Word>... parts) {
    List<Word> out = new ArrayList<>();
    for (List<Word> p : parts) {
      out.addAll(p);
    }
    return out;
  }
}
