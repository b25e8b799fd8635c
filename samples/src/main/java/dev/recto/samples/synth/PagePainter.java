package dev.recto.samples.synth;

import dev.recto.core.model.RegionType;
import java.util.List;

/**
 * Page furniture: the header of continuation pages and the footer of every page (vendor line and
 * page number). Stateless.
 */
final class PagePainter {

  private PagePainter() {}

  /** Starts a new page with a small header naming the vendor and the invoice. */
  static void continuationPage(RenderContext ctx) {
    Canvas c = ctx.newPage();
    ctx.begin(RegionType.PAGE_HEADER);
    float size = ctx.body * 0.85f;
    float baseline = ctx.margin + size;
    c.text(ctx.faces.bold(), size, ctx.left(), baseline, ctx.spec.vendor().name(), Rgb.GRAY);
    c.textRight(
        ctx.faces.regular(),
        size,
        ctx.right(),
        baseline,
        ctx.label(Label.TITLE)
            + " "
            + ctx.spec.invoiceId()
            + " ("
            + ctx.label(Label.CONTINUED)
            + ")",
        Rgb.GRAY);
    c.line(ctx.left(), baseline + size * 0.7f, ctx.right(), baseline + size * 0.7f, 0.5f, Rgb.GRAY);
    ctx.end();
    ctx.y = baseline + ctx.lead * 2;
  }

  /** Draws the footer of every page; call once all pages exist. */
  static void footers(RenderContext ctx) {
    List<Canvas> pages = ctx.canvases();
    float size = ctx.body * 0.75f;
    Design.Footer style = ctx.design.footer();
    for (Canvas c : pages) {
      float baseline = ctx.pageHeight() - ctx.margin * 0.6f;
      ctx.begin(RegionType.PAGE_FOOTER, c.page());
      String left = ctx.spec.vendor().name();
      if (ctx.design.payment() != Design.Payment.FOOTER_COLUMNS
          && ctx.spec.vendor().taxId() != null) {
        left += " · " + ctx.label(Label.VENDOR_TAX_ID) + " " + ctx.spec.vendor().taxId();
      }
      String page =
          ctx.label(Label.PAGE)
              .replace("{n}", String.valueOf(c.page() + 1))
              .replace("{m}", String.valueOf(pages.size()));
      if (style == Design.Footer.CENTERED) {
        float center = ctx.left() + ctx.contentWidth() / 2;
        c.textCentered(ctx.faces.regular(), size, center, baseline - size * 1.5f, left, Rgb.GRAY);
        c.textCentered(ctx.faces.bold(), size, center, baseline, page, Rgb.GRAY);
      } else {
        if (style == Design.Footer.RULED) {
          float rule = baseline - size * 1.6f;
          c.line(ctx.left(), rule, ctx.right(), rule, 0.6f, ctx.design.accent());
        }
        c.text(ctx.faces.regular(), size, ctx.left(), baseline, left, Rgb.GRAY);
        c.textRight(ctx.faces.regular(), size, ctx.right(), baseline, page, Rgb.GRAY);
      }
      ctx.end();
    }
  }
}
