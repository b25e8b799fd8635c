package dev.recto.samples.synth;

import dev.recto.core.model.BoundingBox;

/**
 * A rectangle in PDF points on the displayed page, top-left origin: the renderer's working space.
 * Truth files hold {@link BoundingBox}es (page-relative) made with {@link #relative}.
 *
 * @param x0 left
 * @param y0 top
 * @param x1 right
 * @param y1 bottom
 */
public record PtBox(double x0, double y0, double x1, double y1) {

  public PtBox {
    if (!(x0 <= x1) || !(y0 <= y1)) {
      throw new IllegalArgumentException(
          "empty or inverted box " + x0 + "," + y0 + "," + x1 + "," + y1);
    }
  }

  /** The smallest box containing both; {@code other} may be null. */
  public PtBox union(PtBox other) {
    if (other == null) {
      return this;
    }
    return new PtBox(
        Math.min(x0, other.x0),
        Math.min(y0, other.y0),
        Math.max(x1, other.x1),
        Math.max(y1, other.y1));
  }

  /** This box grown by {@code d} points on every side. */
  public PtBox grow(double d) {
    return new PtBox(x0 - d, y0 - d, x1 + d, y1 + d);
  }

  /** Page-relative, clipped to the page. */
  public BoundingBox relative(double pageWidth, double pageHeight) {
    return BoundingBox.fromPoints(x0, y0, x1, y1, pageWidth, pageHeight);
  }
}
