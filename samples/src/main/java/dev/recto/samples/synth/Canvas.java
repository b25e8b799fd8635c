package dev.recto.samples.synth;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.util.Matrix;

/**
 * Draws on one page with a top-left origin in points and records every word it draws, with its box
 * from the font metrics, into a {@link TruthRecorder}.
 *
 * <p>Text is drawn one string per call with {@code showText}; words are split at spaces, as a
 * text-layer reader splits them, and each word's box runs from the advance of the text before it to
 * the end of its own advance, and from the ascent above the baseline to the descent below.
 *
 * <p>Wraps a content stream it does not own (the caller closes it). Not thread-safe.
 */
final class Canvas {

  /**
   * A drawn piece of text.
   *
   * @param text the string drawn
   * @param page zero-based page
   * @param box the whole string's box, or null when it is blank
   * @param words each word's box, in order
   */
  record Run(String text, int page, PtBox box, List<PtBox> words) {}

  private final PDPageContentStream cs;
  private final int page;
  private final float width;
  private final float height;
  private final TruthRecorder truth;

  Canvas(PDPageContentStream cs, int page, float width, float height, TruthRecorder truth) {
    this.cs = cs;
    this.page = page;
    this.width = width;
    this.height = height;
    this.truth = truth;
  }

  int page() {
    return page;
  }

  float width() {
    return width;
  }

  float height() {
    return height;
  }

  /** Draws {@code text} starting at {@code x} on the baseline {@code baseline} (from the top). */
  Run text(SynthFont font, float size, float x, float baseline, String text, Rgb color) {
    try {
      truth.font(font.name());
      cs.setNonStrokingColor(color.red() / 255f, color.green() / 255f, color.blue() / 255f);
      cs.beginText();
      cs.setFont(font.pdFont(), size);
      cs.newLineAtOffset(x, height - baseline);
      cs.showText(text);
      cs.endText();
    } catch (IOException e) {
      throw new UncheckedIOException("drawing '" + text + "'", e);
    }
    double top = baseline - font.ascent() * size;
    double bottom = baseline + font.descent() * size;
    List<PtBox> words = new ArrayList<>();
    PtBox all = null;
    int i = 0;
    while (i < text.length()) {
      if (text.charAt(i) == ' ') {
        i++;
        continue;
      }
      int end = text.indexOf(' ', i);
      end = end < 0 ? text.length() : end;
      double x0 = x + font.width(text.substring(0, i), size);
      double x1 = x0 + font.width(text.substring(i, end), size);
      PtBox box = new PtBox(x0, top, x1, bottom);
      truth.word(text.substring(i, end), page, box);
      words.add(box);
      all = box.union(all);
      i = end;
    }
    return new Run(text, page, all, words);
  }

  /** Draws {@code text} so that it ends at {@code right}. */
  Run textRight(SynthFont font, float size, float right, float baseline, String text, Rgb color) {
    return text(font, size, right - font.width(text, size), baseline, text, color);
  }

  /** Draws {@code text} centred on {@code centerX}. */
  Run textCentered(
      SynthFont font, float size, float centerX, float baseline, String text, Rgb color) {
    return text(font, size, centerX - font.width(text, size) / 2, baseline, text, color);
  }

  /**
   * The box of the characters {@code [from, to)} of a run drawn with {@code font} at {@code size},
   * such as the currency symbol inside {@code $1,234.56}.
   */
  static PtBox part(Run run, SynthFont font, float size, int from, int to) {
    double x = run.box().x0();
    double x0 = x + font.width(run.text().substring(0, from), size);
    double x1 = x0 + font.width(run.text().substring(from, to), size);
    return new PtBox(x0, run.box().y0(), x1, run.box().y1());
  }

  /**
   * Draws {@code text} turned by {@code degrees} (counter-clockwise, as it appears on the page)
   * about the start of its baseline {@code (x, baseline)}. Each word's box is the axis-aligned box
   * of its turned rectangle (advance by ascent to descent).
   */
  Run textTurned(
      SynthFont font, float size, float x, float baseline, double degrees, String text, Rgb color) {
    double theta = Math.toRadians(degrees);
    try {
      truth.font(font.name());
      cs.setNonStrokingColor(color.red() / 255f, color.green() / 255f, color.blue() / 255f);
      cs.beginText();
      cs.setFont(font.pdFont(), size);
      cs.setTextMatrix(Matrix.getRotateInstance(theta, x, height - baseline));
      cs.showText(text);
      cs.endText();
    } catch (IOException e) {
      throw new UncheckedIOException("drawing '" + text + "'", e);
    }
    double cos = Math.cos(theta);
    double sin = Math.sin(theta);
    double up = font.ascent() * size;
    double down = font.descent() * size;
    List<PtBox> words = new ArrayList<>();
    PtBox all = null;
    int i = 0;
    while (i < text.length()) {
      if (text.charAt(i) == ' ') {
        i++;
        continue;
      }
      int end = text.indexOf(' ', i);
      end = end < 0 ? text.length() : end;
      double u0 = font.width(text.substring(0, i), size);
      double u1 = u0 + font.width(text.substring(i, end), size);
      double minX = Double.MAX_VALUE;
      double minY = Double.MAX_VALUE;
      double maxX = -Double.MAX_VALUE;
      double maxY = -Double.MAX_VALUE;
      for (double u : new double[] {u0, u1}) {
        for (double v : new double[] {-down, up}) {
          // text space (u along the baseline, v up) to page space with y down
          double px = x + u * cos - v * sin;
          double py = baseline - (u * sin + v * cos);
          minX = Math.min(minX, px);
          maxX = Math.max(maxX, px);
          minY = Math.min(minY, py);
          maxY = Math.max(maxY, py);
        }
      }
      PtBox box = new PtBox(minX, minY, maxX, maxY);
      truth.word(text.substring(i, end), page, box);
      words.add(box);
      all = box.union(all);
      i = end;
    }
    return new Run(text, page, all, words);
  }

