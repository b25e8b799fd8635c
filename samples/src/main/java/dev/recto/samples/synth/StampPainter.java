package dev.recto.samples.synth;

import dev.recto.core.model.RegionType;

/**
 * Draws a rubber stamp ("PAID", "COPY" in the invoice's language): bold text in a double frame,
 * turned by a few degrees, right of the content column below the cursor, as a {@link
 * RegionType#FIGURE} region with its words. Skipped when it does not fit above the footer.
 * Stateless.
 */
final class StampPainter {

  private static final double DEGREES = 10;

  private StampPainter() {}

  static void draw(RenderContext ctx) {
    Design.Stamp stamp = ctx.design.stamp();
    if (stamp == Design.Stamp.NONE) {
      return;
    }
    String text = ctx.label(stamp == Design.Stamp.PAID ? Label.STAMP_PAID : Label.STAMP_COPY);
    Rgb color = stamp == Design.Stamp.PAID ? new Rgb(200, 30, 40) : ctx.design.accent();
    SynthFont font = ctx.faces.bold();
    float size = ctx.body * 2f;
    float pad = size * 0.45f;
    float w = font.width(text, size) + 2 * pad;
    float h = size + 2 * pad;
    double theta = Math.toRadians(DEGREES);
    // The turned box's height on the page, and room for it above the footer.
    float turnedHeight = (float) (w * Math.sin(theta) + h * Math.cos(theta));
    float top = ctx.y + ctx.lead;
    if (top + turnedHeight > ctx.bottom()) {
      return;
    }
    // Bottom-left corner of the box, before turning, so that the turned box's top is at top.
    float x0 = ctx.right() - w - ctx.body * 3;
    float y0 = top + turnedHeight;
    float[] us = {0, w, w, 0};
    float[] vs = {0, 0, h, h};
    float[] xs = new float[4];
    float[] ys = new float[4];
    float[] xi = new float[4];
    float[] yi = new float[4];
    float inset = size * 0.12f;
    float[] ui = {inset, w - inset, w - inset, inset};
    float[] vi = {inset, inset, h - inset, h - inset};
    for (int i = 0; i < 4; i++) {
      xs[i] = (float) (x0 + us[i] * Math.cos(theta) - vs[i] * Math.sin(theta));
      ys[i] = (float) (y0 - (us[i] * Math.sin(theta) + vs[i] * Math.cos(theta)));
      xi[i] = (float) (x0 + ui[i] * Math.cos(theta) - vi[i] * Math.sin(theta));
      yi[i] = (float) (y0 - (ui[i] * Math.sin(theta) + vi[i] * Math.cos(theta)));
    }
    Canvas c = ctx.canvas();
    ctx.begin(RegionType.FIGURE);
    c.outline(xs, ys, 2f, color);
    c.outline(xi, yi, 0.8f, color);
    // Baseline start: pad along the box, and the descent above its bottom edge.
    double bu = pad;
    double bv = pad + font.descent() * size;
    float bx = (float) (x0 + bu * Math.cos(theta) - bv * Math.sin(theta));
    float by = (float) (y0 - (bu * Math.sin(theta) + bv * Math.cos(theta)));
    c.textTurned(font, size, bx, by, DEGREES, text, color);
    ctx.end();
    ctx.y = y0 + ctx.lead;
  }
}
