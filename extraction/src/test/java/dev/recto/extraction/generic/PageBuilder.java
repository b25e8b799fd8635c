package dev.recto.extraction.generic;

import dev.recto.core.model.BoundingBox;
import dev.recto.core.model.Document;
import dev.recto.core.model.InputFormat;
import dev.recto.core.model.Page;
import dev.recto.core.model.Provenance;
import dev.recto.core.model.TextSource;
import dev.recto.core.model.Word;
import java.util.ArrayList;
import java.util.List;

/**
 * Lays out test text on an A4 page (or one of {@link #size}) in 10 pt Helvetica-like metrics:
 * {@code text(x, line, s)} puts the words of {@code s} from {@code x} points on text line {@code
 * line} (14 pt apart).
 */
final class PageBuilder {

  static final double W = 595;
  static final double H = 842;
  private static final double CHAR = 5.5;
  private static final double LINE = 14;
  private final List<Word> words = new ArrayList<>();
  private TextSource source = TextSource.TEXT_LAYER;
  private double width = W;
  private double height = H;

  /** A page of {@code widthPt} by {@code heightPt} points instead of A4; before any text. */
  PageBuilder size(double widthPt, double heightPt) {
    this.width = widthPt;
    this.height = heightPt;
    return this;
  }

  /** {@code text} centred on the page's width, as a till receipt prints its header. */
  PageBuilder centred(int line, String text, double size) {
    double textWidth = 0;
    for (String w : text.split(" ")) {
      textWidth += w.length() * CHAR * size / 10 + CHAR * size / 10 * 0.5;
    }
    return text((width - textWidth) / 2, line, text, size);
  }

  PageBuilder text(double x, int line, String text) {
    return text(x, line, text, 10);
  }

  PageBuilder text(double x, int line, String text, double size) {
    double left = x;
    double top = 40 + line * LINE;
    for (String w : text.split(" ")) {
      if (w.isEmpty()) {
        left += CHAR;
        continue;
      }
      double wordWidth = w.length() * CHAR * size / 10;
      BoundingBox box =
          BoundingBox.fromAbsolute(left, top, left + wordWidth, top + size * 1.15, width, height);
      words.add(new Word(w, box, 1.0, size, new Provenance(0, box, "test", "test", "1")));
      left += wordWidth + CHAR * size / 10 * 0.5;
    }
    return this;
  }

  PageBuilder ocr() {
    source = TextSource.OCR;
    return this;
  }

  Document document() {
    return new Document(
        "test", InputFormat.PDF, List.of(Page.of(0, width, height, 0, 0, source, words)));
  }
}
