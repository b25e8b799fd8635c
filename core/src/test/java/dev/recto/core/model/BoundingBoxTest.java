package dev.recto.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class BoundingBoxTest {

  @Test
  void fromPointsDividesByThePageSizeAndClips() {
    BoundingBox b = BoundingBox.fromPoints(61.2, 79.2, 306, 900, 612, 792);
    assertThat(b.left()).isCloseTo(0.1, within(1e-12));
    assertThat(b.top()).isCloseTo(0.1, within(1e-12));
    assertThat(b.right()).isCloseTo(0.5, within(1e-12));
    assertThat(b.bottom()).isEqualTo(1.0);
  }

  @Test
  void rejectsInvalidBoxes() {
    assertThatThrownBy(() -> new BoundingBox(0.5, 0, 0.4, 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new BoundingBox(0, 0, 1.1, 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new BoundingBox(Double.NaN, 0, 1, 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> BoundingBox.fromPoints(0, 0, 1, 1, 0, 10))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void iouUnionAndDistance() {
    BoundingBox a = new BoundingBox(0, 0, 0.5, 0.5);
    BoundingBox b = new BoundingBox(0.25, 0, 0.75, 0.5);
    assertThat(a.intersectionArea(b)).isCloseTo(0.125, within(1e-12));
    assertThat(a.iou(b)).isCloseTo(0.125 / 0.375, within(1e-12));
    assertThat(a.union(b)).isEqualTo(new BoundingBox(0, 0, 0.75, 0.5));
    assertThat(a.iou(new BoundingBox(0.6, 0.6, 0.7, 0.7))).isZero();
    assertThat(a.maxEdgeDistance(b)).isCloseTo(0.25, within(1e-12));
  }
}
