package dev.recto.templates.recto;

import dev.recto.core.model.BoundingBox;
import dev.recto.core.model.Document;
import dev.recto.core.model.InputFormat;
import dev.recto.core.model.Page;
import dev.recto.core.model.Provenance;
import dev.recto.core.model.TextSource;
import dev.recto.core.model.Word;
import java.util.ArrayList;
import java.util.List;

/** Builds one-page A4 test documents from text rows placed in PDF points, 10 pt Helvetica-like. */
final class Pages {

  static final double W = 595;
  static final double H = 842;
  static final double CHAR = 5.5;
  static final double SIZE = 10;

  private final List<Word> words = new ArrayList<>();

  /** Writes {@code text} with its first character at {@code (x, y)} points (y of the top). */
  Pages text(double x, double y, String text) {
    double at = x;
    for (String t : text.split(" ")) {
      if (!t.isEmpty()) {
        BoundingBox box =
            BoundingBox.fromPoints(at, y, at + t.length() * CHAR, y + SIZE * 1.15, W, H);
        words.add(new Word(t, box, 1, SIZE, new Provenance(0, box, "test", "test", "1")));
      }
      at += (t.length() + 1) * CHAR;
    }
    return this;
  }

  Document document() {
    return new Document(
        "test.pdf", InputFormat.PDF, List.of(Page.of(0, W, H, 0, 0, TextSource.TEXT_LAYER, words)));
  }
}
