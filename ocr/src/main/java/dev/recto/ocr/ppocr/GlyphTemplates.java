package dev.recto.ocr.ppocr;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.GeneralPath;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.GlyphData;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * Reference shapes of single characters, rendered once from a font, and a nearest-neighbour
 * comparison of an ink blob against them.
 *
 * <p><b>Shape.</b> A glyph (rendered, or a blob cut from a line's {@link LineInk}) is cropped to
 * its ink's bounding box and resampled to a {@value #GRID} x {@value #GRID} grid of ink coverage in
 * {@code [0,1]}; its aspect ratio (width over height of the box) is kept beside it. Two shapes are
 * compared by the normalized cross-correlation of their grids (zero mean, unit length) minus
 * {@value #ASPECT_WEIGHT} times the absolute log ratio of their aspects, so a score is at most 1.
 *
 * <p><b>Font.</b> Liberation Sans Regular, the font PDFBox carries for its own fallbacks ({@code
 * org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf} in the {@code pdfbox} jar, SIL Open
 * Font License), so no system font is needed; its glyph outlines are read with fontbox and filled
 * with Java2D, without {@code java.awt.Font} (whose font configuration on Linux looks up the host
 * name, which the offline pipeline test counts as a connection attempt). Each character is also
 * rendered bolder (outline stroked) and narrower and wider (x scale 0.8 and 1.25) to stand for
 * other sans-serif faces.
 *
 * <p>Immutable and thread-safe once built.
 */
final class GlyphTemplates {

  /** Side of the comparison grid, cells. */
  static final int GRID = 16;

  /** Weight of the aspect-ratio penalty. */
  static final double ASPECT_WEIGHT = 0.5;

  /** The PDFBox resource the references are rendered from. */
  static final String FONT_RESOURCE = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

  private static final int RENDER_SIZE = 64;

  private final List<Shape> shapes;

  private GlyphTemplates(List<Shape> shapes) {
    this.shapes = List.copyOf(shapes);
  }

  /**
   * References for each character of {@code characters} (code points), rendered from {@link
   * #FONT_RESOURCE}; characters the font lacks are left out.
   *
   * @throws IllegalStateException when the font resource is missing or unreadable
   */
  static GlyphTemplates render(String characters) {
    List<Shape> shapes = new ArrayList<>();
    try (InputStream in = GlyphTemplates.class.getResourceAsStream(FONT_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(
            "font resource " + FONT_RESOURCE + " not on the class path");
      }
      try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(in))) {
        CmapLookup cmap = font.getUnicodeCmapLookup();
        double scale = (double) RENDER_SIZE / font.getUnitsPerEm();
        for (int cp : characters.codePoints().toArray()) {
          int gid = cmap.getGlyphId(cp);
          GlyphData glyph = gid > 0 ? font.getGlyph().getGlyph(gid) : null;
          if (glyph == null) {
            continue;
          }
          String text = new String(Character.toChars(cp));
          for (double xScale : new double[] {1.0, 0.8, 1.25}) {
            for (boolean bold : new boolean[] {false, true}) {
              Shape shape = renderOne(text, glyph.getPath(), scale * xScale, scale, bold);
              if (shape != null) {
                shapes.add(shape);
              }
            }
          }
        }
      }
    } catch (IOException e) {
      throw new IllegalStateException("cannot read font " + FONT_RESOURCE, e);
    }
    return new GlyphTemplates(shapes);
  }

  /** Fills the outline (font units, y up) scaled to pixels, and takes its shape. */
  private static Shape renderOne(
      String text, GeneralPath outline, double xScale, double yScale, boolean bold) {
    java.awt.Shape scaled =
        AffineTransform.getScaleInstance(xScale, -yScale).createTransformedShape(outline);
    Rectangle2D bounds = scaled.getBounds2D();
    if (bounds.isEmpty()) {
      return null;
    }
    int pad = 4;
    int w = (int) Math.ceil(bounds.getWidth()) + 2 * pad;
    int h = (int) Math.ceil(bounds.getHeight()) + 2 * pad;
    java.awt.Shape placed =
        AffineTransform.getTranslateInstance(pad - bounds.getX(), pad - bounds.getY())
            .createTransformedShape(scaled);
    BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = img.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, w, h);
      g.setColor(Color.BLACK);
      g.fill(placed);
      if (bold) {
        g.setStroke(new BasicStroke(RENDER_SIZE * 0.05f));
        g.draw(placed);
      }
    } finally {
      g.dispose();
    }
    boolean[] mask = new boolean[w * h];
    byte[] px = new byte[w * h];
    img.getRaster().getDataElements(0, 0, w, h, px);
    for (int i = 0; i < px.length; i++) {
      mask[i] = (px[i] & 0xff) < 128;
    }
    return Shape.of(text, mask, w, 0, 0, w, h);
  }

  /** Calls {@code action} with each reference shape, in rendering order. */
  void forEachShape(java.util.function.Consumer<Shape> action) {
    shapes.forEach(action);
  }

  /** The best-scoring reference for {@code blob}, or null when there are none. */
  Match best(Shape blob) {
    Objects.requireNonNull(blob, "blob");
    Match best = null;
    for (Shape s : shapes) {
      double score = blob.similarity(s);
      if (best == null || score > best.score()) {
        best = new Match(s.text(), score);
      }
    }
    return best;
  }

  /** The best score among the references of {@code text}, or -infinity when it has none. */
  double bestFor(Shape blob, String text) {
    double best = Double.NEGATIVE_INFINITY;
    for (Shape s : shapes) {
      if (s.text().equals(text)) {
        best = Math.max(best, blob.similarity(s));
      }
    }
    return best;
  }

  /**
   * A reference character and how alike the blob is.
   *
   * @param text the character
   * @param score similarity, at most 1
   */
  record Match(String text, double score) {}

  /**
   * A glyph's normalized shape.
   *
   * @param text the character it stands for ({@code ""} for a blob)
   * @param grid ink coverage, row-major, {@value #GRID} x {@value #GRID}, zero mean and unit length
   *     (all zero for a blank grid)
   * @param aspect width over height of the ink's bounding box
   */
  record Shape(String text, double[] grid, double aspect) {

    /**
     * The shape of the ink of {@code mask} (row-major, {@code stride} pixels per row) inside the
     * rectangle {@code [x0, x1) x [y0, y1)}; null when that rectangle holds no ink.
     */
    static Shape of(String text, boolean[] mask, int stride, int x0, int y0, int x1, int y1) {
      int left = Integer.MAX_VALUE;
      int right = -1;
      int top = Integer.MAX_VALUE;
      int bottom = -1;
      for (int y = y0; y < y1; y++) {
        for (int x = x0; x < x1; x++) {
          if (mask[y * stride + x]) {
            left = Math.min(left, x);
            right = Math.max(right, x);
            top = Math.min(top, y);
            bottom = Math.max(bottom, y);
          }
        }
      }
      if (right < 0) {
        return null;
      }
      int w = right - left + 1;
      int h = bottom - top + 1;
      double[] grid = new double[GRID * GRID];
      double[] area = new double[GRID * GRID];
      // Each pixel's square is spread over the grid cells it overlaps (area-weighted resampling).
      for (int y = top; y <= bottom; y++) {
        double gy0 = (double) (y - top) * GRID / h;
        double gy1 = (double) (y - top + 1) * GRID / h;
        for (int x = left; x <= right; x++) {
          double gx0 = (double) (x - left) * GRID / w;
          double gx1 = (double) (x - left + 1) * GRID / w;
          double value = mask[y * stride + x] ? 1 : 0;
          for (int cy = (int) gy0; cy < Math.min(GRID, Math.ceil(gy1)); cy++) {
            double oy = Math.min(gy1, cy + 1) - Math.max(gy0, cy);
            for (int cx = (int) gx0; cx < Math.min(GRID, Math.ceil(gx1)); cx++) {
              double ox = Math.min(gx1, cx + 1) - Math.max(gx0, cx);
              double a = ox * oy;
              grid[cy * GRID + cx] += a * value;
              area[cy * GRID + cx] += a;
            }
          }
        }
      }
      double mean = 0;
      for (int i = 0; i < grid.length; i++) {
        grid[i] = area[i] > 0 ? grid[i] / area[i] : 0;
        mean += grid[i];
      }
      mean /= grid.length;
      double norm = 0;
      for (int i = 0; i < grid.length; i++) {
        grid[i] -= mean;
        norm += grid[i] * grid[i];
      }
      norm = Math.sqrt(norm);
      for (int i = 0; i < grid.length; i++) {
        grid[i] = norm > 0 ? grid[i] / norm : 0;
      }
      return new Shape(text, grid, (double) w / h);
    }

    /** Cross-correlation of the grids minus the aspect penalty; at most 1. */
    double similarity(Shape other) {
      double dot = 0;
      for (int i = 0; i < grid.length; i++) {
        dot += grid[i] * other.grid[i];
      }
      return dot - ASPECT_WEIGHT * Math.abs(Math.log(aspect / other.aspect));
    }
  }
}
