package dev.recto.extraction.calibration;

import dev.recto.core.field.FieldKey;
import dev.recto.core.field.FieldType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Fits a {@link CalibrationArtifact} on labeled fields.
 *
 * <p>Groups: every field with at least {@link #MIN_FIELD_EXAMPLES} examples of which at least
 * {@link #MIN_MINORITY} right and {@link #MIN_MINORITY} wrong gets its own model; every field type
 * with that much data gets one; the fallback {@code *} is fitted on everything. Stateless.
 */
public final class CalibrationFitter {

  /** Examples a field or type needs for its own model. */
  public static final int MIN_FIELD_EXAMPLES = 200;

  /** Right and wrong examples a field or type needs each for its own model. */
  public static final int MIN_MINORITY = 10;

  private CalibrationFitter() {}

  /**
   * Fits one model per group.
   *
   * @param examples the labeled fields
   * @param method how each group maps features to a probability
   * @param fittedOn what the examples are, for the artifact
   * @param documents how many documents they came from
   * @throws IllegalArgumentException when there are no examples
   */
  public static CalibrationArtifact fit(
      List<LabeledField> examples, CalibrationMethod method, String fittedOn, int documents) {
    if (examples.isEmpty()) {
      throw new IllegalArgumentException("no labeled fields to fit on");
    }
    Map<String, CalibrationArtifact.GroupModel> groups = new LinkedHashMap<>();
    for (FieldKey key : FieldKey.values()) {
      fitIfEnough(groups, key.jsonName(), examples, e -> e.key() == key, method);
    }
    for (FieldType type : FieldType.values()) {
      fitIfEnough(groups, type.name(), examples, e -> e.key().type() == type, method);
    }
    groups.put(CalibrationArtifact.FALLBACK, fitGroup(examples, method));
    int correct = (int) examples.stream().filter(LabeledField::correct).count();
    return new CalibrationArtifact(
        CalibrationArtifact.SCHEMA_VERSION,
        method,
        fittedOn,
        LocalDate.now(java.time.ZoneOffset.UTC).toString(),
        FieldFeatures.NAMES,
        documents,
        examples.size(),
        correct,
        groups);
  }

  private static void fitIfEnough(
      Map<String, CalibrationArtifact.GroupModel> groups,
      String name,
      List<LabeledField> all,
      Predicate<LabeledField> in,
      CalibrationMethod method) {
    List<LabeledField> subset = new ArrayList<>();
    for (LabeledField e : all) {
      if (in.test(e)) {
        subset.add(e);
      }
    }
    long right = subset.stream().filter(LabeledField::correct).count();
    if (subset.size() >= MIN_FIELD_EXAMPLES
        && right >= MIN_MINORITY
        && subset.size() - right >= MIN_MINORITY) {
      groups.put(name, fitGroup(subset, method));
    }
  }

  /** One group's model on {@code examples}. */
  static CalibrationArtifact.GroupModel fitGroup(
      List<LabeledField> examples, CalibrationMethod method) {
    int n = examples.size();
    boolean[] y = new boolean[n];
    int correct = 0;
    for (int i = 0; i < n; i++) {
      y[i] = examples.get(i).correct();
      correct += y[i] ? 1 : 0;
    }
    LogisticRegression logistic = null;
    double[] scores = new double[n];
    if (method == CalibrationMethod.ISOTONIC) {
      for (int i = 0; i < n; i++) {
        scores[i] = examples.get(i).features().rawScore();
      }
    } else {
      double[][] x = new double[n][];
      for (int i = 0; i < n; i++) {
        x[i] = method.input(examples.get(i).features());
      }
      logistic = LogisticRegression.fit(x, y, 1.0);
      for (int i = 0; i < n; i++) {
        scores[i] = logistic.apply(x[i]);
      }
    }
    IsotonicRegression isotonic =
        method == CalibrationMethod.PLATT ? null : IsotonicRegression.fit(scores, y);
    return new CalibrationArtifact.GroupModel(n, correct, logistic, isotonic);
  }
}
