package dev.recto.review;

import dev.recto.core.field.FieldKey;
import java.util.Objects;

/**
 * One field whose correctness is known: the confidence Recto gave it and whether the value was
 * right. Thresholds are derived from many of these (see {@link
 * FieldThresholds#forTargetPrecision}).
 *
 * @param field the field
 * @param confidence the calibrated confidence in {@code [0,1]}
 * @param correct whether the extracted value equalled the truth
 */
public record LabeledScore(FieldKey field, double confidence, boolean correct) {
  public LabeledScore {
    Objects.requireNonNull(field, "field");
    if (!(confidence >= 0 && confidence <= 1)) {
      throw new IllegalArgumentException("confidence must be in [0,1], was " + confidence);
    }
  }
}
