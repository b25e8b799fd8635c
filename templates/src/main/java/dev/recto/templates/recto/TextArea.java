package dev.recto.templates.recto;

import dev.recto.core.model.BoundingBox;
import dev.recto.core.model.Document;
import dev.recto.core.model.Page;
import dev.recto.core.model.Word;
import java.util.ArrayList;
import java.util.List;

/**
 * A part of some pages that a regex field searches instead of the whole text, as invoice2data's
 * {@code area} crops a page with {@code pdftotext -x -y -W -H}: the layout text of the words whose
 * centre lies inside the rectangle, on pages {@code fromPage} to {@code toPage}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param fromPage first page, zero-based
 * @param toPage last page, zero-based, at least {@code fromPage}
 * @param left left edge, in {@code unit}
 * @param top top edge (top-left origin), in {@code unit}
 * @param right right edge, in {@code unit}
 * @param bottom bottom edge, in {@code unit}
 * @param unit what the edges are measured in
 */
public record TextArea(
    int fromPage, int toPage, double left, double top, double right, double bottom, Unit unit) {

  /** Units of a {@link TextArea}'s edges. */
  public enum Unit {
    /** Fractions of the page's width and height, as Recto's boxes. */
    PAGE,
    /** PDF points (1/72 inch), as invoice2data's areas at {@code r: 72}. */
    POINTS;

    /** The name in YAML. */
    public String yamlName() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  public TextArea {
    if (fromPage < 0 || toPage < fromPage) {
      throw new IllegalArgumentException(
          "pages must be 0 <= from <= to, were " + fromPage + ", " + toPage);
    }
    if (!(right >= left) || !(bottom >= top)) {
      throw new IllegalArgumentException("the area needs left <= right and top <= bottom");
    }
    java.util.Objects.requireNonNull(unit, "unit");
  }

  /**
   * The document cut down to the area: its pages in range, each keeping the words whose centre is
   * inside (the same {@link Word} objects, so matches trace back to the page's words).
   */
  Document crop(Document document) {
    List<Page> pages = new ArrayList<>();
    for (int i = fromPage; i <= Math.min(toPage, document.pages().size() - 1); i++) {
      Page page = document.pages().get(i);
      double sx = unit == Unit.POINTS ? page.width() : 1;
      double sy = unit == Unit.POINTS ? page.height() : 1;
      List<Word> inside = new ArrayList<>();
      for (Word w : page.words()) {
        BoundingBox b = w.box();
        double cx = b.centerX() * sx;
        double cy = b.centerY() * sy;
        if (cx >= left && cx <= right && cy >= top && cy <= bottom) {
          inside.add(w);
        }
      }
      pages.add(page.withWords(page.textSource(), inside));
    }
    return new Document(document.source(), document.format(), pages);
  }
}
