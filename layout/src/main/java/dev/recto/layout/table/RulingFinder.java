package dev.recto.layout.table;

import dev.recto.core.model.BoundingBox;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds ruling lines inside one box of a page image by run lengths: a pixel row whose longest dark
 * run (small breaks bridged) covers at least half the box's width is ruled, and so is a pixel
 * column whose run covers half its height. Adjacent ruled rows form one stroke; a thin stroke is a
 * ruling at its centre, a thick one (a filled band such as a shaded header) gives its two edges.
 *
 * <p>Works on any image resolution; the image must show the whole page unrotated (page-relative box
 * {@code (0,0,1,1)} is the full image). Strokes of a scan skewed by more than about one degree
 * break into short runs and are not found; the table reader then relies on word alignment alone.
 *
 * <p>Stateless and thread-safe.
 */
public final class RulingFinder {

  /** Luminance (0-255) below which a pixel is ink. */
  static final int DARK = 170;

  /** A ruled row or column has a dark run of at least this share of the box's size. */
  static final double MIN_RUN_SHARE = 0.5;

  /** Breaks up to this many pixels inside a run are bridged (dashed or anti-aliased strokes). */
  static final int MAX_BREAK = 2;

  private RulingFinder() {}

  /**
   * The rulings inside {@code box} of {@code image}.
   *
   * @param image the whole page, any type and resolution
   * @param box page-relative box to search
   */
  public static Rulings find(BufferedImage image, BoundingBox box) {
    int w = image.getWidth();
    int h = image.getHeight();
    int x0 = clamp((int) Math.floor(box.left() * w), w);
    int x1 = clamp((int) Math.ceil(box.right() * w), w);
    int y0 = clamp((int) Math.floor(box.top() * h), h);
    int y1 = clamp((int) Math.ceil(box.bottom() * h), h);
    int bw = x1 - x0;
    int bh = y1 - y0;
    if (bw < 8 || bh < 8) {
      return Rulings.NONE;
    }
    boolean[][] dark = new boolean[bh][bw];
    int[] rgb = new int[bw];
    for (int y = 0; y < bh; y++) {
      image.getRGB(x0, y0 + y, bw, 1, rgb, 0, bw);
      for (int x = 0; x < bw; x++) {
        int p = rgb[x];
        int lum = (((p >> 16) & 0xff) * 299 + ((p >> 8) & 0xff) * 587 + (p & 0xff) * 114) / 1000;
        dark[y][x] = lum < DARK;
      }
    }
    boolean[] ruledRows = new boolean[bh];
    for (int y = 0; y < bh; y++) {
      ruledRows[y] = longestRun(dark, y, true, bw) >= MIN_RUN_SHARE * bw;
    }
    boolean[] ruledColumns = new boolean[bw];
    for (int x = 0; x < bw; x++) {
      ruledColumns[x] = longestRun(dark, x, false, bh) >= MIN_RUN_SHARE * bh;
    }
    // A stroke thicker than about 2 points is a filled band.
    int thinRows = Math.max(3, (int) Math.round(h / 842.0 * 2.5));
    int thinColumns = Math.max(3, (int) Math.round(w / 595.0 * 2.5));
    List<Double> horizontal = new ArrayList<>();
    for (double[] s : strokes(ruledRows, thinRows)) {
      for (double v : s) {
        horizontal.add((y0 + v) / h);
      }
    }
    List<Double> vertical = new ArrayList<>();
    for (double[] s : strokes(ruledColumns, thinColumns)) {
      if (s.length == 1) {
        vertical.add((x0 + s[0]) / w);
      }
    }
    return new Rulings(horizontal, vertical);
  }

  /**
   * Strokes of consecutive ruled positions: a thin one as its centre, a thick one as its two edges
   * (positions in pixels from the box's origin, centres of pixels).
   */
  private static List<double[]> strokes(boolean[] ruled, int thin) {
    List<double[]> out = new ArrayList<>();
    int i = 0;
    while (i < ruled.length) {
      if (!ruled[i]) {
        i++;
        continue;
      }
      int start = i;
      while (i < ruled.length && ruled[i]) {
        i++;
      }
      int end = i; // exclusive
      if (end - start <= thin) {
        out.add(new double[] {(start + end) / 2.0});
      } else {
        out.add(new double[] {start, end});
      }
    }
    return out;
  }

  /**
   * The longest run of dark pixels along one row ({@code horizontal}) or column, breaks bridged.
   */
  private static int longestRun(boolean[][] dark, int index, boolean horizontal, int length) {
    int best = 0;
    int runStart = -1;
    int lastDark = -1;
    for (int i = 0; i < length; i++) {
      boolean d = horizontal ? dark[index][i] : dark[i][index];
      if (!d) {
        continue;
      }
      if (runStart < 0 || i - lastDark - 1 > MAX_BREAK) {
        runStart = i;
      }
      lastDark = i;
      best = Math.max(best, lastDark - runStart + 1);
    }
    return best;
  }

  private static int clamp(int v, int size) {
    return Math.max(0, Math.min(size, v));
  }
}
