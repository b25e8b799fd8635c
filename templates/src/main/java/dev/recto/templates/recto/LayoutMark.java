package dev.recto.templates.recto;

import dev.recto.core.model.BoundingBox;
import java.util.Objects;

/**
 * One element of a layout fingerprint: a word printed at about the same place on every document of
 * the vendor (a label, a heading).
 *
 * <p>Immutable and thread-safe.
 *
 * @param text the word, compared case- and accent-insensitively
 * @param page zero-based page index
 * @param box where the word is, page-relative with a top-left origin
 * @param tolerance largest distance between the word's centre and the box's centre, page-relative
 */
public record LayoutMark(String text, int page, BoundingBox box, double tolerance) {
  public LayoutMark {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("text must not be blank");
    }
    if (page < 0) {
      throw new IllegalArgumentException("page must be >= 0, was " + page);
    }
    Objects.requireNonNull(box, "box");
    if (!(tolerance > 0 && tolerance <= 1)) {
      throw new IllegalArgumentException("tolerance must be in (0,1], was " + tolerance);
    }
  }
}
