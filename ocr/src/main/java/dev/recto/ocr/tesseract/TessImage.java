package dev.recto.ocr.tesseract;

import dev.recto.ocr.preprocess.BorderTrimmer;
import dev.recto.ocr.preprocess.GrayImage;
import java.awt.image.BufferedImage;

/**
 * The pixels handed to Tesseract: 8-bit gray for gray pages, packed 8-bit RGB for color pages
 * (Tesseract thresholds color itself, which on SROIE receipts reads more words than thresholding
 * our luma), in both cases with dark border bands whitened.
 *
 * @param pixels row-major, {@code bytesPerPixel} bytes per pixel, no row padding
 * @param bands the border bands that were whitened
 */
record TessImage(
    byte[] pixels, int width, int height, int bytesPerPixel, BorderTrimmer.Bands bands) {

  static TessImage of(BufferedImage image, BorderTrimmer trimmer) {
    GrayImage gray = GrayImage.of(image);
    BorderTrimmer.Bands bands = trimmer.find(gray);
    int w = gray.width();
    int h = gray.height();
    if (!image.getColorModel().getColorSpace().isCS_sRGB()
        || image.getColorModel().getNumColorComponents() == 1) {
      bands.fill(gray.pixels(), w, h, 1);
      return new TessImage(gray.pixels(), w, h, 1, bands);
    }
    byte[] rgb = new byte[Math.multiplyExact(Math.multiplyExact(w, h), 3)];
    boolean alpha = image.getColorModel().hasAlpha();
    int[] row = new int[w];
    for (int y = 0; y < h; y++) {
      image.getRGB(0, y, w, 1, row, 0, w);
      for (int x = 0, i = y * w * 3; x < w; x++, i += 3) {
        int argb = alpha ? onWhite(row[x]) : row[x];
        rgb[i] = (byte) (argb >>> 16);
        rgb[i + 1] = (byte) (argb >>> 8);
        rgb[i + 2] = (byte) argb;
      }
    }
    bands.fill(rgb, w, h, 3);
    return new TessImage(rgb, w, h, 3, bands);
  }

  private static int onWhite(int argb) {
    int a = argb >>> 24;
    int out = 0;
    for (int shift = 0; shift <= 16; shift += 8) {
      int c = (argb >>> shift) & 0xff;
      out |= ((c * a + 255 * (255 - a) + 127) / 255) << shift;
    }
    return out;
  }
}
