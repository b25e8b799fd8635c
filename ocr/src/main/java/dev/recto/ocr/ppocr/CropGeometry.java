package dev.recto.ocr.ppocr;

/**
 * How a text-line crop relates to the page image: the crop is the {@link Quad} warped to an upright
 * {@code warpWidth x warpHeight} rectangle, then turned a quarter counter-clockwise when it was
 * tall (as PaddleOCR's {@code get_rotate_crop_image} does with {@code np.rot90}), then turned 180°
 * when the angle classifier said so.
 *
 * <p>Maps points of the final crop back to image pixels; immutable and thread-safe.
 *
 * @param quad the line's corners in image pixels
 * @param warpWidth width of the warped rectangle before any turn, pixels
 * @param warpHeight height of the warped rectangle before any turn, pixels
 * @param quarterTurn whether the warped crop was turned 90° counter-clockwise
 * @param flipped whether the crop was then turned 180°
 */
record CropGeometry(
    Quad quad, int warpWidth, int warpHeight, boolean quarterTurn, boolean flipped) {

  CropGeometry {
    if (warpWidth <= 0 || warpHeight <= 0) {
      throw new IllegalArgumentException("crop size must be positive");
    }
  }

  CropGeometry withFlipped(boolean value) {
    return new CropGeometry(quad, warpWidth, warpHeight, quarterTurn, value);
  }

  /** Width of the final crop, pixels. */
  int width() {
    return quarterTurn ? warpHeight : warpWidth;
  }

  /** Height of the final crop, pixels. */
  int height() {
    return quarterTurn ? warpWidth : warpHeight;
  }

  /** The image point of final-crop point {@code (x, y)}: {@code {x, y}} in image pixels. */
  double[] toImage(double x, double y) {
    double fx = x;
    double fy = y;
    if (flipped) {
      fx = width() - fx;
      fy = height() - fy;
    }
    double u;
    double v;
    if (quarterTurn) {
      // a counter-clockwise quarter turn sends warped (u, v) to (v, warpWidth - u)
      u = warpWidth - fy;
      v = fx;
    } else {
      u = fx;
      v = fy;
    }
    double s = u / warpWidth;
    double t = v / warpHeight;
    double topX = quad.x0() + (quad.x1() - quad.x0()) * s;
    double topY = quad.y0() + (quad.y1() - quad.y0()) * s;
    double botX = quad.x3() + (quad.x2() - quad.x3()) * s;
    double botY = quad.y3() + (quad.y2() - quad.y3()) * s;
    return new double[] {topX + (botX - topX) * t, topY + (botY - topY) * t};
  }

  /**
   * The image-pixel corners of the final-crop strip {@code [left, right]} spanning the crop's full
   * height.
   */
  Quad stripToImage(double left, double right) {
    double[] tl = toImage(left, 0);
    double[] tr = toImage(right, 0);
    double[] br = toImage(right, height());
    double[] bl = toImage(left, height());
    return new Quad(tl[0], tl[1], tr[0], tr[1], br[0], br[1], bl[0], bl[1]);
  }
}
