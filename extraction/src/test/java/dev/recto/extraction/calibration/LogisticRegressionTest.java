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

  @Test
  void staysFiniteOnCollinearNearlyPureData() {
    // Two always-one columns (collinear with the bias), a flag that is 1 on a tenth of the rows,
    // 98% right overall and mostly wrong where the flag is set: the fit must converge, not run
    // away.
    int n = 2000;
    double[][] x = new double[n][];
    boolean[] y = new boolean[n];
    for (int i = 0; i < n; i++) {
      boolean flag = i % 10 == 0;
      x[i] = new double[] {1, 1, flag ? 1 : 0, flag ? 0.6 : 1};
      y[i] = flag ? i % 30 == 0 : true;
    }
    LogisticRegression m = LogisticRegression.fit(x, y, 1.0);

    assertThat(Math.abs(m.bias())).isLessThan(50);
    assertThat(m.apply(new double[] {1, 1, 0, 1})).isGreaterThan(0.99);
    assertThat(m.apply(new double[] {1, 1, 1, 0.6})).isBetween(0.2, 0.5);
  }
}
