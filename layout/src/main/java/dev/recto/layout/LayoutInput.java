package dev.recto.layout;

import java.awt.image.BufferedImage;
import java.util.Objects;

/**
 * The layout model's input: a page image turned into a fixed {@value #WIDTH} x {@value #HEIGHT}
 * grey "ink" raster, the same code for training data and for inference.
 *
 * <p>Steps: luma {@code (299 R + 587 G + 114 B) / 1000} per pixel; an area-average resample of the
 * whole page to {@value #WIDTH} x {@value #HEIGHT} (each output pixel is the mean of the source
 * pixels it covers, with fractional weights at its edges, so a 72-dpi rendering and a 300-dpi scan
 * of the same page give nearly the same raster); ink {@code = (255 - grey)}, rounded to a byte. The
 * model sees {@code ink / 255} as one float channel. The page's aspect ratio is not kept: the
 * raster always spans the whole page, so a raster pixel {@code (x, y)} is at page-relative {@code
 * ((x + 0.5) / WIDTH, (y + 0.5) / HEIGHT)}.
 *
 * <p>Stateless and thread-safe.
 */
public final class LayoutInput {

  /** Raster width in pixels. */
  public static final int WIDTH = 384;

  /** Raster height in pixels. */
  public static final int HEIGHT = 512;

  private LayoutInput() {}

  /** The ink raster, {@code WIDTH * HEIGHT} bytes row by row, 0 = white, 255 = black. */
  public static byte[] ink(BufferedImage image) {
    Objects.requireNonNull(image, "image");
    int w = image.getWidth();
    int h = image.getHeight();
    float[] grey = new float[w * h];
    int[] row = new int[w];
    for (int y = 0; y < h; y++) {
      image.getRGB(0, y, w, 1, row, 0, w);
      for (int x = 0; x < w; x++) {
        int p = row[x];
        int r = (p >> 16) & 0xff;
        int g = (p >> 8) & 0xff;
        int b = p & 0xff;
        grey[y * w + x] = (299 * r + 587 * g + 114 * b) / 1000f;
      }
    }
    float[] horizontal = resampleRows(grey, w, h, WIDTH);
    float[] both = resampleColumns(horizontal, WIDTH, h, HEIGHT);
    byte[] out = new byte[WIDTH * HEIGHT];
    for (int i = 0; i < out.length; i++) {
      int v = Math.round(255f - both[i]);
      out[i] = (byte) Math.max(0, Math.min(255, v));
    }
    return out;
  }

  /** The model's input tensor values ({@code ink / 255}), {@code WIDTH * HEIGHT} floats. */
  public static float[] tensor(BufferedImage image) {
    byte[] ink = ink(image);
    float[] out = new float[ink.length];
    for (int i = 0; i < ink.length; i++) {
      out[i] = (ink[i] & 0xff) / 255f;
    }
    return out;
  }

  private static float[] resampleRows(float[] src, int w, int h, int outW) {
    float[] out = new float[outW * h];
    double scale = (double) w / outW;
    for (int ox = 0; ox < outW; ox++) {
      double x0 = ox * scale;
      double x1 = x0 + scale;
      int first = (int) Math.floor(x0);
      int last = Math.min(w - 1, (int) Math.ceil(x1) - 1);
      for (int y = 0; y < h; y++) {
        double sum = 0;
        double weight = 0;
        for (int x = first; x <= last; x++) {
          double cover = Math.min(x1, x + 1) - Math.max(x0, x);
          if (cover > 0) {
            sum += cover * src[y * w + x];
            weight += cover;
          }
        }
        out[y * outW + ox] = (float) (weight > 0 ? sum / weight : 255);
      }
    }
    return out;
  }

  private static float[] resampleColumns(float[] src, int w, int h, int outH) {
    float[] out = new float[w * outH];
    double scale = (double) h / outH;
    double[] acc = new double[w];
    for (int oy = 0; oy < outH; oy++) {
      double y0 = oy * scale;
      double y1 = y0 + scale;
      int first = (int) Math.floor(y0);
      int last = Math.min(h - 1, (int) Math.ceil(y1) - 1);
      java.util.Arrays.fill(acc, 0);
      double weight = 0;
      for (int y = first; y <= last; y++) {
        double cover = Math.min(y1, y + 1) - Math.max(y0, y);
        if (cover <= 0) {
          continue;
        }
        weight += cover;
        for (int x = 0; x < w; x++) {
          acc[x] += cover * src[y * w + x];
        }
      }
      for (int x = 0; x < w; x++) {
        out[oy * w + x] = (float) (weight > 0 ? acc[x] / weight : 255);
      }
    }
    return out;
  }
}
