package dev.recto.ocr.ppocr;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextDetectorFaintTest {

  private static final Quad LABEL = Quad.ofRect(50, 160, 260, 200);
  private static final Quad VALUE = Quad.ofRect(600, 160, 700, 200);
  private static final Quad HEADER = Quad.ofRect(50, 100, 300, 140);
  private static final List<Quad> LINES = List.of(HEADER, LABEL, VALUE);

  @Test
  void aFaintLoneColonBetweenLabelAndValueIsAdded() {
    Quad colon = Quad.ofRect(420, 165, 432, 195);
    assertThat(TextDetector.withFaintLoneGlyphs(LINES, List.of(colon)))
        .containsExactly(HEADER, LABEL, VALUE, colon);
  }

  @Test
  void faintBoxesInsideFoundOnesOrAsBigAsALineAreLeftOut() {
    // the label again, a little larger: mostly covered
    Quad labelAgain = Quad.ofRect(48, 158, 262, 202);
    // a faint line of its own: not a lone glyph (noise, gray print: left to the first thresholds)
    Quad faintLine = Quad.ofRect(50, 300, 400, 340);
    // a glyph-sized box half inside the value
    Quad halfIn = Quad.ofRect(690, 170, 710, 190);
    assertThat(TextDetector.withFaintLoneGlyphs(LINES, List.of(labelAgain, faintLine, halfIn)))
        .containsExactly(HEADER, LABEL, VALUE);
  }

  @Test
  void coveredShareCountsTheOverlapWithEveryBox() {
    Quad q = Quad.ofRect(0, 0, 10, 10);
    assertThat(TextDetector.coveredShare(q, List.of())).isZero();
    assertThat(TextDetector.coveredShare(q, List.of(Quad.ofRect(5, 0, 20, 10)))).isEqualTo(0.5);
    assertThat(
            TextDetector.coveredShare(
                q, List.of(Quad.ofRect(-5, 0, 2, 10), Quad.ofRect(8, 0, 20, 10))))
        .isEqualTo(0.4);
    // a degenerate box counts as covered
    assertThat(TextDetector.coveredShare(Quad.ofRect(3, 3, 3, 9), List.of())).isEqualTo(1);
  }
}
