package dev.recto.extraction.calibration;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * How well confidences match outcomes. Stateless.
 *
 * <ul>
 *   <li>{@link #ece}: expected calibration error over equal-mass bins: examples sorted by
 *       confidence and cut into bins of (nearly) equal size; the size-weighted mean of |mean
 *       confidence − accuracy| per bin.
 *   <li>{@link #brier}: mean squared difference between confidence and outcome (1 right, 0 wrong).
 *   <li>{@link #coverage}: auto-accept every field at or above a threshold; the lowest threshold
 *       whose accepted fields are at least {@code targetPrecision} right, and the share accepted.
 * </ul>
 */
public final class CalibrationMetrics {

  /** The number of equal-mass bins the reports use. */
  public static final int BINS = 15;

  private CalibrationMetrics() {}

  /** One equal-mass bin: its size, mean confidence and accuracy. */
  public record Bin(int count, double meanConfidence, double accuracy) {}

  /**
   * The equal-mass bins: sorted by confidence, bin {@code b} holds examples {@code [b n / bins, (b
   * + 1) n / bins)}. Fewer examples than bins give one bin per example.
   */
  public static List<Bin> bins(double[] confidence, boolean[] correct, int bins) {
    check(confidence, correct);
    int n = confidence.length;
    Integer[] order = order(confidence);
    int k = Math.min(bins, n);
    List<Bin> out = new ArrayList<>();
    for (int b = 0; b < k; b++) {
      int from = (int) ((long) b * n / k);
      int to = (int) ((long) (b + 1) * n / k);
      double conf = 0;
      double acc = 0;
      for (int i = from; i < to; i++) {
        conf += confidence[order[i]];
        acc += correct[order[i]] ? 1 : 0;
      }
      int size = to - from;
      out.add(new Bin(size, conf / size, acc / size));
    }
    return out;
  }

  /** Expected calibration error over {@code bins} equal-mass bins; 0 for no examples. */
  public static double ece(double[] confidence, boolean[] correct, int bins) {
    if (confidence.length == 0) {
      return 0;
    }
    double sum = 0;
    for (Bin b : bins(confidence, correct, bins)) {
      sum += b.count() * Math.abs(b.meanConfidence() - b.accuracy());
    }
    return sum / confidence.length;
  }

  /** Mean squared error of the confidences; 0 for no examples. */
  public static double brier(double[] confidence, boolean[] correct) {
    check(confidence, correct);
    if (confidence.length == 0) {
      return 0;
    }
    double sum = 0;
    for (int i = 0; i < confidence.length; i++) {
      double d = confidence[i] - (correct[i] ? 1 : 0);
      sum += d * d;
    }
    return sum / confidence.length;
  }

  /**
   * What auto-accepting at a threshold gives.
   *
   * @param threshold fields with confidence {@code >=} this are accepted; {@code +Infinity} when
   *     none can be
   * @param accepted how many are
   * @param precision the share of them that is right (1 when none)
   * @param coverage accepted / all
   */
  public record Coverage(double threshold, int accepted, double precision, double coverage) {}

  /**
   * The largest share of fields that can be auto-accepted by one confidence threshold while the
   * accepted ones are at least {@code targetPrecision} right. Ties in confidence are accepted or
   * refused together.
   */
  public static Coverage coverage(double[] confidence, boolean[] correct, double targetPrecision) {
    check(confidence, correct);
    int n = confidence.length;
    Integer[] order = order(confidence);
    Coverage best = new Coverage(Double.POSITIVE_INFINITY, 0, 1, 0);
    int right = 0;
    for (int i = n - 1; i >= 0; i--) {
      right += correct[order[i]] ? 1 : 0;
      if (i > 0 && confidence[order[i - 1]] == confidence[order[i]]) {
        continue;
      }
      int accepted = n - i;
      double precision = (double) right / accepted;
      if (precision >= targetPrecision) {
        best = new Coverage(confidence[order[i]], accepted, precision, (double) accepted / n);
      }
    }
    return best;
  }

  private static Integer[] order(double[] confidence) {
    Integer[] order = new Integer[confidence.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, Comparator.comparingDouble(i -> confidence[i]));
    return order;
  }

  private static void check(double[] confidence, boolean[] correct) {
    if (confidence.length != correct.length) {
      throw new IllegalArgumentException("need as many labels as confidences");
    }
  }
}
