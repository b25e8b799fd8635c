package dev.recto.samples.synth;

import dev.recto.core.field.FieldKey;
import dev.recto.core.model.RegionType;
import java.util.List;

/**
 * Draws what sits in the sidebar of {@link Design.Header#SIDEBAR} designs: logo and vendor block on
 * the first page, payment details at the bottom of the last. Text wraps to the sidebar's width;
 * labels and values take a line each. Stateless.
 */
final class SidebarPainter {

  private SidebarPainter() {}

  private static float x(RenderContext ctx) {
    return ctx.margin * 0.45f;
  }

  private static float width(RenderContext ctx) {
    return ctx.sidebarWidth() - ctx.margin * 0.8f;
  }

  /** Logo and vendor block at the top of the sidebar. */
  static void vendor(RenderContext ctx) {
    Canvas c = ctx.canvas();
    Party v = ctx.spec.vendor();
    float x = x(ctx);
    float top = ctx.margin;
    if (ctx.design.logo() != Design.Logo.NONE) {
      LogoPainter.draw(ctx, x, top, ctx.design.accent(), Rgb.WHITE);
      top += LogoPainter.SIZE + ctx.body;
    }
    ctx.begin(RegionType.VENDOR_BLOCK);
    float size = ctx.body * 1.15f;
    float baseline = top + size;
    List<String> name = Text.wrap(ctx.faces.bold(), size, v.name(), width(ctx));
    PtBox nameBox = null;
    for (String line : name) {
      nameBox = c.text(ctx.faces.bold(), size, x, baseline, line, ctx.ink()).box().union(nameBox);
      baseline += size * 1.3f;
    }
    ctx.truth.field(
        FieldKey.VENDOR_NAME,
        new TruthRecorder.Draft(v.name(), String.join("\n", name), null, c.page(), nameBox));
    baseline += ctx.lead * 0.4f;
    PtBox address = null;
    for (String line : v.addressLines()) {
      address =
          c.text(ctx.faces.regular(), ctx.body, x, baseline, line, ctx.ink()).box().union(address);
      baseline += ctx.lead;
    }
    HeaderPainter.addressField(
        ctx, FieldKey.VENDOR_ADDRESS, v.addressLines(), v.addressLines(), address);
    if (v.taxId() != null) {
      baseline += ctx.lead * 0.5f;
      c.text(
          ctx.faces.regular(),
          ctx.body * 0.85f,
          x,
          baseline,
          ctx.label(Label.VENDOR_TAX_ID),
          Rgb.GRAY);
      baseline += ctx.lead;
      Canvas.Run id = c.text(ctx.faces.regular(), ctx.body, x, baseline, v.taxId(), ctx.ink());
      ctx.field(FieldKey.VENDOR_TAX_ID, v.taxId(), id);
    }
    ctx.end();
  }

  /**
   * Payment details at the bottom of the current page's sidebar.
   *
   * @param lines label (with separator, empty for the terms) and value per line
   */
  static void payment(RenderContext ctx, List<String[]> lines) {
    Canvas c = ctx.canvas();
    PaymentDetails p = ctx.spec.payment();
    float size = ctx.body * 0.8f;
    float lead = size * 1.4f;
    float x = x(ctx);
    List<String> terms = Text.wrap(ctx.faces.regular(), size, p.terms(), width(ctx));
    float height = lead * (1 + terms.size() + 2 * (lines.size() - 1)) + lead;
    float baseline = ctx.pageHeight() - ctx.margin - height;
    ctx.begin(RegionType.PAYMENT_DETAILS);
    c.text(ctx.faces.bold(), size, x, baseline, ctx.label(Label.PAYMENT_DETAILS), ctx.ink());
    for (String[] line : lines) {
      if (line[0].isEmpty()) {
        PtBox box = null;
        for (String t : terms) {
          baseline += lead;
          box = c.text(ctx.faces.regular(), size, x, baseline, t, ctx.ink()).box().union(box);
        }
        ctx.truth.field(
            FieldKey.PAYMENT_TERM,
            new TruthRecorder.Draft(p.terms(), String.join("\n", terms), null, c.page(), box));
        continue;
      }
      baseline += lead;
      String label = line[0].endsWith(": ") ? line[0].substring(0, line[0].length() - 2) : line[0];
      c.text(ctx.faces.regular(), size * 0.9f, x, baseline, label, Rgb.GRAY);
      baseline += lead;
      Canvas.Run run = c.text(ctx.faces.regular(), size, x, baseline, line[1], ctx.ink());
      if (line[1].equals(p.bic())) {
        ctx.field(FieldKey.SWIFT, p.bic(), run);
      } else if (p.iban() != null && line[1].equals(Iban.grouped(p.iban()))) {
        ctx.field(FieldKey.IBAN, p.iban(), run);
      }
    }
    ctx.end();
  }
}
