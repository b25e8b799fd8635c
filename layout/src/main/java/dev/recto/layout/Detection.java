package dev.recto.layout;

import dev.recto.core.model.BoundingBox;
import dev.recto.core.model.RegionType;
import java.util.Objects;

/**
 * One detected region before it becomes a {@link dev.recto.core.model.Region}: class, score and
 * page-relative box.
 *
 * <p>Immutable and thread-safe.
 *
 * @param type the region class
 * @param score the model's score in {@code [0,1]}
 * @param box page-relative, top-left origin (see {@link BoundingBox})
 */
public record Detection(RegionType type, double score, BoundingBox box) {

  public Detection {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(box, "box");
    if (!(score >= 0.0 && score <= 1.0)) {
      throw new IllegalArgumentException("score must be in [0,1], was " + score);
    }
  }
}
