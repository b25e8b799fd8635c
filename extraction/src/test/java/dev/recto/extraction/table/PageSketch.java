package dev.recto.extraction.table;

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
 * Draws pages of words for tests: text placed by its left or right edge on a baseline row, with
 * every character {@value #CHAR} of the page wide and words {@value #HEIGHT} high.
 */
final class PageSketch {

  static final double CHAR = 0.007;
  static final double SPACE = 0.004;
  static final double HEIGHT = 0.012;

  private final List<List<Word>> pages = new ArrayList<>();
  private double skew;

  PageSketch() {
    pages.add(new ArrayList<>());
  }

  /**
   * Turns every page by {@code tan} (the tangent of the angle, dy / dx in points) about its centre,
   * as a scan fed in askew; boxes stay axis-aligned and keep their size.
   */
  PageSketch skewed(double tan) {
    this.skew = tan;
    return this;
  }

  /** Starts a new page; later text goes on it. */
  PageSketch newPage() {
    pages.add(new ArrayList<>());
    return this;
  }

  /** Text whose left edge is at {@code x}, its top at {@code y}. */
  PageSketch left(double x, double y, String text) {
    double cursor = x;
    for (String token : text.trim().split("\\s+")) {
      double w = token.length() * CHAR;
      add(token, cursor, y, w);
      cursor += w + SPACE;
    }
    return this;
  }

  /** Text whose right edge is at {@code x}, its top at {@code y}. */
  PageSketch right(double x, double y, String text) {
    String[] tokens = text.trim().split("\\s+");
    double width = -SPACE;
    for (String t : tokens) {
      width += t.length() * CHAR + SPACE;
    }
    return left(x - width, y, text);
  }

  private void add(String text, double x, double y, double w) {
    int index = pages.size() - 1;
    BoundingBox box = new BoundingBox(x, y, x + w, y + HEIGHT);
    pages
        .get(index)
        .add(new Word(text, box, 1.0, 9, new Provenance(index, box, "test-sketch", "sketch", "1")));
  }

  Document document() {
    List<Page> out = new ArrayList<>();
    for (int i = 0; i < pages.size(); i++) {
      List<Word> words = new ArrayList<>();
      for (Word w : pages.get(i)) {
        words.add(skew == 0 ? w : turned(w, i));
      }
      out.add(Page.of(i, WIDTH, HEIGHT_PT, 0, 0, TextSource.OCR, words));
    }
    return new Document("sketch.pdf", InputFormat.PDF, out);
  }

  private static final double WIDTH = 595;
  private static final double HEIGHT_PT = 842;

  private Word turned(Word w, int page) {
    BoundingBox b = w.box();
    double cx = (b.centerX() - 0.5) * WIDTH;
    double cy = (b.centerY() - 0.5) * HEIGHT_PT;
    double dx = (-skew * cy) / WIDTH;
    double dy = (skew * cx) / HEIGHT_PT;
    BoundingBox box = new BoundingBox(b.left() + dx, b.top() + dy, b.right() + dx, b.bottom() + dy);
    return new Word(w.text(), box, 1.0, 9, new Provenance(page, box, "test-sketch", "sketch", "1"));
  }
}