  /** An image with its top-left corner at {@code (x, y)}, {@code w} by {@code h} points. */
  void image(PDImageXObject image, float x, float y, float w, float h) {
    try {
      cs.drawImage(image, x, height - y - h, w, h);
    } catch (IOException e) {
      throw new UncheckedIOException("drawing an image", e);
    }
    truth.extend(new PtBox(x, y, x + w, y + h));
  }

  /** A closed, stroked polygon through the points {@code (xs[i], ys[i])}. */
  void outline(float[] xs, float[] ys, float lineWidth, Rgb color) {
    try {
      cs.setStrokingColor(color.red() / 255f, color.green() / 255f, color.blue() / 255f);
      cs.setLineWidth(lineWidth);
      cs.moveTo(xs[0], height - ys[0]);
      for (int i = 1; i < xs.length; i++) {
        cs.lineTo(xs[i], height - ys[i]);
      }
      cs.closePath();
      cs.stroke();
    } catch (IOException e) {
      throw new UncheckedIOException("stroking a polygon", e);
    }
    truth.extend(bounds(xs, ys).grow(lineWidth / 2));
  }

  private static PtBox bounds(float[] xs, float[] ys) {
    double minX = xs[0];
    double maxX = xs[0];
    double minY = ys[0];
    double maxY = ys[0];
    for (int i = 1; i < xs.length; i++) {
      minX = Math.min(minX, xs[i]);
      maxX = Math.max(maxX, xs[i]);
      minY = Math.min(minY, ys[i]);
      maxY = Math.max(maxY, ys[i]);
    }
    return new PtBox(minX, minY, maxX, maxY);
  }

  /** A straight line. */
  void line(float x0, float y0, float x1, float y1, float lineWidth, Rgb color) {
    try {
      cs.setStrokingColor(color.red() / 255f, color.green() / 255f, color.blue() / 255f);
      cs.setLineWidth(lineWidth);
      cs.moveTo(x0, height - y0);
      cs.lineTo(x1, height - y1);
      cs.stroke();
    } catch (IOException e) {
      throw new UncheckedIOException("drawing a line", e);
    }
    truth.extend(new PtBox(Math.min(x0, x1), Math.min(y0, y1), Math.max(x0, x1), Math.max(y0, y1)));
  }

  /** A filled rectangle with its top-left corner at {@code (x, y)}. */
  void fill(float x, float y, float w, float h, Rgb color) {
    try {
      cs.setNonStrokingColor(color.red() / 255f, color.green() / 255f, color.blue() / 255f);
      cs.addRect(x, height - y - h, w, h);
      cs.fill();
    } catch (IOException e) {
      throw new UncheckedIOException("filling a rectangle", e);
    }
    truth.extend(new PtBox(x, y, x + w, y + h));
  }

  /** A stroked rectangle with its top-left corner at {@code (x, y)}. */
  void frame(float x, float y, float w, float h, float lineWidth, Rgb color) {
    try {
      cs.setStrokingColor(color.red() / 255f, color.green() / 255f, color.blue() / 255f);
      cs.setLineWidth(lineWidth);
      cs.addRect(x, height - y - h, w, h);
      cs.stroke();
    } catch (IOException e) {
      throw new UncheckedIOException("framing a rectangle", e);
    }
    truth.extend(new PtBox(x, y, x + w, y + h));
  }

  /** A filled polygon through the points {@code (xs[i], ys[i])}. */
  void polygon(float[] xs, float[] ys, Rgb color) {
    try {
      cs.setNonStrokingColor(color.red() / 255f, color.green() / 255f, color.blue() / 255f);
      cs.moveTo(xs[0], height - ys[0]);
      for (int i = 1; i < xs.length; i++) {
        cs.lineTo(xs[i], height - ys[i]);
      }
      cs.closePath();
      cs.fill();
    } catch (IOException e) {
      throw new UncheckedIOException("filling a polygon", e);
    }
    double minX = xs[0];
    double maxX = xs[0];
    double minY = ys[0];
    double maxY = ys[0];
    for (int i = 1; i < xs.length; i++) {
      minX = Math.min(minX, xs[i]);
      maxX = Math.max(maxX, xs[i]);
      minY = Math.min(minY, ys[i]);
      maxY = Math.max(maxY, ys[i]);
    }
    truth.extend(new PtBox(minX, minY, maxX, maxY));
  }

  /** A filled circle, drawn as four Bézier arcs. */
  void circle(float cx, float cy, float r, Rgb color) {
    float k = 0.552284749831f * r;
    float y = height - cy;
    try {
      cs.setNonStrokingColor(color.red() / 255f, color.green() / 255f, color.blue() / 255f);
      cs.moveTo(cx + r, y);
      cs.curveTo(cx + r, y + k, cx + k, y + r, cx, y + r);
      cs.curveTo(cx - k, y + r, cx - r, y + k, cx - r, y);
      cs.curveTo(cx - r, y - k, cx - k, y - r, cx, y - r);
      cs.curveTo(cx + k, y - r, cx + r, y - k, cx + r, y);
      cs.fill();
    } catch (IOException e) {
      throw new UncheckedIOException("filling a circle", e);
    }
    truth.extend(new PtBox(cx - r, cy - r, cx + r, cy + r));
  }
}
