package dev.recto.samples.synth;

import dev.recto.core.field.FieldKey;
import dev.recto.core.model.RegionType;
import java.util.List;

/**
 * Draws the top of the first page: logo, title and vendor block, as the design's {@link
 * Design.Header} arranges them, and moves the cursor below them. The customer block and metadata
 * follow ({@link PartiesPainter}). Stateless; all state is in the {@link RenderContext}.
 */
final class HeaderPainter {

  private HeaderPainter() {}

  static void header(RenderContext ctx) {
    Canvas c = ctx.canvas();
    Design d = ctx.design;
    float logo = LogoPainter.SIZE;
    float titleSize = ctx.body * d.titleScale();
    switch (d.header()) {
      case VENDOR_LEFT -> {
        float top = ctx.margin;
        if (d.logo() != Design.Logo.NONE) {
          LogoPainter.draw(ctx, ctx.margin, top, ctx.design.accent(), Rgb.WHITE);
          top += logo + ctx.body;
        }
        title(ctx, ctx.right(), ctx.margin + titleSize * 0.8f, Align.RIGHT, d.accent());
        float bottom = vendor(ctx, ctx.margin, top + ctx.body * 1.2f, Align.LEFT);
        ctx.y = Math.max(bottom, ctx.margin + titleSize) + ctx.lead * 1.5f;
      }
      case TITLE_LEFT -> {
        title(ctx, ctx.margin, ctx.margin + titleSize * 0.8f, Align.LEFT, d.accent());
        float top = ctx.margin;
        if (d.logo() != Design.Logo.NONE) {
          LogoPainter.draw(ctx, ctx.right() - logo, top, d.accent(), Rgb.WHITE);
          top += logo + ctx.body;
        }
        float bottom = vendor(ctx, ctx.right(), top + ctx.body * 1.2f, Align.RIGHT);
        ctx.y = Math.max(bottom, ctx.margin + titleSize) + ctx.lead * 1.5f;
      }
      case BANNER -> {
        float band = ctx.body * 7;
        c.fill(0, 0, ctx.pageWidth(), band, d.accent());
        title(ctx, ctx.margin, band / 2 + titleSize * 0.35f, Align.LEFT, Rgb.WHITE);
        if (d.logo() != Design.Logo.NONE) {
          LogoPainter.draw(ctx, ctx.right() - logo, (band - logo) / 2, Rgb.WHITE, d.accent());
        }
        float bottom = vendor(ctx, ctx.margin, band + ctx.lead * 1.8f, Align.LEFT);
        ctx.y = bottom + ctx.lead * 1.5f;
      }
      case CENTERED -> {
        float top = ctx.margin;
        if (d.logo() != Design.Logo.NONE) {
          LogoPainter.draw(ctx, (ctx.pageWidth() - logo) / 2, top, d.accent(), Rgb.WHITE);
          top += logo + ctx.body;
        }
        float bottom = vendor(ctx, ctx.pageWidth() / 2, top + ctx.body * 1.3f, Align.CENTER);
        float baseline = bottom + ctx.lead + titleSize * 0.8f;
        title(ctx, ctx.pageWidth() / 2, baseline, Align.CENTER, d.accent());
        ctx.y = baseline + titleSize * 0.3f + ctx.lead * 1.5f;
      }
      case SIDEBAR -> {
        SidebarPainter.vendor(ctx);
        title(ctx, ctx.left(), ctx.margin + titleSize * 0.8f, Align.LEFT, d.accent());
        ctx.y = ctx.margin + titleSize + ctx.lead * 1.5f;
      }
      case VENDOR_RIGHT -> {
        float top = ctx.margin;
        if (d.logo() != Design.Logo.NONE) {
          LogoPainter.draw(ctx, ctx.left(), top, d.accent(), Rgb.WHITE);
        }
        float bottom = vendor(ctx, ctx.right(), top + ctx.body * 1.2f, Align.RIGHT);
        bottom = Math.max(bottom, top + logo);
        float baseline = bottom + ctx.lead * 1.5f + titleSize * 0.8f;
        title(ctx, ctx.left(), baseline, Align.LEFT, d.accent());
        c.line(
            ctx.left(),
            baseline + titleSize * 0.35f,
            ctx.right(),
            baseline + titleSize * 0.35f,
            1.2f,
            d.accent());
        ctx.y = baseline + titleSize * 0.35f + ctx.lead * 1.5f;
      }
      case TITLE_BAR -> {
        float bar = Math.max(titleSize * 1.6f, logo + ctx.body);
        c.fill(ctx.left(), ctx.margin, ctx.contentWidth(), bar, d.accent().tint(0.85));
        float pad = ctx.body;
        title(
            ctx,
            ctx.left() + pad,
            ctx.margin + bar / 2 + titleSize * 0.35f,
            Align.LEFT,
            d.accent());
        if (d.logo() != Design.Logo.NONE) {
          LogoPainter.draw(
              ctx, ctx.right() - pad - logo, ctx.margin + (bar - logo) / 2, d.accent(), Rgb.WHITE);
        }
        float bottom = vendor(ctx, ctx.right(), ctx.margin + bar + ctx.lead * 1.5f, Align.RIGHT);
        ctx.y = bottom + ctx.lead * 1.5f;
      }
    }
  }

