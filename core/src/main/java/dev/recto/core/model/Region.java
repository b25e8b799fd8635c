package dev.recto.core.model;

import java.util.Objects;

/**
 * A layout region of a page, such as the line-item table or the vendor block.
 *
 * <p>Immutable and thread-safe.
 *
 * @param type the region's class
 * @param box its box, see {@link BoundingBox}
 * @param confidence the detector's confidence in {@code [0,1]}
 * @param provenance page, box and the layout engine and model that found it
 */
public record Region(RegionType type, BoundingBox box, double confidence, Provenance provenance) {

  public Region {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(box, "box");
    if (!(confidence >= 0.0 && confidence <= 1.0)) {
      throw new IllegalArgumentException("confidence must be in [0,1], was " + confidence);
    }
    Objects.requireNonNull(provenance, "provenance");
  }
}
