package dev.recto.ocr.ppocr;

import org.opencv.core.Core;
import org.opencv.core.Mat;

/**
 * One text line cut out of the page: an upright BGR image and its {@link CropGeometry}. Owns its
 * {@link Mat}; {@link #close()} releases it. Not thread-safe.
 */
final class LineCrop implements AutoCloseable {

  private Mat image;
  private CropGeometry geometry;

  private LineCrop(Mat image, CropGeometry geometry) {
    this.image = image;
    this.geometry = geometry;
  }

  /**
   * Cuts {@code quad} out of {@code page} as PaddleOCR's {@code get_rotate_crop_image}: perspective
   * warp to the quad's own width and height, then, when {@code mayTurn}, a counter-clockwise
   * quarter turn if the crop is at least 1.5 times as tall as wide; {@code null} when the quad is
   * under one pixel.
   *
   * @param mayTurn whether a tall crop is vertical text to turn ({@link LoneGlyphs#mayTurn})
   */
  static LineCrop cut(Mat page, Quad quad, boolean mayTurn) {
    int w = (int) quad.width();
    int h = (int) quad.height();
    if (w < 1 || h < 1) {
      return null;
    }
    Mat warped = ImageOps.warp(page, quad, w, h);
    boolean turn = mayTurn && h >= 1.5 * w;
    if (turn) {
      Mat turned = new Mat();
      Core.rotate(warped, turned, Core.ROTATE_90_COUNTERCLOCKWISE);
      warped.release();
      warped = turned;
    }
    return new LineCrop(warped, new CropGeometry(quad, w, h, turn, false));
  }

  Mat image() {
    return image;
  }

  CropGeometry geometry() {
    return geometry;
  }

  /** Width over height of the crop. */
  double aspect() {
    return (double) image.cols() / image.rows();
  }

  /** Turns the crop 180° (the angle classifier found it upside down). */
  void flip() {
    Mat turned = new Mat();
    Core.rotate(image, turned, Core.ROTATE_180);
    image.release();
    image = turned;
    geometry = geometry.withFlipped(!geometry.flipped());
  }

  @Override
  public void close() {
    image.release();
  }
}
