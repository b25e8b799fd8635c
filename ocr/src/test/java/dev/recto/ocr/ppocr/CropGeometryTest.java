package dev.recto.ocr.ppocr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import org.junit.jupiter.api.Test;

class CropGeometryTest {

  @Test
  void mapsAStripOfAnUprightCropBackToThePage() {
    CropGeometry g = new CropGeometry(Quad.ofRect(100, 50, 300, 90), 200, 40, false, false);
    Quad q = g.stripToImage(50, 100);
    assertThat(q.minX()).isCloseTo(150, offset(1e-9));
    assertThat(q.maxX()).isCloseTo(200, offset(1e-9));
    assertThat(q.minY()).isCloseTo(50, offset(1e-9));
    assertThat(q.maxY()).isCloseTo(90, offset(1e-9));
  }

  @Test
  void undoesTheQuarterTurnOfATallCrop() {
    // a vertical line 40 px wide, 200 px tall; the counter-clockwise turn puts its top on the left
    CropGeometry g = new CropGeometry(Quad.ofRect(100, 50, 140, 250), 40, 200, true, false);
    assertThat(g.width()).isEqualTo(200);
    assertThat(g.height()).isEqualTo(40);
    Quad q = g.stripToImage(0, 50); // the first 50 px of the reading direction
    assertThat(q.minY()).isCloseTo(50, offset(1e-9));
    assertThat(q.maxY()).isCloseTo(100, offset(1e-9));
    assertThat(q.minX()).isCloseTo(100, offset(1e-9));
    assertThat(q.maxX()).isCloseTo(140, offset(1e-9));
  }

  @Test
  void undoesTheHalfTurnOfAnUpsideDownCrop() {
    CropGeometry g =
        new CropGeometry(Quad.ofRect(100, 50, 300, 90), 200, 40, false, false).withFlipped(true);
    Quad q = g.stripToImage(0, 50);
    assertThat(q.minX()).isCloseTo(250, offset(1e-9));
    assertThat(q.maxX()).isCloseTo(300, offset(1e-9));
  }
}
