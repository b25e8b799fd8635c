package dev.recto.ocr.ppocr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class GlyphTemplatesTest {

  /** A 10 x 10 mask with the given rectangle filled. */
  private static boolean[] mask(int x0, int y0, int x1, int y1) {
    boolean[] m = new boolean[100];
    for (int y = y0; y < y1; y++) {
      for (int x = x0; x < x1; x++) {
        m[y * 10 + x] = true;
      }
    }
    return m;
  }

  @Test
  void aShapeIsCroppedToItsInkAndNormalized() {
    GlyphTemplates.Shape bar = GlyphTemplates.Shape.of("", mask(2, 1, 4, 9), 10, 0, 0, 10, 10);
    assertThat(bar.aspect()).isEqualTo(2.0 / 8.0);
    // A filled box is uniform after cropping: no contrast left, so the grid is all zero.
    assertThat(bar.grid()).containsOnly(0.0);

    boolean[] ell = mask(2, 1, 4, 9);
    for (int x = 2; x < 8; x++) {
      ell[8 * 10 + x] = true;
    }
    GlyphTemplates.Shape l = GlyphTemplates.Shape.of("", ell, 10, 0, 0, 10, 10);
    double norm = 0;
    for (double v : l.grid()) {
      norm += v * v;
    }
    assertThat(norm).isCloseTo(1.0, within(1e-9));
    assertThat(l.similarity(l)).isCloseTo(1.0, within(1e-9));
    // The same strokes in a box twice as wide: the grid is alike, the aspect penalty is log 2 / 2.
    boolean[] wide = new boolean[20 * 10];
    for (int y = 0; y < 10; y++) {
      for (int x = 0; x < 20; x++) {
        wide[y * 20 + x] = ell[y * 10 + x / 2];
      }
    }
    GlyphTemplates.Shape wideL = GlyphTemplates.Shape.of("", wide, 20, 0, 0, 20, 10);
    assertThat(wideL.aspect()).isEqualTo(2 * l.aspect());
    assertThat(l.similarity(wideL))
        .isCloseTo(1.0 - GlyphTemplates.ASPECT_WEIGHT * Math.log(2), within(1e-9));
  }

  @Test
  void noInkIsNoShape() {
    assertThat(GlyphTemplates.Shape.of("", new boolean[100], 10, 0, 0, 10, 10)).isNull();
    assertThat(GlyphTemplates.Shape.of("", mask(0, 0, 2, 2), 10, 5, 5, 10, 10)).isNull();
  }

  @Test
  void eachReferenceIsItsOwnNearestCharacter() {
    GlyphTemplates templates = GlyphTemplates.render("€£EC");
    GlyphTemplates reference = GlyphTemplates.render("€£EC");
    for (String c : new String[] {"€", "£", "E", "C"}) {
      assertThat(templates.bestFor(probe(reference, c), c)).as(c).isCloseTo(1.0, within(1e-9));
    }
    assertThat(templates.bestFor(probe(reference, "€"), "x")).isEqualTo(Double.NEGATIVE_INFINITY);
  }

  /** A reference's own shape, found as the best match of itself among all. */
  private static GlyphTemplates.Shape probe(GlyphTemplates templates, String c) {
    GlyphTemplates only = GlyphTemplates.render(c);
    // Any of the character's renderings will do: take the plain one through best().
    GlyphTemplates.Shape[] found = new GlyphTemplates.Shape[1];
    only.forEachShape(s -> found[0] = found[0] == null ? s : found[0]);
    assertThat(templates.best(found[0]).text()).isEqualTo(c);
    return found[0];
  }
}
