package dev.recto.samples.synth;

import dev.recto.core.model.RegionType;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Draws the design's logo as a {@link RegionType#FIGURE}: vector shapes (with the vendor's initials
 * on some), or a raster image computed pixel by pixel (no fonts, no antialiasing, so the PNG is the
 * same on every machine) and embedded losslessly. Stateless.
 */
final class LogoPainter {

  /** Logo edge length in points. */
  static final float SIZE = 34;

  /** Raster logo edge length in pixels (about 200 dpi at {@link #SIZE}). */
  private static final int PIXELS = 96;

  private LogoPainter() {}

  /** Draws the logo with its top-left corner at {@code (x, y)}. */
  static void draw(RenderContext ctx, float x, float y, Rgb shape, Rgb letters) {
    Canvas c = ctx.canvas();
    ctx.begin(RegionType.FIGURE);
    float s = SIZE;
    boolean withInitials = true;
    switch (ctx.design.logo()) {
      case CIRCLE -> c.circle(x + s / 2, y + s / 2, s / 2, shape);
      case SQUARE -> c.fill(x, y, s, s, shape);
      case TRIANGLES -> {
        c.polygon(new float[] {x, x + s * 0.6f, x}, new float[] {y, y + s / 2, y + s}, shape);
        c.polygon(
            new float[] {x + s * 0.4f, x + s, x + s * 0.4f},
            new float[] {y, y + s / 2, y + s},
            shape.tint(0.4));
        withInitials = false;
      }
      case BARS -> {
        for (int i = 0; i < 4; i++) {
          float h = s * (0.4f + 0.2f * i);
          c.fill(x + i * s / 4, y + s - h, s / 4 - 2, h, shape.tint(0.15 * i));
        }
        withInitials = false;
      }
      case IMAGE_BADGE, IMAGE_STRIPES, IMAGE_MOSAIC -> {
        c.image(image(ctx, shape), x, y, s, s);
        withInitials = false;
      }
      case NONE -> withInitials = false;
    }
    if (withInitials) {
      float size = s * 0.42f;
      c.textCentered(
          ctx.faces.bold(),
          size,
          x + s / 2,
          y + s / 2 + size * 0.36f,
          Text.initials(ctx.spec.vendor().name()),
          letters);
    }
    ctx.end();
  }

  private static PDImageXObject image(RenderContext ctx, Rgb color) {
    Design.Logo kind = ctx.design.logo();
    // The vendor's name varies the pattern, so vendors of one design do not share a logo.
    int salt = Math.floorMod(ctx.spec.vendor().name().hashCode(), 7);
    BufferedImage img = new BufferedImage(PIXELS, PIXELS, BufferedImage.TYPE_INT_RGB);
    double c = (PIXELS - 1) / 2.0;
    for (int py = 0; py < PIXELS; py++) {
      for (int px = 0; px < PIXELS; px++) {
        double dx = px - c;
        double dy = py - c;
        double r = Math.hypot(dx, dy) / c;
        Rgb rgb =
            switch (kind) {
              case IMAGE_BADGE ->
                  r > 1
                      ? Rgb.WHITE
                      : r > 0.82 ? color : color.tint(0.15 + 0.6 * r * r + 0.02 * salt);
              case IMAGE_STRIPES -> {
                boolean inside = Math.max(Math.abs(dx), Math.abs(dy)) < c * 0.92;
                boolean stripe = Math.floorMod(px + py + salt * 3, 24) < 12;
                yield !inside ? Rgb.WHITE : stripe ? color : color.tint(0.7);
              }
              default -> {
                int shade = Math.floorMod((px / 24) * 3 + (py / 24) * 5 + salt, 4);
                yield color.tint(0.1 + 0.22 * shade);
              }
            };
        img.setRGB(px, py, (rgb.red() << 16) | (rgb.green() << 8) | rgb.blue());
      }
    }
    try {
      return LosslessFactory.createFromImage(ctx.document, img);
    } catch (IOException e) {
      throw new UncheckedIOException("embedding a logo image", e);
    }
  }
}
