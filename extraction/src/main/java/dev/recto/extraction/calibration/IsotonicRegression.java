package dev.recto.extraction.calibration;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * A non-decreasing step map from a score to a probability, fitted by pool-adjacent-violators (PAV)
 * and read by linear interpolation between the centres of the pooled blocks.
 *
 * <p>Each pooled block's probability is {@code (correct + 0.5) / (count + 1)}, so a block of
 * all-correct fields maps below 1 (by less the more fields it holds). Scores below the first centre
 * map to the first block's value, above the last to the last one's.
 *
 * <p>Immutable and thread-safe; the arrays are copied.
 *
 * @param x block centres (mean score of each block), non-decreasing (rounding may make two equal)
 * @param y block probabilities, non-decreasing, same length as {@code x}
 */
public record IsotonicRegression(double[] x, double[] y) {

  public IsotonicRegression {
    x = x.clone();
    y = y.clone();
    if (x.length == 0 || x.length != y.length) {
      throw new IllegalArgumentException("x and y need the same non-zero length");
    }
    for (int i = 1; i < x.length; i++) {
      if (x[i] < x[i - 1] || y[i] < y[i - 1]) {
        throw new IllegalArgumentException("x and y must not decrease, at " + i);
      }
    }
  }

  @Override
  public double[] x() {
    return x.clone();
  }

  @Override
  public double[] y() {
    return y.clone();
  }

  /**
   * Fits the map by PAV.
   *
   * @param scores one score per example
   * @param correct whether each example was right
   * @throws IllegalArgumentException when empty or the lengths differ
   */
  public static IsotonicRegression fit(double[] scores, boolean[] correct) {
    if (scores.length == 0 || scores.length != correct.length) {
      throw new IllegalArgumentException("need as many labels as scores, at least one");
    }
    Integer[] order = new Integer[scores.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, Comparator.comparingDouble(i -> scores[i]));
    // Blocks: sum of scores, correct count, size, last score. Equal scores share one block.
    List<double[]> blocks = new ArrayList<>();
    for (int k = 0; k < order.length; k++) {
      int i = order[k];
      double s = scores[i];
      double c = correct[i] ? 1 : 0;
      double[] last = blocks.isEmpty() ? null : blocks.get(blocks.size() - 1);
      if (last != null && last[3] == s) {
        last[0] += s;
        last[1] += c;
        last[2] += 1;
      } else {
        blocks.add(new double[] {s, c, 1, s});
      }
      while (blocks.size() > 1) {
        double[] b = blocks.get(blocks.size() - 1);
        double[] a = blocks.get(blocks.size() - 2);
        if (a[1] / a[2] < b[1] / b[2]) {
          break;
        }
        a[0] += b[0];
        a[1] += b[1];
        a[2] += b[2];
        a[3] = b[3];
        blocks.remove(blocks.size() - 1);
      }
    }
    double[] x = new double[blocks.size()];
    double[] y = new double[blocks.size()];
    for (int i = 0; i < x.length; i++) {
      double[] b = blocks.get(i);
      x[i] = b[0] / b[2];
      y[i] = (b[1] + 0.5) / (b[2] + 1);
    }
    // Rounding (x) and shrinkage (y) can reorder two neighbours slightly; keep both monotone.
    for (int i = 1; i < y.length; i++) {
      x[i] = Math.max(x[i], x[i - 1]);
      y[i] = Math.max(y[i], y[i - 1]);
    }
    return new IsotonicRegression(x, y);
  }

  /** The probability for {@code score}. */
  public double apply(double score) {
    if (score <= x[0]) {
      return y[0];
    }
    if (score >= x[x.length - 1]) {
      return y[y.length - 1];
    }
    int hi = Arrays.binarySearch(x, score);
    if (hi >= 0) {
      return y[hi];
    }
    hi = -hi - 1;
    int lo = hi - 1;
    double t = (score - x[lo]) / (x[hi] - x[lo]);
    return y[lo] + t * (y[hi] - y[lo]);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof IsotonicRegression r && Arrays.equals(x, r.x) && Arrays.equals(y, r.y);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(x) + Arrays.hashCode(y);
  }

  @Override
  public String toString() {
    return "IsotonicRegression[" + x.length + " blocks]";
  }
}
