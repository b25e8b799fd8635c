package dev.recto.core.ingest;

/**
 * One visible character of a page's text layer as drawn, in the displayed page's space: PDF points,
 * top-left origin, the page's {@code /Rotate} applied.
 *
 * <p>A glyph that decodes to several characters (a ligature) yields one {@code TextGlyph} per
 * character, each with an equal share of the advance. Package-private working data of {@link
 * TextLayerReader}; immutable.
 *
 * @param text one Unicode code point, never whitespace
 * @param originX x of the glyph origin (on the baseline)
 * @param originY y of the glyph origin
 * @param advanceX x of the advance vector (origin to the next glyph's origin, spacing excluded)
 * @param advanceY y of the advance vector
 * @param upX x of the font's up vector, whose length is the font size in points
 * @param upY y of the font's up vector
 * @param ascent font ascent as a fraction of the font size, positive
 * @param descent font descent as a fraction of the font size, positive below the baseline
 */
record TextGlyph(
    String text,
    double originX,
    double originY,
    double advanceX,
    double advanceY,
    double upX,
    double upY,
    double ascent,
    double descent) {

  /** Font size in points: the length of the up vector. */
  double fontSize() {
    return Math.hypot(upX, upY);
  }

  /**
   * The reading direction in quarter turns clockwise: 0 left to right, 1 top to bottom, 2 right to
   * left (upside down), 3 bottom to top; taken from the up vector so zero-width glyphs have one.
   */
  int rotation() {
    if (Math.abs(upY) >= Math.abs(upX)) {
      return upY <= 0 ? 0 : 2;
    }
    return upX > 0 ? 1 : 3;
  }

  /** Coordinate along the reading direction of a displayed point, for {@code rotation}. */
  static double primary(int rotation, double x, double y) {
    return switch (rotation) {
      case 0 -> x;
      case 1 -> y;
      case 2 -> -x;
      default -> -y;
    };
  }

  /** Coordinate across the reading direction (grows from line to line), for {@code rotation}. */
  static double secondary(int rotation, double x, double y) {
    return switch (rotation) {
      case 0 -> y;
      case 1 -> -x;
      case 2 -> -y;
      default -> x;
    };
  }

  /** Where the glyph starts along its reading direction. */
  double start() {
    return primary(rotation(), originX, originY);
  }

  /** Where the glyph ends along its reading direction. */
  double end() {
    return primary(rotation(), originX + advanceX, originY + advanceY);
  }

  /** Position of the baseline across the reading direction. */
  double base() {
    return secondary(rotation(), originX, originY);
  }

  /** The glyph's box in displayed points: {@code {x0, y0, x1, y1}}. */
  double[] box() {
    double ux = upX * ascent;
    double uy = upY * ascent;
    double dx = -upX * descent;
    double dy = -upY * descent;
    double[] xs = {originX + ux, originX + dx, originX + advanceX + ux, originX + advanceX + dx};
    double[] ys = {originY + uy, originY + dy, originY + advanceY + uy, originY + advanceY + dy};
    return new double[] {min(xs), min(ys), max(xs), max(ys)};
  }

  private static double min(double[] v) {
    return Math.min(Math.min(v[0], v[1]), Math.min(v[2], v[3]));
  }

  private static double max(double[] v) {
    return Math.max(Math.max(v[0], v[1]), Math.max(v[2], v[3]));
  }
}
