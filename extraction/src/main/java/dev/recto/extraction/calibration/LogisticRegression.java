package dev.recto.extraction.calibration;

import java.util.Arrays;

/**
 * {@code p = 1 / (1 + exp(-(bias + w . x)))}, fitted by Newton's method on the log-loss with an L2
 * penalty on {@code w} (not on the bias). With one feature, the raw score, this is Platt scaling.
 *
 * <p>Immutable and thread-safe; the array is copied.
 *
 * @param bias the intercept
 * @param weights one weight per feature
 */
public record LogisticRegression(double bias, double[] weights) {

  public LogisticRegression {
    weights = weights.clone();
    if (!Double.isFinite(bias) || Arrays.stream(weights).anyMatch(w -> !Double.isFinite(w))) {
      throw new IllegalArgumentException("weights must be finite");
    }
  }

  @Override
  public double[] weights() {
    return weights.clone();
  }

  /**
   * Fits the model.
   *
   * @param features one row per example, all rows of the same length
   * @param correct whether each example was right
   * @param l2 penalty on the weights, e.g. {@code 1e-3} times the number of examples
   */
  public static LogisticRegression fit(double[][] features, boolean[] correct, double l2) {
    int n = features.length;
    if (n == 0 || n != correct.length) {
      throw new IllegalArgumentException("need as many labels as rows, at least one");
    }
    int d = features[0].length + 1;
    double[] beta = new double[d];
    double positives = 0;
    for (boolean c : correct) {
      positives += c ? 1 : 0;
    }
    beta[0] = Math.log((positives + 0.5) / (n - positives + 0.5));
    double objective = objective(features, correct, beta, l2);
    for (int iter = 0; iter < 100; iter++) {
      double[] grad = new double[d];
      double[][] hess = new double[d][d];
      for (int i = 0; i < n; i++) {
        double[] row = row(features[i]);
        double p = sigmoid(dot(beta, row));
        double r = (correct[i] ? 1 : 0) - p;
        double w = Math.max(p * (1 - p), 1e-9);
        for (int a = 0; a < d; a++) {
          grad[a] += r * row[a];
          for (int b = 0; b <= a; b++) {
            hess[a][b] += w * row[a] * row[b];
          }
        }
      }
      for (int a = 0; a < d; a++) {
        for (int b = 0; b < a; b++) {
          hess[b][a] = hess[a][b];
        }
      }
      hess[0][0] += 1e-6;
      for (int a = 1; a < d; a++) {
        grad[a] -= l2 * beta[a];
        hess[a][a] += l2 + 1e-6;
      }
      double[] step = solve(hess, grad);
      // Damped Newton: halve the step until the penalized log-likelihood does not fall.
      double scale = 1;
      double[] next = beta.clone();
      double nextObjective = Double.NEGATIVE_INFINITY;
      for (int tries = 0; tries < 40; tries++) {
        for (int a = 0; a < d; a++) {
          next[a] = beta[a] + scale * step[a];
        }
        nextObjective = objective(features, correct, next, l2);
        if (nextObjective >= objective - 1e-12) {
          break;
        }
        scale /= 2;
      }
      if (!(nextObjective >= objective - 1e-12)) {
        break;
      }
      double size = 0;
      for (int a = 0; a < d; a++) {
        size = Math.max(size, Math.abs(next[a] - beta[a]));
      }
      beta = next;
      boolean done = size < 1e-8 || nextObjective - objective < 1e-10 * (1 + Math.abs(objective));
      objective = nextObjective;
      if (done) {
        break;
      }
    }
    return new LogisticRegression(beta[0], Arrays.copyOfRange(beta, 1, d));
  }

  /** The probability for one feature row. */
  public double apply(double[] x) {
    if (x.length != weights.length) {
      throw new IllegalArgumentException(
          "expected " + weights.length + " features, got " + x.length);
    }
    double z = bias;
    for (int i = 0; i < x.length; i++) {
      z += weights[i] * x[i];
    }
    return sigmoid(z);
  }

  /** Log-likelihood minus {@code l2 / 2 |w|^2}. */
  private static double objective(double[][] x, boolean[] y, double[] beta, double l2) {
    double sum = 0;
    for (int i = 0; i < x.length; i++) {
      double z = dot(beta, row(x[i]));
      // log sigmoid(z) for right, log(1 - sigmoid(z)) for wrong, computed stably.
      double m = y[i] ? -z : z;
      sum -= m > 0 ? m + Math.log1p(Math.exp(-m)) : Math.log1p(Math.exp(m));
    }
    double penalty = 0;
    for (int a = 1; a < beta.length; a++) {
      penalty += beta[a] * beta[a];
    }
    return sum - l2 / 2 * penalty;
  }

  private static double[] row(double[] x) {
    double[] r = new double[x.length + 1];
    r[0] = 1;
    System.arraycopy(x, 0, r, 1, x.length);
    return r;
  }

  private static double dot(double[] a, double[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += a[i] * b[i];
    }
    return s;
  }

  static double sigmoid(double z) {
    return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
  }

  /** Solves {@code a x = b} by Gaussian elimination with partial pivoting; a is copied. */
  private static double[] solve(double[][] a0, double[] b0) {
    int n = b0.length;
    double[][] a = new double[n][];
    for (int i = 0; i < n; i++) {
      a[i] = a0[i].clone();
    }
    double[] b = b0.clone();
    for (int c = 0; c < n; c++) {
      int p = c;
      for (int r = c + 1; r < n; r++) {
        if (Math.abs(a[r][c]) > Math.abs(a[p][c])) {
          p = r;
        }
      }
      double[] t = a[c];
      a[c] = a[p];
      a[p] = t;
      double tb = b[c];
      b[c] = b[p];
      b[p] = tb;
      if (Math.abs(a[c][c]) < 1e-12) {
        continue;
      }
      for (int r = c + 1; r < n; r++) {
        double f = a[r][c] / a[c][c];
        for (int k = c; k < n; k++) {
          a[r][k] -= f * a[c][k];
        }
        b[r] -= f * b[c];
      }
    }
    double[] x = new double[n];
    for (int r = n - 1; r >= 0; r--) {
      double s = b[r];
      for (int k = r + 1; k < n; k++) {
        s -= a[r][k] * x[k];
      }
      x[r] = Math.abs(a[r][r]) < 1e-12 ? 0 : s / a[r][r];
    }
    return x;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof LogisticRegression r && bias == r.bias && Arrays.equals(weights, r.weights);
  }

  @Override
  public int hashCode() {
    return 31 * Double.hashCode(bias) + Arrays.hashCode(weights);
  }

  @Override
  public String toString() {
    return "LogisticRegression[bias=" + bias + ", weights=" + Arrays.toString(weights) + "]";
  }
}
