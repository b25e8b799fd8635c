package dev.recto.ocr.ppocr;

import org.opencv.core.Mat;
import org.opencv.core.Size;
import org.opencv.imgproc.Imgproc;

/**
 * Smooths a line crop that was enlarged to the recognizer's input height. A crop scaled up by
 * {@link #MIN_SCALE} or more (small print: a 150-dpi page, a receipt photographed whole, dot-matrix
 * print) gets a Gaussian blur of {@link #SIGMA} pixels at the model's 48-pixel height; crops near
 * or below their own size are left sharp. The recognizer reads smoothed small print better: it
 * joins the dots of dot-matrix glyphs and the stair-steps of bilinear enlargement, which it
 * otherwise takes for other letters ({@code GST} read {@code CST}, {@code RM} read {@code RH}). The
 * figures behind the two values are in {@code docs/ocr.md}, "Small print smoothed before
 * recognition". Stateless and thread-safe.
 */
final class UpscaleSmoothing {

  /** Scale factor (model height over crop height) from which a crop is smoothed. */
  static final double MIN_SCALE = 1.15;

  /** Standard deviation of the blur, in pixels of the resized crop (48 pixels high). */
  static final double SIGMA = 1.0;

  private UpscaleSmoothing() {}

  /** Whether a crop {@code sourceRows} high, resized to {@code resizedRows}, is smoothed. */
  static boolean applies(int sourceRows, int resizedRows) {
    return sourceRows > 0 && resizedRows >= MIN_SCALE * sourceRows;
  }

  /**
   * The resized crop, smoothed when {@link #applies} holds. Takes ownership of {@code resized}:
   * when a new Mat is returned, {@code resized} has been released; the caller owns the result.
   *
   * @param resized the crop at the model's input height, BGR
   * @param sourceRows the crop's height before resizing, in pixels
   */
  static Mat smooth(Mat resized, int sourceRows) {
    if (!applies(sourceRows, resized.rows())) {
      return resized;
    }
    Mat blurred = new Mat();
    try {
      Imgproc.GaussianBlur(resized, blurred, new Size(0, 0), SIGMA);
    } catch (RuntimeException e) {
      blurred.release();
      throw e;
    } finally {
      resized.release();
    }
    return blurred;
  }
}
