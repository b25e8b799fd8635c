package dev.recto.extraction.generic;

import dev.recto.core.field.FieldKey;
import java.util.Objects;

/**
 * A possible value of a field with its score in [0,1] (label match quality times how the value sits
 * relative to its label).
 */
record Candidate(FieldKey key, FieldValue value, double score) {

  Candidate {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(value, "value");
    if (!(score >= 0 && score <= 1)) {
      throw new IllegalArgumentException("score must be in [0,1], was " + score);
    }
  }
}
