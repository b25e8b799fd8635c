package dev.recto.ocr.ppocr;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.MatOfPoint;
import org.opencv.core.MatOfPoint2f;
import org.opencv.core.Point;
import org.opencv.core.RotatedRect;
import org.opencv.core.Scalar;
import org.opencv.core.Size;
import org.opencv.imgproc.Imgproc;

/**
 * Turns a DB (differentiable binarization) text probability map into text boxes, following
 * PaddleOCR's {@code DBPostProcess} ({@code ppocr/postprocess/db_postprocess.py}, box type {@code
 * quad}, score mode {@code fast}): threshold the map, find the contours (OpenCV), take each
 * contour's minimum-area rectangle, drop those whose short side is under {@value #MIN_SIZE} pixels
 * or whose mean probability inside the rectangle is under the box threshold, grow the rectangle by
 * {@code area * unclipRatio / perimeter} on every side, drop it when its short side is now under
 * {@value #MIN_SIZE}{@code + 2}, and scale it to the image.
 *
 * <p>PaddleOCR grows the polygon with pyclipper's round-joined offset and then takes the
 * minimum-area rectangle again; for a rectangle that is exactly the rectangle grown by the offset
 * on each side, which is what this class computes, without a polygon-clipping library.
 *
 * <p>Immutable and thread-safe; every OpenCV {@link Mat} it creates is released before it returns.
 * Needs the OpenCV natives loaded ({@link OpenCvNatives#ensureLoaded()}).
 */
final class DbPostProcessor {

  /** PaddleOCR's {@code self.min_size = 3}. */
  static final int MIN_SIZE = 3;

  private final double threshold;
  private final double boxThreshold;
  private final double unclipRatio;
  private final int maxCandidates;

  DbPostProcessor(double threshold, double boxThreshold, double unclipRatio, int maxCandidates) {
    this.threshold = threshold;
    this.boxThreshold = boxThreshold;
    this.unclipRatio = unclipRatio;
    this.maxCandidates = maxCandidates;
  }

  /**
   * The boxes in {@code prob}, scaled to an image of {@code destWidth x destHeight} pixels.
   *
   * @param prob probabilities, row-major, {@code prob[y * width + x]}
   * @param width map width
   * @param height map height
   */
  List<Quad> boxes(float[] prob, int width, int height, int destWidth, int destHeight) {
    if (prob.length < width * height) {
      throw new IllegalArgumentException("probability map smaller than " + width + "x" + height);
    }
    byte[] bits = new byte[width * height];
    for (int i = 0; i < bits.length; i++) {
      bits[i] = prob[i] > threshold ? (byte) 255 : 0;
    }
    List<MatOfPoint> contours = new ArrayList<>();
    Mat bitmap = new Mat(height, width, CvType.CV_8UC1);
    Mat hierarchy = new Mat();
    try {
      bitmap.put(0, 0, bits);
      Imgproc.findContours(
          bitmap, contours, hierarchy, Imgproc.RETR_LIST, Imgproc.CHAIN_APPROX_SIMPLE);
      List<Quad> out = new ArrayList<>();
      int n = Math.min(contours.size(), maxCandidates);
      for (int i = 0; i < n; i++) {
        Quad box = boxOf(contours.get(i), prob, width, height, destWidth, destHeight);
        if (box != null) {
          out.add(box);
        }
      }
      return out;
    } finally {
      bitmap.release();
      hierarchy.release();
      contours.forEach(Mat::release);
    }
  }

