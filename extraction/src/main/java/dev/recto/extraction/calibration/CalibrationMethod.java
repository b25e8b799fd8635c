package dev.recto.extraction.calibration;

import java.util.Arrays;
import java.util.Locale;

/** How a group's probability is computed from a field's {@link FieldFeatures}. */
public enum CalibrationMethod {
  /** Platt scaling: a logistic regression on the logit of the extractor's raw score alone. */
  PLATT("platt"),
  /** Isotonic regression (PAV) on the extractor's raw score alone. */
  ISOTONIC("isotonic"),
  /** A logistic regression over all features, its output mapped by isotonic regression. */
  LOGISTIC_ISOTONIC("logistic+isotonic");

  private final String id;

  CalibrationMethod(String id) {
    this.id = id;
  }

  /** The name written in artifacts and accepted on the command line. */
  public String id() {
    return id;
  }

  /**
   * The method named {@code id}.
   *
   * @throws IllegalArgumentException naming the known ids
   */
  public static CalibrationMethod fromId(String id) {
    return Arrays.stream(values())
        .filter(m -> m.id.equals(id.toLowerCase(Locale.ROOT)))
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "unknown calibration method '"
                        + id
                        + "' (known: "
                        + Arrays.stream(values()).map(CalibrationMethod::id).toList()
                        + ")"));
  }

  /** The logistic model's input for this method; unused by {@link #ISOTONIC}. */
  double[] input(FieldFeatures f) {
    return this == PLATT ? new double[] {f.vector()[1]} : f.vector();
  }
}
