package dev.recto.ocr.ppocr;

import dev.recto.core.process.Deadline;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.opencv.core.Mat;

/**
 * Finds text lines on a page with the DB detector: pre-processing as PaddleOCR's {@code
 * DetResizeForTest} (limit type {@code max}: scale down so the long side is at most the limit, then
 * round each side to a multiple of 32, at least 32) and {@code NormalizeImage} (ImageNet mean
 * {@code [0.485, 0.456, 0.406]} and std {@code [0.229, 0.224, 0.225]} on {@code x / 255}), NCHW
 * float input; post-processing by {@link DbPostProcessor}; boxes sorted top-to-bottom,
 * left-to-right as PaddleOCR's {@code sorted_boxes}.
 *
 * <p>Thread-safe; does not own the model.
 */
final class TextDetector {

  private static final float[] MEAN = {0.485f, 0.456f, 0.406f};
  private static final float[] STD = {0.229f, 0.224f, 0.225f};

  private final OnnxModel model;
  private final int limitSideLen;
  private final DbPostProcessor post;

  TextDetector(OnnxModel model, int limitSideLen, DbPostProcessor post) {
    this.model = model;
    this.limitSideLen = limitSideLen;
    this.post = post;
  }

  /** Size the page is resized to before detection: {@code {width, height}}. */
  static int[] inputSize(int width, int height, int limitSideLen) {
    double ratio =
        Math.max(width, height) > limitSideLen
            ? (double) limitSideLen / Math.max(width, height)
            : 1.0;
    int h = Math.max((int) Math.round(height * ratio / 32) * 32, 32);
    int w = Math.max((int) Math.round(width * ratio / 32) * 32, 32);
    return new int[] {w, h};
  }

  /**
   * The text lines of a BGR page image, in image pixels, in reading order.
   *
   * @param deadline stops the model run when it passes, or null
   */
  List<Quad> detect(Mat bgr, StageClock clock, Deadline deadline) {
    int[] size = inputSize(bgr.cols(), bgr.rows(), limitSideLen);
    int w = size[0];
    int h = size[1];
    float[] input = new float[3 * w * h];
    Mat resized = ImageOps.resize(bgr, w, h);
    try {
      ImageOps.normalizeInto(resized, input, 0, w, MEAN, STD);
    } finally {
      resized.release();
    }
    long t0 = System.nanoTime();
    FloatTensor out = model.run(new FloatTensor(input, 1, 3, h, w), deadline);
    clock.addDetection(System.nanoTime() - t0);
    int mh = out.dim(out.rank() - 2);
    int mw = out.dim(out.rank() - 1);
    List<Quad> boxes = post.boxes(out.data(), mw, mh, bgr.cols(), bgr.rows());
    return sorted(boxes);
  }

  /**
   * PaddleOCR's {@code sorted_boxes}: by top-left y then x, then neighbours whose top-left y differ
   * by less than 10 pixels are ordered by x.
   */
  static List<Quad> sorted(List<Quad> boxes) {
    List<Quad> list = new ArrayList<>(boxes);
    list.sort(Comparator.comparingDouble(Quad::y0).thenComparingDouble(Quad::x0));
    for (int i = 0; i < list.size() - 1; i++) {
      for (int j = i; j >= 0; j--) {
        Quad a = list.get(j);
        Quad b = list.get(j + 1);
        if (Math.abs(b.y0() - a.y0()) < 10 && b.x0() < a.x0()) {
          list.set(j, b);
          list.set(j + 1, a);
        } else {
          break;
        }
      }
    }
    return list;
  }
}
