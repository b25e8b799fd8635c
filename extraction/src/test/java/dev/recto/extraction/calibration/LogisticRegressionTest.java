package dev.recto.extraction.calibration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import org.junit.jupiter.api.Test;

class LogisticRegressionTest {

  @Test
  void plattRecoversTheRatesOfTwoScoreLevels() {
    // Score 0: 2 of 10 right; score 1: 9 of 10 right. The unpenalized fit hits both rates.
    double[][] x = new double[20][];
    boolean[] y = new boolean[20];
    for (int i = 0; i < 10; i++) {
      x[i] = new double[] {0};
      y[i] = i < 2;
      x[10 + i] = new double[] {1};
      y[10 + i] = i < 9;
    }
    LogisticRegression m = LogisticRegression.fit(x, y, 0);

    assertThat(m.apply(new double[] {0})).isCloseTo(0.2, offset(1e-6));
    assertThat(m.apply(new double[] {1})).isCloseTo(0.9, offset(1e-6));
    assertThat(m.bias()).isCloseTo(Math.log(0.2 / 0.8), offset(1e-6));
  }

  @Test
  void penaltyKeepsSeparableDataFinite() {
    double[][] x = {{0}, {0}, {1}, {1}};
    boolean[] y = {false, false, true, true};
    LogisticRegression m = LogisticRegression.fit(x, y, 1.0);

    assertThat(m.weights()[0]).isPositive().isFinite();
    assertThat(m.apply(new double[] {1})).isGreaterThan(0.5).isLessThan(1);
    assertThat(m.apply(new double[] {0})).isLessThan(0.5).isGreaterThan(0);
  }

  @Test
  void aConstantFeatureGetsNoWeight() {
    double[][] x = {{1, 0}, {1, 1}, {1, 0}, {1, 1}};
    boolean[] y = {false, true, false, true};
    LogisticRegression m = LogisticRegression.fit(x, y, 0.1);

    assertThat(m.weights()[0]).isCloseTo(0, offset(1e-6));
    assertThat(m.weights()[1]).isPositive();
  }
}
