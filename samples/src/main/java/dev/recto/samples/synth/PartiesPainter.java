package dev.recto.samples.synth;

import dev.recto.core.field.FieldKey;
import dev.recto.core.model.RegionType;

/**
 * Draws the customer block (bill-to, and ship-to where the design has one) and the metadata
 * key-values ({@link KeyValuePainter}) as the design's {@link Design.Parties} arranges them, and
 * moves the cursor below them. Stateless.
 */
final class PartiesPainter {

  private PartiesPainter() {}

  static void parties(RenderContext ctx) {
    float top = ctx.y;
    float x = ctx.left();
    float w = ctx.contentWidth();
    switch (ctx.design.parties()) {
      case SIDE_BY_SIDE -> {
        float left = customers(ctx, x, top, w * 0.55f, false);
        float kvX = x + w * 0.55f;
        float right = KeyValuePainter.draw(ctx, kvX, top, ctx.right() - kvX, false);
        ctx.y = Math.max(left, right);
      }
      case STACKED -> {
        float kv = KeyValuePainter.draw(ctx, x, top, w * 0.55f, false);
        ctx.y = customers(ctx, x, kv + ctx.lead, w, true);
      }
      case META_ROW -> {
        float left = customers(ctx, x, top, w, true);
        ctx.y = KeyValuePainter.draw(ctx, x, left + ctx.lead, w, true);
      }
      case MIRRORED -> {
        float left = KeyValuePainter.draw(ctx, x, top, w * 0.5f, false);
        float right = customers(ctx, x + w * 0.55f, top, w * 0.45f, false);
        ctx.y = Math.max(left, right);
      }
    }
    ctx.y += ctx.lead * 1.5f;
  }

  /**
   * The bill-to block, and the ship-to block beside it ({@code wide}) or below it; returns the y
   * below them.
   */
  private static float customers(RenderContext ctx, float x, float top, float w, boolean wide) {
    Party p = ctx.spec.customer();
    float bottom = block(ctx, x, top, ctx.label(Label.BILL_TO), p, true);
    if (!ctx.design.shipTo()) {
      return bottom;
    }
    if (wide) {
      return Math.max(
          bottom, block(ctx, x + w * 0.5f, top, ctx.label(Label.SHIP_TO), ship(ctx), false));
    }
    return block(ctx, x, bottom + ctx.lead, ctx.label(Label.SHIP_TO), ship(ctx), false);
  }

  private static Party ship(RenderContext ctx) {
    return ctx.spec.shipTo();
  }

  /** One customer block with its top at {@code top}; returns the y below it. */
  private static float block(
      RenderContext ctx, float x, float top, String heading, Party p, boolean billing) {
    Canvas c = ctx.canvas();
    ctx.begin(RegionType.CUSTOMER_BLOCK);
    float baseline = top + ctx.body;
    c.text(ctx.faces.bold(), ctx.body * 0.9f, x, baseline, heading, ctx.design.accent());
    baseline += ctx.lead * 1.2f;
    Canvas.Run name = c.text(ctx.faces.bold(), ctx.body, x, baseline, p.name(), ctx.ink());
    if (billing) {
      ctx.field(FieldKey.CUSTOMER_NAME, p.name(), name);
    }
    PtBox address = null;
    for (String line : p.addressLines()) {
      baseline += ctx.lead;
      address =
          c.text(ctx.faces.regular(), ctx.body, x, baseline, line, ctx.ink()).box().union(address);
    }
    if (billing) {
      HeaderPainter.addressField(
          ctx, FieldKey.CUSTOMER_ADDRESS, p.addressLines(), p.addressLines(), address);
      HeaderPainter.addressField(
          ctx, FieldKey.BILLING_ADDRESS, p.addressLines(), p.addressLines(), address);
    } else {
      HeaderPainter.addressField(
          ctx, FieldKey.SHIPPING_ADDRESS, p.addressLines(), p.addressLines(), address);
    }
    if (p.taxId() != null) {
      baseline += ctx.lead;
      String prefix = ctx.label(Label.CUSTOMER_TAX_ID) + ": ";
      Canvas.Run run =
          c.text(ctx.faces.regular(), ctx.body, x, baseline, prefix + p.taxId(), ctx.ink());
      HeaderPainter.partField(
          ctx, FieldKey.CUSTOMER_TAX_ID, p.taxId(), run, ctx.faces.regular(), prefix.length());
    }
    ctx.end();
    return baseline + ctx.body * 0.4f;
  }
}
