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
 * <p><b>Faint lone glyphs.</b> The same probability map is read a second time with lower thresholds
 * ({@value #FAINT_THRESHOLD} and {@value #FAINT_BOX_THRESHOLD} instead of PaddleOCR's 0.3 and 0.6),
 * and the boxes found only then are kept when they hold a glyph alone ({@link LoneGlyphs#isLone})
 * and lie outside the first boxes (under {@value #FAINT_OVERLAP} of their area covered): a
 * receipt's faint {@code :} between a label and its value, or a quantity {@code 1}, scores under
 * PaddleOCR's box threshold. No second model run. Measured in docs/ocr.md ("Lone glyphs and words
 * set close").
 *
 * <p>Thread-safe; does not own the model.
 */
final class TextDetector {

  private static final float[] MEAN = {0.485f, 0.456f, 0.406f};
  private static final float[] STD = {0.229f, 0.224f, 0.225f};

  private final OnnxModel model;
  private final int limitSideLen;

  /** Probability threshold of the second reading of the map. */
  static final double FAINT_THRESHOLD = 0.2;

  /** Box threshold of the second reading of the map. */
  static final double FAINT_BOX_THRESHOLD = 0.3;

  /** A faint box more than this share of whose area lies in first boxes is left out. */
  static final double FAINT_OVERLAP = 0.2;

  private final DbPostProcessor post;
  private final DbPostProcessor faint;

  /**
   * @param post PaddleOCR's post-processing
   * @param faint the second, lower-threshold reading of the same map, or null for none
   */
  TextDetector(OnnxModel model, int limitSideLen, DbPostProcessor post, DbPostProcessor faint) {
    this.model = model;
    this.limitSideLen = limitSideLen;
    this.post = post;
    this.faint = faint;
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
    if (faint != null) {
      boxes = withFaintLoneGlyphs(boxes, faint.boxes(out.data(), mw, mh, bgr.cols(), bgr.rows()));
    }
    return sorted(boxes);
  }

  /** {@code boxes} and those of {@code faintBoxes} that are lone glyphs outside them. */
  static List<Quad> withFaintLoneGlyphs(List<Quad> boxes, List<Quad> faintBoxes) {
    double lineHeight = LoneGlyphs.lineHeight(boxes);
    List<Quad> all = new ArrayList<>(boxes);
    for (Quad q : faintBoxes) {
      if (LoneGlyphs.isLone(q, lineHeight) && coveredShare(q, boxes) < FAINT_OVERLAP) {
        all.add(q);
      }
    }
    return all;
  }

  /** Share of {@code q}'s bounding rectangle inside the bounding rectangles of {@code boxes}. */
  static double coveredShare(Quad q, List<Quad> boxes) {
    double area = (q.maxX() - q.minX()) * (q.maxY() - q.minY());
    if (!(area > 0)) {
      return 1;
    }
    double covered = 0;
    for (Quad b : boxes) {
      double w = Math.min(q.maxX(), b.maxX()) - Math.max(q.minX(), b.minX());
      double h = Math.min(q.maxY(), b.maxY()) - Math.max(q.minY(), b.minY());
      if (w > 0 && h > 0) {
        covered += w * h;
      }
    }
    return Math.min(1, covered / area);
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
