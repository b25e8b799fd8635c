package dev.recto.samples.synth;

import dev.recto.core.model.RegionType;
import java.util.List;

/**
 * Draws the free-text note of designs with {@link Design.Notes}: a bold heading and a wrapped
 * paragraph, plain or in a tinted frame, as one {@link RegionType#TEXT} region. Stateless.
 */
final class NotesPainter {

  private NotesPainter() {}

  private static float width(RenderContext ctx) {
    return ctx.contentWidth() * 0.8f;
  }

  private static List<String> lines(RenderContext ctx) {
    return Text.wrap(ctx.faces.regular(), ctx.body * 0.9f, ctx.label(Label.NOTE), width(ctx));
  }

  /** Height the note takes, 0 without one. */
  static float height(RenderContext ctx) {
    if (ctx.design.notes() == Design.Notes.NONE) {
      return 0;
    }
    return (lines(ctx).size() + 2) * ctx.lead + ctx.body * 2;
  }

  /** Draws the note from {@code top}; returns the y below it ({@code top} without a note). */
  static float draw(RenderContext ctx, float top) {
    Design.Notes style = ctx.design.notes();
    if (style == Design.Notes.NONE) {
      return top;
    }
    Canvas c = ctx.canvas();
    List<String> lines = lines(ctx);
    float pad = style == Design.Notes.BOXED ? ctx.body * 0.8f : 0;
    float boxHeight = (lines.size() + 1) * ctx.lead + ctx.body * 0.6f + 2 * pad;
    ctx.begin(RegionType.TEXT);
    if (style == Design.Notes.BOXED) {
      c.fill(ctx.left(), top, ctx.contentWidth(), boxHeight, ctx.design.accent().tint(0.9));
      c.frame(ctx.left(), top, ctx.contentWidth(), boxHeight, 0.5f, ctx.design.accent());
    }
    float x = ctx.left() + pad;
    float baseline = top + pad + ctx.body;
    c.text(ctx.faces.bold(), ctx.body, x, baseline, ctx.label(Label.NOTES), ctx.ink());
    for (String line : lines) {
      baseline += ctx.lead;
      c.text(ctx.faces.regular(), ctx.body * 0.9f, x, baseline, line, ctx.ink());
    }
    ctx.end();
    return top + boxHeight + ctx.lead;
  }
}
