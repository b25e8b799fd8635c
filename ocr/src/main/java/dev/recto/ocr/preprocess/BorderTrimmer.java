package dev.recto.ocr.preprocess;

import java.awt.image.BufferedImage;
import java.util.Objects;

/**
 * Whitens dark bands along the edges of a scan, keeping the image size so that coordinates do not
 * shift.
 *
 * <p>Scanners and phone photos often leave a dark frame (the scanner lid, the table under a
 * receipt). Tesseract's page layout analysis can take such a frame for one huge image region and
 * then return no words at all for a page that looks clean; measured on SROIE receipts whose first
 * pixel rows are dark, whitening the frame brings the words back. Use it before any OCR engine.
 *
 * <p>A row (or column) is <em>dark</em> when its mean gray value is below {@link #DARK_MEAN} or
 * more than {@link #DARK_SHARE} of its pixels are darker than {@link #DARK_PIXEL}. From each edge,
 * the run of consecutive dark rows (columns) that touches the edge is a band and is set to white
 * (255). Rows are looked at first; columns only over the rows left between the top and bottom
 * bands. A band wider than {@link #MAX_BAND_FRACTION} of the image side is left alone: that is a
 * dark page or a photo, not a frame.
 *
 * <p>Stateless and thread-safe; one instance may serve all threads. The images it is given are
 * owned by the caller.
 *
 * <pre>{@code
 * GrayImage gray = GrayImage.of(page.image());
 * BorderTrimmer.Bands bands = new BorderTrimmer().whiten(gray); // gray changed in place
 * }</pre>
 */
public final class BorderTrimmer {

  /** A line whose mean gray value (0..255) is below this is dark. */
  public static final int DARK_MEAN = 100;

  /** A pixel darker than this gray value (0..255) counts as a dark pixel. */
  public static final int DARK_PIXEL = 128;

  /** A line with more than this share of dark pixels is dark. */
  public static final double DARK_SHARE = 0.9;

  /** Bands covering more than this fraction of the image's height (width) are not whitened. */
  public static final double MAX_BAND_FRACTION = 0.25;

  /**
   * The bands that were whitened, in pixels from each edge; all zero when nothing was changed.
   *
   * @param top rows whitened at the top
   * @param bottom rows whitened at the bottom
   * @param left columns whitened at the left
   * @param right columns whitened at the right
   */
  public record Bands(int top, int bottom, int left, int right) {
    public static final Bands NONE = new Bands(0, 0, 0, 0);

    public Bands {
      if (top < 0 || bottom < 0 || left < 0 || right < 0) {
        throw new IllegalArgumentException("band widths must be >= 0");
      }
    }

    /** Whether any band was whitened. */
    public boolean any() {
      return top + bottom + left + right > 0;
    }

    /**
     * Sets these bands to white (255 in every channel) in an interleaved 8-bit raster, e.g. the RGB
     * bytes of the color image the bands were found on.
     *
     * @param pixels row-major, {@code channels} bytes per pixel, no row padding; changed in place
     */
    public void fill(byte[] pixels, int width, int height, int channels) {
      if ((long) width * height * channels != pixels.length) {
        throw new IllegalArgumentException("raster size does not match " + width + " x " + height);
      }
      if (top + bottom > height || left + right > width) {
        throw new IllegalArgumentException("bands " + this + " exceed " + width + " x " + height);
      }
      int row = width * channels;
      BorderTrimmer.fill(pixels, 0, top * row);
      BorderTrimmer.fill(pixels, (height - bottom) * row, height * row);
      for (int y = top; y < height - bottom; y++) {
        BorderTrimmer.fill(pixels, y * row, y * row + left * channels);
        BorderTrimmer.fill(pixels, y * row + (width - right) * channels, (y + 1) * row);
      }
    }
  }

  /** Whitens the dark border bands of {@code image} in place and says which it whitened. */
  public Bands whiten(GrayImage image) {
    Bands bands = find(image);
    bands.fill(image.pixels(), image.width(), image.height(), 1);
    return bands;
  }

  /** The dark border bands of {@code image}, without changing it. */
  public Bands find(GrayImage image) {
    Objects.requireNonNull(image, "image");
    int w = image.width();
    int h = image.height();
    byte[] px = image.pixels();
    int maxRows = (int) (h * MAX_BAND_FRACTION);
    int maxCols = (int) (w * MAX_BAND_FRACTION);

    int top = band(h, maxRows, i -> isDark(px, i * w, 1, w));
    int bottom = band(h, maxRows, i -> isDark(px, (h - 1 - i) * w, 1, w));
    int y0 = top;
    int y1 = h - bottom;
    int rows = y1 - y0;
    int left = rows <= 0 ? 0 : band(w, maxCols, i -> isDark(px, y0 * w + i, w, rows));
    int right = rows <= 0 ? 0 : band(w, maxCols, i -> isDark(px, y0 * w + (w - 1 - i), w, rows));

    return new Bands(top, bottom, left, right);
  }

  /**
   * A gray copy of {@code image} with its dark border bands whitened; the image is not changed. The
   * copy has the same size.
   */
  public BufferedImage whitened(BufferedImage image) {
    GrayImage gray = GrayImage.of(image);
    whiten(gray);
    return gray.toBufferedImage();
  }

  private interface LineTest {
    boolean dark(int index);
  }

  /** Length of the run of dark lines from an edge, or 0 when it exceeds {@code max}. */
  private static int band(int lines, int max, LineTest test) {
    int n = 0;
    while (n < lines && test.dark(n)) {
      n++;
      if (n > max) {
        return 0;
      }
    }
    return n;
  }

  /** Whether the {@code count} pixels starting at {@code start}, {@code step} apart, are dark. */
  private static boolean isDark(byte[] px, int start, int step, int count) {
    long sum = 0;
    int darkPixels = 0;
    for (int i = 0, p = start; i < count; i++, p += step) {
      int v = px[p] & 0xff;
      sum += v;
      if (v < DARK_PIXEL) {
        darkPixels++;
      }
    }
    return sum < (long) DARK_MEAN * count || darkPixels > DARK_SHARE * count;
  }

  private static void fill(byte[] px, int from, int to) {
    for (int i = from; i < to; i++) {
      px[i] = (byte) 0xff;
    }
  }
}
