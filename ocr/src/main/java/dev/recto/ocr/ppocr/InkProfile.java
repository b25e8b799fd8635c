package dev.recto.ocr.ppocr;

import org.opencv.core.Mat;

/**
 * Which columns (and pixels) of a line image hold ink. Pixels are split into two classes by Otsu's
 * threshold on their gray value; the smaller class is ink (so light-on-dark text works too). Only
 * the middle rows ({@value #BAND_TOP} to {@value #BAND_BOTTOM} of the height) count, so that
 * descenders and ascenders of neighbouring lines caught in the crop do not fill the gaps between
 * words. A crop whose gray values span less than {@value #MIN_CONTRAST} levels has no ink.
 * Stateless and thread-safe.
 */
final class InkProfile {

  static final double BAND_TOP = 0.15;
  static final double BAND_BOTTOM = 0.85;
  static final int MIN_CONTRAST = 48;

  private InkProfile() {}

  /** The ink columns of an 8-bit BGR image. */
  static boolean[] columns(Mat bgr) {
    return of(bgr).columns();
  }

  /**
   * The ink of an 8-bit BGR image: its columns (from the middle band, as above) and every pixel
   * (the same threshold applied to all rows).
   */
  static LineInk of(Mat bgr) {
    int w = bgr.cols();
    int h = bgr.rows();
    byte[] px = new byte[w * h * 3];
    bgr.get(0, 0, px);
    int y0 = (int) Math.floor(h * BAND_TOP);
    int y1 = Math.max(y0 + 1, (int) Math.ceil(h * BAND_BOTTOM));
    int[] gray = new int[w * h];
    int[] hist = new int[256];
    int bandPixels = w * (y1 - y0);
    int min = 255;
    int max = 0;
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        int p = (y * w + x) * 3;
        int g = ((px[p] & 0xff) + (px[p + 1] & 0xff) + (px[p + 2] & 0xff)) / 3;
        gray[y * w + x] = g;
        if (y >= y0 && y < y1) {
          hist[g]++;
          min = Math.min(min, g);
          max = Math.max(max, g);
        }
      }
    }
    boolean[] columns = new boolean[w];
    boolean[] pixels = new boolean[w * h];
    if (max - min < MIN_CONTRAST) {
      return new LineInk(columns, pixels, w, h);
    }
    int t = otsu(hist, bandPixels);
    long dark = 0;
    for (int g = 0; g <= t; g++) {
      dark += hist[g];
    }
    boolean darkInk = dark * 2 <= bandPixels;
    for (int i = 0; i < gray.length; i++) {
      if ((gray[i] <= t) == darkInk) {
        pixels[i] = true;
        int y = i / w;
        if (y >= y0 && y < y1) {
          columns[i % w] = true;
        }
      }
    }
    return new LineInk(columns, pixels, w, h);
  }

  /** Otsu's threshold: values {@code <= t} form the first class. */
  static int otsu(int[] hist, int total) {
    double sumAll = 0;
    for (int i = 0; i < 256; i++) {
      sumAll += (double) i * hist[i];
    }
    double sumB = 0;
    long wB = 0;
    double best = -1;
    int threshold = 127;
    for (int t = 0; t < 256; t++) {
      wB += hist[t];
      if (wB == 0) {
        continue;
      }
      long wF = total - wB;
      if (wF == 0) {
        break;
      }
      sumB += (double) t * hist[t];
      double mB = sumB / wB;
      double mF = (sumAll - sumB) / wF;
      double between = (double) wB * wF * (mB - mF) * (mB - mF);
      if (between > best) {
        best = between;
        threshold = t;
      }
    }
    return threshold;
  }
}
