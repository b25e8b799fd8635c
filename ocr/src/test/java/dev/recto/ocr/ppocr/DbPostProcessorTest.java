package dev.recto.ocr.ppocr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DbPostProcessorTest {

  @BeforeAll
  static void natives() {
    OpenCvNatives.ensureLoaded();
  }

  private static void fill(float[] map, int width, int x0, int y0, int x1, int y1, float p) {
    for (int y = y0; y < y1; y++) {
      for (int x = x0; x < x1; x++) {
        map[y * width + x] = p;
      }
    }
  }

  @Test
  void twoRectanglesGiveTwoBoxesWhereTheyAre() {
    int w = 200;
    int h = 100;
    float[] map = new float[w * h];
    fill(map, w, 20, 20, 80, 40, 0.9f);
    fill(map, w, 120, 60, 180, 80, 0.8f);
    fill(map, w, 150, 5, 151, 6, 0.9f); // a speck: under the minimum size
    DbPostProcessor post = new DbPostProcessor(0.3, 0.6, 1.5, 1000);

    List<Quad> boxes = TextDetector.sorted(post.boxes(map, w, h, 400, 200));

    assertThat(boxes).hasSize(2);
    Quad a = boxes.get(0);
    Quad b = boxes.get(1);
    // centres, scaled x2 to the image
    assertThat((a.minX() + a.maxX()) / 2).isCloseTo(99, offset(3.0));
    assertThat((a.minY() + a.maxY()) / 2).isCloseTo(59, offset(3.0));
    assertThat((b.minX() + b.maxX()) / 2).isCloseTo(299, offset(3.0));
    assertThat((b.minY() + b.maxY()) / 2).isCloseTo(139, offset(3.0));
    // grown by area * 1.5 / perimeter (about 10.8 map pixels) on each side
    assertThat(a.maxX() - a.minX()).isCloseTo(2 * (59 + 2 * 10.8), offset(6.0));
    assertThat(a.maxY() - a.minY()).isCloseTo(2 * (19 + 2 * 10.8), offset(6.0));
    // corners in order: top-left, top-right, bottom-right, bottom-left
    assertThat(a.x0()).isLessThan(a.x1());
    assertThat(a.y1()).isLessThan(a.y2());
  }

  @Test
  void weakRegionsAreDropped() {
    int w = 100;
    int h = 50;
    float[] map = new float[w * h];
    fill(map, w, 10, 10, 60, 30, 0.5f); // above the pixel threshold, under the box threshold
    assertThat(new DbPostProcessor(0.3, 0.6, 1.5, 1000).boxes(map, w, h, w, h)).isEmpty();
  }
}
