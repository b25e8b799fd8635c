package dev.recto.ocr.ppocr;

/**
 * A text box as four corners in image pixels (x right, y down, origin top-left): top-left,
 * top-right, bottom-right, bottom-left, in that order.
 *
 * <p>Immutable and thread-safe.
 */
record Quad(
    double x0, double y0, double x1, double y1, double x2, double y2, double x3, double y3) {

  Quad {
    double[] all = {x0, y0, x1, y1, x2, y2, x3, y3};
    for (double v : all) {
      if (!Double.isFinite(v)) {
        throw new IllegalArgumentException("corners must be finite");
      }
    }
  }

  /** An axis-aligned rectangle. */
  static Quad ofRect(double left, double top, double right, double bottom) {
    return new Quad(left, top, right, top, right, bottom, left, bottom);
  }

  double minX() {
    return Math.min(Math.min(x0, x1), Math.min(x2, x3));
  }

  double maxX() {
    return Math.max(Math.max(x0, x1), Math.max(x2, x3));
  }

  double minY() {
    return Math.min(Math.min(y0, y1), Math.min(y2, y3));
  }

  double maxY() {
    return Math.max(Math.max(y0, y1), Math.max(y2, y3));
  }

  /** Length of the longer of the top and bottom edges. */
  double width() {
    return Math.max(Math.hypot(x1 - x0, y1 - y0), Math.hypot(x2 - x3, y2 - y3));
  }

  /** Length of the longer of the left and right edges. */
  double height() {
    return Math.max(Math.hypot(x3 - x0, y3 - y0), Math.hypot(x2 - x1, y2 - y1));
  }
}
