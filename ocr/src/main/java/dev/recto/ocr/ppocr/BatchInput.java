package dev.recto.ocr.ppocr;

import java.util.List;
import org.opencv.core.Mat;

/**
 * Builds a batch tensor of line crops as PaddleOCR's {@code resize_norm_img}: each crop is scaled
 * to the model height keeping its aspect ratio ({@code ceil(height * ratio)}, at most the batch
 * width), smoothed when asked and enlarged ({@link UpscaleSmoothing}; the ink profile is taken
 * before), normalized as {@code (x / 255 - 0.5) / 0.5} and padded with zeros on the right.
 * Stateless and thread-safe.
 */
final class BatchInput {

  private static final float[] HALF = {0.5f, 0.5f, 0.5f};

  private BatchInput() {}

  /**
   * @param crops the crops of the batch
   * @param height model input height
   * @param width batch input width
   * @param ink receives each crop's {@link InkProfile} at the resized width (before padding), or
   *     null when not wanted
   * @param smoothSmallPrint whether enlarged crops are smoothed ({@link UpscaleSmoothing})
   */
  static FloatTensor of(
      List<LineCrop> crops, int height, int width, LineInk[] ink, boolean smoothSmallPrint) {
    int n = crops.size();
    float[] data = new float[n * 3 * height * width];
    for (int i = 0; i < n; i++) {
      Mat img = crops.get(i).image();
      double ratio = (double) img.cols() / img.rows();
      int resizedW = (int) Math.min(width, Math.ceil(height * ratio));
      resizedW = Math.max(1, resizedW);
      Mat resized = ImageOps.resize(img, resizedW, height);
      try {
        if (ink != null) {
          ink[i] = InkProfile.of(resized);
        }
        if (smoothSmallPrint) {
          resized = UpscaleSmoothing.smooth(resized, img.rows());
        }
        ImageOps.normalizeInto(resized, data, i * 3 * height * width, width, HALF, HALF);
      } finally {
        resized.release();
      }
    }
    return new FloatTensor(data, n, 3, height, width);
  }
}
