package dev.recto.ocr.preprocess;

import java.awt.image.BufferedImage;
import java.awt.image.ComponentSampleModel;
import java.awt.image.DataBufferByte;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.util.Objects;

/**
 * An 8-bit gray raster: one byte per pixel, row-major, no padding between rows, 0 black and 255
 * white. The form OCR engines and preprocessing steps exchange pixels in.
 *
 * <p>Pixel {@code (x, y)} is at index {@code y * width + x}, top-left origin, the same pixel grid
 * as the image it was made from, so boxes found on it map back to the page unchanged.
 *
 * <p><b>Mutable and not thread-safe.</b> {@link #pixels()} is the live array, not a copy: steps
 * such as {@link BorderTrimmer} change it in place. Whoever creates a GrayImage owns it; it holds
 * no native memory and needs no closing.
 */
public final class GrayImage {
  private final int width;
  private final int height;
  private final byte[] pixels;

  /**
   * Wraps a pixel array (not copied).
   *
   * @throws IllegalArgumentException when the size is not positive or the array length is not
   *     {@code width * height}
   */
  public GrayImage(int width, int height, byte[] pixels) {
    if (width <= 0 || height <= 0) {
      throw new IllegalArgumentException("size must be positive, was " + width + " x " + height);
    }
    Objects.requireNonNull(pixels, "pixels");
    if ((long) width * height != pixels.length) {
      throw new IllegalArgumentException(
          "expected " + ((long) width * height) + " pixels, got " + pixels.length);
    }
    this.width = width;
    this.height = height;
    this.pixels = pixels;
  }

  /**
   * A gray copy of an image; the image is not changed. Gray 8-bit images are copied as they are;
   * other images are converted with the Rec. 601 luma weights ({@code 0.299 R + 0.587 G + 0.114 B})
   * of their sRGB values, transparent pixels taken as drawn on white.
   */
  public static GrayImage of(BufferedImage image) {
    Objects.requireNonNull(image, "image");
    int w = image.getWidth();
    int h = image.getHeight();
    byte[] out = new byte[Math.multiplyExact(w, h)];
    if (image.getType() == BufferedImage.TYPE_BYTE_GRAY && copyGray(image.getRaster(), out)) {
      return new GrayImage(w, h, out);
    }
    boolean alpha = image.getColorModel().hasAlpha();
    int[] row = new int[w];
    for (int y = 0; y < h; y++) {
      image.getRGB(0, y, w, 1, row, 0, w);
      int base = y * w;
      for (int x = 0; x < w; x++) {
        out[base + x] = (byte) luma(row[x], alpha);
      }
    }
    return new GrayImage(w, h, out);
  }

  private static boolean copyGray(WritableRaster raster, byte[] out) {
    if (!(raster.getSampleModel() instanceof ComponentSampleModel sm)
        || !(raster.getDataBuffer() instanceof DataBufferByte buffer)
        || sm.getPixelStride() != 1
        || raster.getSampleModelTranslateX() != 0
        || raster.getSampleModelTranslateY() != 0) {
      return false;
    }
    int w = raster.getWidth();
    int h = raster.getHeight();
    int stride = sm.getScanlineStride();
    int offset = buffer.getOffset() + sm.getOffset(0, 0);
    byte[] data = buffer.getData();
    for (int y = 0; y < h; y++) {
      System.arraycopy(data, offset + y * stride, out, y * w, w);
    }
    return true;
  }

  private static int luma(int argb, boolean alpha) {
    int r = (argb >>> 16) & 0xff;
    int g = (argb >>> 8) & 0xff;
    int b = argb & 0xff;
    int v = (299 * r + 587 * g + 114 * b + 500) / 1000;
    if (alpha) {
      int a = argb >>> 24;
      v = (v * a + 255 * (255 - a) + 127) / 255;
    }
    return v;
  }

  public int width() {
    return width;
  }

  public int height() {
    return height;
  }

  /** The live pixel array (see the class comment), {@code width * height} bytes. */
  public byte[] pixels() {
    return pixels;
  }

  /** The gray value 0..255 of pixel {@code (x, y)}. */
  public int get(int x, int y) {
    return pixels[y * width + x] & 0xff;
  }

  /** A new {@link BufferedImage#TYPE_BYTE_GRAY} image with a copy of the pixels. */
  public BufferedImage toBufferedImage() {
    BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
    Raster src =
        Raster.createInterleavedRaster(
            new DataBufferByte(pixels.clone(), pixels.length),
            width,
            height,
            width,
            1,
            new int[] {0},
            null);
    img.setData(src);
    return img;
  }
}
