package dev.recto.core.model;

/**
 * An axis-aligned rectangle on a page, in Recto's one coordinate space.
 *
 * <p><b>Coordinate space.</b> Every box in Recto (words, lines, regions, fields, from the PDF text
 * layer or from OCR) is <em>page-relative</em>: {@code 0.0} is the left (or top) edge of the page
 * as displayed (after the page's {@code /Rotate} is applied) and {@code 1.0} the right (or bottom)
 * edge. The origin is the top-left corner, {@code x} grows to the right and {@code y} grows
 * downwards. Multiply by {@link Page#width()} / {@link Page#height()} for PDF points (1/72 inch),
 * or by the pixel size of a rendering for pixels. Because the space does not depend on resolution,
 * a word read from the text layer and the same word found by OCR on a 300-dpi rendering of that
 * page have boxes that agree to within about 1% of the page size.
 *
 * <p>Immutable and thread-safe. Values are validated: finite, within {@code [0,1]} (use {@link
 * #clamped} for input that may overhang the page), and {@code left <= right}, {@code top <=
 * bottom}.
 *
 * <pre>{@code
 * BoundingBox box = BoundingBox.fromPoints(72, 72, 144, 86, 612, 792); // a word 1 inch from the top-left
 * double widthInPoints = box.width() * 612;
 * }</pre>
 *
 * @param left x of the left edge, page-relative
 * @param top y of the top edge, page-relative
 * @param right x of the right edge, page-relative
 * @param bottom y of the bottom edge, page-relative
 */
public record BoundingBox(double left, double top, double right, double bottom) {

  /** The whole page. */
  public static final BoundingBox PAGE = new BoundingBox(0, 0, 1, 1);

  public BoundingBox {
    checkUnit("left", left);
    checkUnit("top", top);
    checkUnit("right", right);
    checkUnit("bottom", bottom);
    if (left > right) {
      throw new IllegalArgumentException("left " + left + " > right " + right);
    }
    if (top > bottom) {
      throw new IllegalArgumentException("top " + top + " > bottom " + bottom);
    }
  }

  private static void checkUnit(String name, double v) {
    if (!(v >= 0.0 && v <= 1.0)) {
      throw new IllegalArgumentException(name + " must be in [0,1], was " + v);
    }
  }

  /**
   * A box from absolute coordinates with a top-left origin (PDF points or pixels), divided by the
   * page size in the same unit; parts outside the page are clipped.
   */
  public static BoundingBox fromAbsolute(
      double x0, double y0, double x1, double y1, double pageWidth, double pageHeight) {
    if (!(pageWidth > 0) || !(pageHeight > 0)) {
      throw new IllegalArgumentException(
          "page size must be positive, was " + pageWidth + " x " + pageHeight);
    }
    return clamped(
        Math.min(x0, x1) / pageWidth,
        Math.min(y0, y1) / pageHeight,
        Math.max(x0, x1) / pageWidth,
        Math.max(y0, y1) / pageHeight);
  }

  /** Same as {@link #fromAbsolute}, named for PDF points. */
  public static BoundingBox fromPoints(
      double x0, double y0, double x1, double y1, double pageWidth, double pageHeight) {
    return fromAbsolute(x0, y0, x1, y1, pageWidth, pageHeight);
  }

  /** A box whose edges are clipped to {@code [0,1]}; NaN edges become 0. */
  public static BoundingBox clamped(double left, double top, double right, double bottom) {
    double l = clamp(Math.min(left, right));
    double r = clamp(Math.max(left, right));
    double t = clamp(Math.min(top, bottom));
    double b = clamp(Math.max(top, bottom));
    return new BoundingBox(l, t, r, b);
  }

  private static double clamp(double v) {
    if (Double.isNaN(v)) {
      return 0.0;
    }
    return Math.max(0.0, Math.min(1.0, v));
  }

  public double width() {
    return right - left;
  }

  public double height() {
    return bottom - top;
  }

  public double area() {
    return width() * height();
  }

  public double centerX() {
    return (left + right) / 2;
  }

  public double centerY() {
    return (top + bottom) / 2;
  }

  /** The smallest box that contains both. */
  public BoundingBox union(BoundingBox other) {
    return new BoundingBox(
        Math.min(left, other.left),
        Math.min(top, other.top),
        Math.max(right, other.right),
        Math.max(bottom, other.bottom));
  }

  /** Area of the overlap of the two boxes, 0 when they do not overlap. */
  public double intersectionArea(BoundingBox other) {
    double w = Math.min(right, other.right) - Math.max(left, other.left);
    double h = Math.min(bottom, other.bottom) - Math.max(top, other.top);
    return (w <= 0 || h <= 0) ? 0.0 : w * h;
  }

  /** Intersection over union in {@code [0,1]}; 0 when both boxes are empty. */
  public double iou(BoundingBox other) {
    double inter = intersectionArea(other);
    double union = area() + other.area() - inter;
    return union <= 0 ? 0.0 : inter / union;
  }

  /** The largest distance between corresponding edges, page-relative. */
  public double maxEdgeDistance(BoundingBox other) {
    return Math.max(
        Math.max(Math.abs(left - other.left), Math.abs(right - other.right)),
        Math.max(Math.abs(top - other.top), Math.abs(bottom - other.bottom)));
  }
}