  enum Align {
    LEFT,
    RIGHT,
    CENTER
  }

  static Canvas.Run draw(
      RenderContext ctx,
      SynthFont font,
      float size,
      float x,
      float baseline,
      String s,
      Align a,
      Rgb color) {
    Canvas c = ctx.canvas();
    return switch (a) {
      case LEFT -> c.text(font, size, x, baseline, s, color);
      case RIGHT -> c.textRight(font, size, x, baseline, s, color);
      case CENTER -> c.textCentered(font, size, x, baseline, s, color);
    };
  }

  private static void title(RenderContext ctx, float x, float baseline, Align a, Rgb color) {
    ctx.begin(RegionType.TITLE);
    float size = ctx.body * ctx.design.titleScale();
    draw(ctx, ctx.faces.bold(), size, x, baseline, ctx.label(Label.TITLE), a, color);
    ctx.end();
  }

  /** The vendor block from {@code firstBaseline}; returns the y below its last line. */
  private static float vendor(RenderContext ctx, float x, float firstBaseline, Align a) {
    Party v = ctx.spec.vendor();
    ctx.begin(RegionType.VENDOR_BLOCK);
    float size = ctx.body * 1.25f;
    Canvas.Run name = draw(ctx, ctx.faces.bold(), size, x, firstBaseline, v.name(), a, ctx.ink());
    ctx.field(FieldKey.VENDOR_NAME, v.name(), name);
    float baseline = firstBaseline + size * 0.6f + ctx.lead;
    List<String> lines = a == Align.CENTER ? List.of(v.addressOneLine()) : v.addressLines();
    PtBox address = null;
    for (String line : lines) {
      Canvas.Run run = draw(ctx, ctx.faces.regular(), ctx.body, x, baseline, line, a, ctx.ink());
      address = run.box().union(address);
      baseline += ctx.lead;
    }
    addressField(ctx, FieldKey.VENDOR_ADDRESS, v.addressLines(), lines, address);
    if (v.taxId() != null) {
      String prefix = ctx.label(Label.VENDOR_TAX_ID) + ": ";
      Canvas.Run run =
          draw(ctx, ctx.faces.regular(), ctx.body, x, baseline, prefix + v.taxId(), a, ctx.ink());
      partField(ctx, FieldKey.VENDOR_TAX_ID, v.taxId(), run, ctx.faces.regular(), prefix.length());
      baseline += ctx.lead;
    }
    ctx.end();
    return baseline - ctx.lead + ctx.body * 0.4f;
  }

  static void addressField(
      RenderContext ctx, FieldKey key, List<String> lines, List<String> printed, PtBox box) {
    ctx.truth.field(
        key,
        new TruthRecorder.Draft(
            String.join(" ", lines), String.join("\n", printed), null, ctx.canvas().page(), box));
  }

  /** Records the part of {@code run} from {@code from} to its end as a field. */
  static void partField(
      RenderContext ctx, FieldKey key, String value, Canvas.Run run, SynthFont font, int from) {
    partField(ctx, key, value, run, font, ctx.body, from);
  }

  /**
   * As {@link #partField(RenderContext, FieldKey, String, Canvas.Run, SynthFont, int)} at a size.
   */
  static void partField(
      RenderContext ctx,
      FieldKey key,
      String value,
      Canvas.Run run,
      SynthFont font,
      float size,
      int from) {
    PtBox box = Canvas.part(run, font, size, from, run.text().length());
    ctx.truth.field(
        key, new TruthRecorder.Draft(value, run.text().substring(from), null, run.page(), box));
  }
}
