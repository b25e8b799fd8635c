package dev.recto.review;

import dev.recto.core.field.FieldKey;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The confidence a field needs to be accepted without review, per field.
 *
 * <p>A field is accepted when {@code confidence >= threshold(field)}. Three ways to get thresholds:
 *
 * <ul>
 *   <li>{@link #uniform}: one threshold for every field;
 *   <li>{@link #of}: a given threshold per field, and a default for the others;
 *   <li>{@link #forTargetPrecision}: derived from labeled scores so that, per field, the fields at
 *       or above the threshold were right at least {@code targetPrecision} of the time. A field
 *       with too few labeled scores falls back to {@code targetPrecision} itself, which is the
 *       right threshold when confidences are calibrated.
 * </ul>
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * FieldThresholds t = FieldThresholds.forTargetPrecision(0.99, labeledScores, 50);
 * boolean auto = field.confidence() >= t.threshold(FieldKey.INVOICE_TOTAL);
 * }</pre>
 *
 * @param perField thresholds in {@code [0,1]} by field; copied
 * @param defaultThreshold the threshold of fields not in {@code perField}, in {@code [0,1]}
 */
public record FieldThresholds(Map<FieldKey, Double> perField, double defaultThreshold) {

  public FieldThresholds {
    EnumMap<FieldKey, Double> copy = new EnumMap<>(FieldKey.class);
    perField.forEach(
        (k, v) -> {
          Objects.requireNonNull(k, "field");
          check(k.jsonName(), v);
          copy.put(k, v);
        });
    perField = Collections.unmodifiableMap(copy);
    check("defaultThreshold", defaultThreshold);
  }

  private static void check(String name, Double v) {
    if (v == null || !(v >= 0 && v <= 1)) {
      throw new IllegalArgumentException(name + ": threshold must be in [0,1], was " + v);
    }
  }

  /** The same threshold for every field. */
  public static FieldThresholds uniform(double threshold) {
    return new FieldThresholds(Map.of(), threshold);
  }

  /** These thresholds per field, {@code defaultThreshold} for the others. */
  public static FieldThresholds of(Map<FieldKey, Double> perField, double defaultThreshold) {
    return new FieldThresholds(perField, defaultThreshold);
  }

  /**
   * Per field, the lowest threshold at which the labeled fields at or above it were right at least
   * {@code targetPrecision} of the time, counting every field at or above it (not only those near
   * it). When no threshold reaches the target, the field always goes to review (threshold above
   * every seen confidence, at most 1.0, and exactly 1.0 never counts as reached unless the labeled
   * fields at 1.0 met the target). Fields with fewer than {@code minSamples} labeled scores get
   * {@code targetPrecision}, the threshold that calibrated confidences need.
   *
   * @param targetPrecision the share of auto-accepted fields that must be right, in {@code (0,1]}
   * @param scores labeled scores of many fields
   * @param minSamples the fewest scores of one field that its own threshold is derived from
   */
  public static FieldThresholds forTargetPrecision(
      double targetPrecision, List<LabeledScore> scores, int minSamples) {
    if (!(targetPrecision > 0 && targetPrecision <= 1)) {
      throw new IllegalArgumentException(
          "targetPrecision must be in (0,1], was " + targetPrecision);
    }
    if (minSamples < 1) {
      throw new IllegalArgumentException("minSamples must be >= 1, was " + minSamples);
    }
    Map<FieldKey, List<LabeledScore>> byField = new EnumMap<>(FieldKey.class);
    for (LabeledScore s : scores) {
      byField.computeIfAbsent(s.field(), k -> new ArrayList<>()).add(s);
    }
    Map<FieldKey, Double> perField = new EnumMap<>(FieldKey.class);
    byField.forEach(
        (field, list) -> {
          if (list.size() >= minSamples) {
            perField.put(field, threshold(targetPrecision, list));
          }
        });
    return new FieldThresholds(perField, targetPrecision);
  }

  /** The lowest confidence c such that the scores >= c are right at least target of the time. */
  static double threshold(double target, List<LabeledScore> scores) {
    List<LabeledScore> sorted = new ArrayList<>(scores);
    sorted.sort(Comparator.comparingDouble(LabeledScore::confidence).reversed());
    int right = 0;
    double best = Double.NaN;
    for (int i = 0; i < sorted.size(); i++) {
      if (sorted.get(i).correct()) {
        right++;
      }
      boolean lastOfTie =
          i + 1 == sorted.size() || sorted.get(i + 1).confidence() < sorted.get(i).confidence();
      if (lastOfTie && right >= target * (i + 1) - 1e-12) {
        best = sorted.get(i).confidence();
      }
    }
    if (Double.isNaN(best)) {
      // Nothing reaches the target: a threshold just above the highest confidence seen.
      return Math.min(1.0, Math.nextUp(sorted.get(0).confidence()));
    }
    return best;
  }

  /** The threshold of {@code field}. */
  public double threshold(FieldKey field) {
    return perField.getOrDefault(field, defaultThreshold);
  }

  /** Whether a field of this confidence is accepted without review. */
  public boolean accepts(FieldKey field, double confidence) {
    return confidence >= threshold(field);
  }
}