  private Quad boxOf(
      MatOfPoint contour, float[] prob, int width, int height, int destWidth, int destHeight) {
    RotatedRect rect;
    MatOfPoint2f points = new MatOfPoint2f(contour.toArray());
    try {
      rect = Imgproc.minAreaRect(points);
    } finally {
      points.release();
    }
    if (Math.min(rect.size.width, rect.size.height) < MIN_SIZE) {
      return null;
    }
    Point[] corners = ordered(rect);
    double score = meanInside(corners, prob, width, height);
    if (score < boxThreshold) {
      return null;
    }
    double w = rect.size.width;
    double h = rect.size.height;
    double offset = w * h * unclipRatio / (2 * (w + h));
    RotatedRect grown =
        new RotatedRect(rect.center, new Size(w + 2 * offset, h + 2 * offset), rect.angle);
    if (Math.min(grown.size.width, grown.size.height) < MIN_SIZE + 2) {
      return null;
    }
    Point[] g = ordered(grown);
    double sx = (double) destWidth / width;
    double sy = (double) destHeight / height;
    double[] c = new double[8];
    for (int k = 0; k < 4; k++) {
      c[2 * k] = clamp(Math.round(g[k].x * sx), 0, destWidth);
      c[2 * k + 1] = clamp(Math.round(g[k].y * sy), 0, destHeight);
    }
    return new Quad(c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]);
  }

  /**
   * The rectangle's corners as top-left, top-right, bottom-right, bottom-left, chosen as
   * PaddleOCR's {@code get_mini_boxes} does: of the two left-most corners the upper is top-left, of
   * the two right-most the upper is top-right.
   */
  static Point[] ordered(RotatedRect rect) {
    Point[] p = new Point[4];
    rect.points(p);
    Arrays.sort(p, Comparator.comparingDouble(q -> q.x));
    Point tl = p[0].y <= p[1].y ? p[0] : p[1];
    Point bl = p[0].y <= p[1].y ? p[1] : p[0];
    Point tr = p[2].y <= p[3].y ? p[2] : p[3];
    Point br = p[2].y <= p[3].y ? p[3] : p[2];
    return new Point[] {tl, tr, br, bl};
  }

  /** Mean probability inside the polygon ({@code box_score_fast}). */
  static double meanInside(Point[] poly, float[] prob, int width, int height) {
    double minX = Double.MAX_VALUE;
    double maxX = -Double.MAX_VALUE;
    double minY = Double.MAX_VALUE;
    double maxY = -Double.MAX_VALUE;
    for (Point q : poly) {
      minX = Math.min(minX, q.x);
      maxX = Math.max(maxX, q.x);
      minY = Math.min(minY, q.y);
      maxY = Math.max(maxY, q.y);
    }
    int x0 = (int) clamp(Math.floor(minX), 0, width - 1);
    int x1 = (int) clamp(Math.ceil(maxX), 0, width - 1);
    int y0 = (int) clamp(Math.floor(minY), 0, height - 1);
    int y1 = (int) clamp(Math.ceil(maxY), 0, height - 1);
    int mw = x1 - x0 + 1;
    int mh = y1 - y0 + 1;
    Point[] shifted = new Point[poly.length];
    for (int k = 0; k < poly.length; k++) {
      shifted[k] = new Point(poly[k].x - x0, poly[k].y - y0);
    }
    Mat mask = Mat.zeros(mh, mw, CvType.CV_8UC1);
    MatOfPoint polygon = new MatOfPoint();
    try {
      polygon.fromArray(toIntPoints(shifted));
      Imgproc.fillPoly(mask, List.of(polygon), new Scalar(1));
      byte[] m = new byte[mw * mh];
      mask.get(0, 0, m);
      double sum = 0;
      int count = 0;
      for (int y = 0; y < mh; y++) {
        for (int x = 0; x < mw; x++) {
          if (m[y * mw + x] != 0) {
            sum += prob[(y + y0) * width + x + x0];
            count++;
          }
        }
      }
      return count == 0 ? 0 : sum / count;
    } finally {
      mask.release();
      polygon.release();
    }
  }

  /** PaddleOCR casts the shifted box to int32 before {@code cv2.fillPoly}. */
  private static Point[] toIntPoints(Point[] p) {
    Point[] out = new Point[p.length];
    for (int k = 0; k < p.length; k++) {
      out[k] = new Point((int) p[k].x, (int) p[k].y);
    }
    return out;
  }

  private static double clamp(double v, double lo, double hi) {
    return Math.max(lo, Math.min(hi, v));
  }
}
