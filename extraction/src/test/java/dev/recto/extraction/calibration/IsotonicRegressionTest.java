package dev.recto.extraction.calibration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import org.junit.jupiter.api.Test;

class IsotonicRegressionTest {

  @Test
  void poolsAdjacentViolators() {
    // Sorted labels 1 0 1 1 0 1: PAV pools the violators.
    double[] s = {0.1, 0.2, 0.3, 0.4, 0.5, 0.6};
    boolean[] y = {true, false, true, true, false, true};
    IsotonicRegression r = IsotonicRegression.fit(s, y);

    // Blocks: {0.1,0.2} 1 of 2; {0.3,0.4,0.5} 2 of 3 (0.5 pools back); {0.6} 1 of 1.
    assertThat(r.x()).containsExactly(new double[] {0.15, 0.4, 0.6}, offset(1e-12));
    assertThat(r.y()).containsExactly(new double[] {1.5 / 3, 2.5 / 4, 1.5 / 2}, offset(1e-12));
  }

  @Test
  void isMonotoneAndInterpolatesBetweenBlockCentres() {
    double[] s = {0.0, 0.0, 1.0, 1.0};
    boolean[] y = {false, false, true, true};
    IsotonicRegression r = IsotonicRegression.fit(s, y);

    assertThat(r.apply(-1)).isCloseTo(0.5 / 3, offset(1e-12));
    assertThat(r.apply(0.5)).isCloseTo(0.5, offset(1e-12));
    assertThat(r.apply(2)).isCloseTo(2.5 / 3, offset(1e-12));
    double last = 0;
    for (double v = 0; v <= 1; v += 0.01) {
      assertThat(r.apply(v)).isGreaterThanOrEqualTo(last);
      last = r.apply(v);
    }
  }

  @Test
  void equalScoresShareOneBlock() {
    IsotonicRegression r =
        IsotonicRegression.fit(new double[] {0.7, 0.7, 0.7}, new boolean[] {true, false, true});
    assertThat(r.x()).hasSize(1);
    assertThat(r.apply(0.7)).isCloseTo(2.5 / 4, offset(1e-12));
  }

  @Test
  void rejectsMismatchedInput() {
    assertThatThrownBy(() -> IsotonicRegression.fit(new double[] {1}, new boolean[0]))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new IsotonicRegression(new double[] {1, 0}, new double[] {0, 1}))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
