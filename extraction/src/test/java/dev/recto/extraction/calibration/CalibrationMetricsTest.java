package dev.recto.extraction.calibration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import org.junit.jupiter.api.Test;

class CalibrationMetricsTest {

  @Test
  void eceOfPerfectlyCalibratedBinsIsZero() {
    // Two equal-mass bins: 0.25 with 1 of 4 right, 0.75 with 3 of 4 right.
    double[] p = {0.25, 0.25, 0.25, 0.25, 0.75, 0.75, 0.75, 0.75};
    boolean[] y = {true, false, false, false, true, true, true, false};
    assertThat(CalibrationMetrics.ece(p, y, 2)).isCloseTo(0, offset(1e-12));
  }

  @Test
  void eceWeighsBinGapsByMass() {
    // Bin 1 (0.1,0.2,0.3): mean 0.2, accuracy 1/3; bin 2 (0.8,0.9,1.0): mean 0.9, accuracy 1.
    double[] p = {0.9, 0.1, 0.8, 0.2, 1.0, 0.3};
    boolean[] y = {true, false, true, true, true, false};
    double expected = (3 * Math.abs(0.2 - 1.0 / 3) + 3 * Math.abs(0.9 - 1.0)) / 6;
    assertThat(CalibrationMetrics.ece(p, y, 2)).isCloseTo(expected, offset(1e-12));
    assertThat(CalibrationMetrics.bins(p, y, 2))
        .extracting(CalibrationMetrics.Bin::count)
        .containsExactly(3, 3);
  }

  @Test
  void equalMassBinsSplitUnevenCountsByFloor() {
    double[] p = new double[16];
    boolean[] y = new boolean[16];
    for (int i = 0; i < 16; i++) {
      p[i] = i / 16.0;
    }
    assertThat(CalibrationMetrics.bins(p, y, 15))
        .extracting(CalibrationMetrics.Bin::count)
        .containsOnly(1, 2)
        .hasSize(15);
  }

  @Test
  void brierIsTheMeanSquaredError() {
    double[] p = {1.0, 0.8, 0.3, 0.0};
    boolean[] y = {true, false, true, false};
    double expected = (0 + 0.64 + 0.49 + 0) / 4;
    assertThat(CalibrationMetrics.brier(p, y)).isCloseTo(expected, offset(1e-12));
  }

  @Test
  void coverageAcceptsDownToTheLowestThresholdThatKeepsPrecision() {
    // Sorted down: 0.99 R, 0.98 R, 0.97 R, 0.96 W, 0.95 R, 0.5 R, 0.4 W, 0.3 W.
    double[] p = {0.3, 0.99, 0.96, 0.5, 0.98, 0.4, 0.97, 0.95};
    boolean[] y = {false, true, false, true, true, false, true, true};

    CalibrationMetrics.Coverage all = CalibrationMetrics.coverage(p, y, 1.0);
    assertThat(all.accepted()).isEqualTo(3);
    assertThat(all.threshold()).isEqualTo(0.97);
    assertThat(all.coverage()).isCloseTo(3 / 8.0, offset(1e-12));

    // At 0.8: top 6 hold 5 right (0.833): accepted; top 7 hold 5/7 (0.71): not.
    CalibrationMetrics.Coverage c = CalibrationMetrics.coverage(p, y, 0.8);
    assertThat(c.accepted()).isEqualTo(6);
    assertThat(c.threshold()).isEqualTo(0.5);
    assertThat(c.precision()).isCloseTo(5 / 6.0, offset(1e-12));
  }

  @Test
  void tiesAreAcceptedTogetherOrNotAtAll() {
    double[] p = {0.9, 0.9, 0.9, 0.9};
    boolean[] y = {true, true, true, false};
    CalibrationMetrics.Coverage c = CalibrationMetrics.coverage(p, y, 0.99);
    assertThat(c.accepted()).isZero();
    assertThat(c.coverage()).isZero();
    assertThat(c.threshold()).isInfinite();
  }

  @Test
  void diagramsAreWritten(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws Exception {
    double[] p = {0.1, 0.5, 0.9};
    boolean[] y = {false, true, true};
    ReliabilityDiagram.write(CalibrationMetrics.bins(p, y, 15), "t <1>", dir.resolve("r"));
    assertThat(java.nio.file.Files.readString(dir.resolve("r.svg")))
        .startsWith("<svg")
        .contains("t &lt;1&gt;")
        .contains("<circle");
    assertThat(javax.imageio.ImageIO.read(dir.resolve("r.png").toFile()).getWidth()).isEqualTo(480);
  }
}
