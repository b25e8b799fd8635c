package dev.recto.ocr.ppocr;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LoneGlyphsTest {

  /** Three receipt lines 40 px high and a colon 12 x 30 px between a label and its value. */
  private static final List<Quad> RECEIPT =
      List.of(
          Quad.ofRect(50, 100, 300, 140),
          Quad.ofRect(50, 160, 260, 200),
          Quad.ofRect(600, 160, 700, 200),
          Quad.ofRect(420, 165, 432, 195));

  @Test
  void theLineHeightIsTheMedianShortSide() {
    assertThat(LoneGlyphs.lineHeight(RECEIPT)).isEqualTo(40);
    assertThat(LoneGlyphs.lineHeight(List.of())).isZero();
    // vertical text: the short side is still the line's height
    assertThat(LoneGlyphs.lineHeight(List.of(Quad.ofRect(0, 0, 40, 400)))).isEqualTo(40);
  }

  @Test
  void aLoneGlyphIsCutALineHighWithAMarginAndLeftUpright() {
    Quad colon = RECEIPT.get(3);
    assertThat(LoneGlyphs.isLone(colon, 40)).isTrue();
    Quad cut = LoneGlyphs.cropBox(colon, 40, 1000, 1000);
    // centre (426, 180); half width 6 + 0.25 * 40; half height 20
    assertThat(cut).isEqualTo(Quad.ofRect(410, 160, 442, 200));
    assertThat(LoneGlyphs.mayTurn(colon, 40)).isFalse();
  }

  @Test
  void linesAndWideBoxesAreCutAsDetected() {
    Quad line = RECEIPT.get(0);
    assertThat(LoneGlyphs.isLone(line, 40)).isFalse();
    assertThat(LoneGlyphs.cropBox(line, 40, 1000, 1000)).isSameAs(line);
    // a full-height narrow box (a "1" as tall as the line) is not grown either
    Quad one = Quad.ofRect(10, 10, 24, 50);
    assertThat(LoneGlyphs.cropBox(one, 40, 1000, 1000)).isSameAs(one);
  }

  @Test
  void theGrownBoxStaysOnThePage() {
    Quad atCorner = Quad.ofRect(0, 2, 8, 26);
    assertThat(LoneGlyphs.cropBox(atCorner, 40, 500, 500)).isEqualTo(Quad.ofRect(0, 0, 18, 34));
  }

  @Test
  void onlyBoxesOfTwoLineHeightsOrMoreAreTurnedAsVerticalText() {
    assertThat(LoneGlyphs.mayTurn(Quad.ofRect(0, 0, 40, 79), 40)).isFalse();
    assertThat(LoneGlyphs.mayTurn(Quad.ofRect(0, 0, 40, 400), 40)).isTrue();
    assertThat(LoneGlyphs.mayTurn(Quad.ofRect(0, 0, 10, 30), 0)).isTrue();
  }
}
