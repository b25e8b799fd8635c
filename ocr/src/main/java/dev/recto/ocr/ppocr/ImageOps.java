package dev.recto.ocr.ppocr;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import org.opencv.core.CvType;
import org.opencv.core.Mat;
import org.opencv.core.MatOfPoint2f;
import org.opencv.core.Point;
import org.opencv.core.Size;
import org.opencv.imgproc.Imgproc;

/**
 * Image conversions shared by the PP-OCR stages. Channel order is BGR, as PaddleOCR reads images
 * with {@code cv2.imread} and its models were trained on BGR input. Stateless and thread-safe;
 * every returned {@link Mat} is owned (and must be released) by the caller.
 */
final class ImageOps {

  private ImageOps() {}

  /** The image as an 8-bit 3-channel BGR Mat. */
  static Mat toBgr(BufferedImage image) {
    BufferedImage bgr = image;
    if (image.getType() != BufferedImage.TYPE_3BYTE_BGR) {
      bgr = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_3BYTE_BGR);
      Graphics2D g = bgr.createGraphics();
      try {
        g.drawImage(image, 0, 0, null);
      } finally {
        g.dispose();
      }
    }
    byte[] pixels = ((DataBufferByte) bgr.getRaster().getDataBuffer()).getData();
    Mat mat = new Mat(bgr.getHeight(), bgr.getWidth(), CvType.CV_8UC3);
    mat.put(0, 0, pixels);
    return mat;
  }

  /** {@code src} resized to {@code width x height} with bilinear interpolation. */
  static Mat resize(Mat src, int width, int height) {
    Mat dst = new Mat();
    Imgproc.resize(src, dst, new Size(width, height), 0, 0, Imgproc.INTER_LINEAR);
    return dst;
  }

  /**
   * The quad warped to an upright rectangle of its own width and height (PaddleOCR's {@code
   * get_rotate_crop_image}: cubic interpolation, replicated border).
   */
  static Mat warp(Mat image, Quad q, int width, int height) {
    MatOfPoint2f src =
        new MatOfPoint2f(
            new Point(q.x0(), q.y0()),
            new Point(q.x1(), q.y1()),
            new Point(q.x2(), q.y2()),
            new Point(q.x3(), q.y3()));
    MatOfPoint2f dst =
        new MatOfPoint2f(
            new Point(0, 0), new Point(width, 0), new Point(width, height), new Point(0, height));
    Mat m = Imgproc.getPerspectiveTransform(src, dst);
    try {
      Mat out = new Mat();
      Imgproc.warpPerspective(
          image,
          out,
          m,
          new Size(width, height),
          Imgproc.INTER_CUBIC,
          org.opencv.core.Core.BORDER_REPLICATE);
      return out;
    } finally {
      m.release();
      src.release();
      dst.release();
    }
  }

  /**
   * Writes a BGR 8-bit image into {@code out} as planar CHW floats, {@code (x / 255 - mean[c]) /
   * std[c]}, starting at {@code offset}, into a plane of {@code planeWidth x height} (columns past
   * the image's width are left as they are: zero padding).
   */
  static void normalizeInto(
      Mat bgr, float[] out, int offset, int planeWidth, float[] mean, float[] std) {
    int w = bgr.cols();
    int h = bgr.rows();
    byte[] px = new byte[w * h * 3];
    bgr.get(0, 0, px);
    int plane = planeWidth * h;
    float[] scale = new float[3];
    float[] shift = new float[3];
    for (int c = 0; c < 3; c++) {
      scale[c] = 1f / (255f * std[c]);
      shift[c] = mean[c] / std[c];
    }
    for (int y = 0; y < h; y++) {
      int row = offset + y * planeWidth;
      int src = y * w * 3;
      for (int x = 0; x < w; x++) {
        int p = src + x * 3;
        out[row + x] = (px[p] & 0xff) * scale[0] - shift[0];
        out[plane + row + x] = (px[p + 1] & 0xff) * scale[1] - shift[1];
        out[2 * plane + row + x] = (px[p + 2] & 0xff) * scale[2] - shift[2];
      }
    }
  }
}
