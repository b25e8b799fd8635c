package dev.recto.samples.synth;

import dev.recto.core.field.FieldKey;
import dev.recto.core.model.RegionType;
import java.util.ArrayList;
import java.util.List;

/**
 * Draws the invoice metadata (number, dates, customer number, order) as one {@link
 * RegionType#KEY_VALUE_GROUP} in the design's {@link Design.KeyValues} style: label left, label
 * above, label in a table cell, or a boxed grid; or as one row of cells. Stateless.
 */
final class KeyValuePainter {

  private record Entry(String label, String value, FieldKey key, String normalized) {}

  private KeyValuePainter() {}

  private static List<Entry> entries(RenderContext ctx) {
    InvoiceSpec s = ctx.spec;
    List<Entry> out = new ArrayList<>();
    out.add(
        new Entry(
            ctx.label(Label.INVOICE_NUMBER), s.invoiceId(), FieldKey.INVOICE_ID, s.invoiceId()));
    out.add(
        new Entry(
            ctx.label(Label.INVOICE_DATE),
            ctx.date(s.invoiceDate()),
            FieldKey.INVOICE_DATE,
            s.invoiceDate().toString()));
    out.add(
        new Entry(
            ctx.label(Label.DUE_DATE),
            ctx.date(s.dueDate()),
            FieldKey.DUE_DATE,
            s.dueDate().toString()));
    out.add(
        new Entry(
            ctx.label(Label.CUSTOMER_NUMBER),
            s.customerId(),
            FieldKey.CUSTOMER_ID,
            s.customerId()));
    if (s.purchaseOrder() != null) {
      out.add(
          new Entry(
              ctx.label(Label.PURCHASE_ORDER),
              s.purchaseOrder(),
              FieldKey.PURCHASE_ORDER,
              s.purchaseOrder()));
    }
    return out;
  }

  /**
   * The metadata with its top-left at {@code (x, top)}, at most {@code width} wide; as one row of
   * cells when {@code row} and they fit. Returns the y below it.
   */
  static float draw(RenderContext ctx, float x, float top, float width, boolean row) {
    Canvas c = ctx.canvas();
    List<Entry> entries = entries(ctx);
    SynthFont regular = ctx.faces.regular();
    SynthFont bold = ctx.faces.bold();
    float small = ctx.body * 0.8f;
    float cell = width / entries.size();
    if (row) {
      for (Entry e : entries) {
        // Values are drawn bold; measured regular only, a long one once ran into the next cell.
        if (Math.max(regular.width(e.label(), small), regular.width(e.value(), ctx.body))
                > cell - ctx.body
            || bold.width(e.value(), ctx.body) > cell - ctx.body * 0.3f) {
          row = false; // does not fit in one row: stack the pairs instead
        }
      }
    }
    ctx.begin(RegionType.KEY_VALUE_GROUP);
    float baseline = top + ctx.body;
    if (row) {
      if (ctx.design.table() == Design.Table.BOXED || ctx.design.table() == Design.Table.RULED) {
        c.frame(x, top, width, ctx.lead * 2.6f, 0.6f, Rgb.GRAY);
      }
      for (int i = 0; i < entries.size(); i++) {
        Entry e = entries.get(i);
        float cx = x + i * cell + ctx.body * 0.5f;
        c.text(regular, small, cx, baseline + ctx.body * 0.2f, e.label(), Rgb.GRAY);
        Canvas.Run v = c.text(bold, ctx.body, cx, baseline + ctx.lead * 1.3f, e.value(), ctx.ink());
        ctx.field(e.key(), e.normalized(), v);
      }
      ctx.end();
      return top + ctx.lead * 2.6f;
    }
    float end =
        switch (ctx.design.keyValues()) {
          case LABEL_ABOVE -> labelAbove(ctx, entries, x, baseline);
          case LABEL_LEFT -> labelLeft(ctx, entries, x, baseline);
          case IN_TABLE -> inTable(ctx, entries, x, top);
          case GRID -> grid(ctx, entries, x, top, width);
        };
    ctx.end();
    return end;
  }

  private static float labelAbove(RenderContext ctx, List<Entry> entries, float x, float baseline) {
    Canvas c = ctx.canvas();
    SynthFont regular = ctx.faces.regular();
    for (Entry e : entries) {
      c.text(regular, ctx.body * 0.8f, x, baseline, e.label(), Rgb.GRAY);
      baseline += ctx.lead;
      ctx.field(
          e.key(), e.normalized(), c.text(regular, ctx.body, x, baseline, e.value(), ctx.ink()));
      baseline += ctx.lead * 1.3f;
    }
    return baseline - ctx.lead * 1.3f + ctx.body * 0.4f;
  }

  private static float labelLeft(RenderContext ctx, List<Entry> entries, float x, float baseline) {
    Canvas c = ctx.canvas();
    SynthFont bold = ctx.faces.bold();
    float labelWidth = 0;
    for (Entry e : entries) {
      labelWidth = Math.max(labelWidth, bold.width(e.label() + ":", ctx.body));
    }
    for (Entry e : entries) {
      c.text(bold, ctx.body, x, baseline, e.label() + ":", ctx.ink());
      ctx.field(
          e.key(),
          e.normalized(),
          c.text(
              ctx.faces.regular(),
              ctx.body,
              x + labelWidth + ctx.body,
              baseline,
              e.value(),
              ctx.ink()));
      baseline += ctx.lead;
    }
    return baseline - ctx.lead + ctx.body * 0.4f;
  }

  /** Label cell (tinted) and value cell per row, with a grid of rules. */
  private static float inTable(RenderContext ctx, List<Entry> entries, float x, float top) {
    Canvas c = ctx.canvas();
    SynthFont bold = ctx.faces.bold();
    SynthFont regular = ctx.faces.regular();
    float pad = ctx.body * 0.5f;
    float labelWidth = 0;
    float valueWidth = 0;
    for (Entry e : entries) {
      labelWidth = Math.max(labelWidth, bold.width(e.label(), ctx.body));
      valueWidth = Math.max(valueWidth, regular.width(e.value(), ctx.body));
    }
    labelWidth += 2 * pad;
    valueWidth += 2 * pad;
    float row = ctx.body * 1.8f;
    float y = top;
    for (Entry e : entries) {
      c.fill(x, y, labelWidth, row, ctx.design.accent().tint(0.85));
      float baseline = y + row / 2 + ctx.body * 0.35f;
      c.text(bold, ctx.body, x + pad, baseline, e.label(), ctx.ink());
      ctx.field(
          e.key(),
          e.normalized(),
          c.text(regular, ctx.body, x + labelWidth + pad, baseline, e.value(), ctx.ink()));
      y += row;
      c.line(x, y, x + labelWidth + valueWidth, y, 0.5f, Rgb.GRAY);
    }
    c.frame(x, top, labelWidth + valueWidth, y - top, 0.7f, Rgb.GRAY);
    c.line(x + labelWidth, top, x + labelWidth, y, 0.5f, Rgb.GRAY);
    return y + ctx.body * 0.4f;
  }

  /** Boxes two to a row, each with the label above the value. */
  private static float grid(RenderContext ctx, List<Entry> entries, float x, float top, float w) {
    Canvas c = ctx.canvas();
    SynthFont regular = ctx.faces.regular();
    float box = w / 2;
    float height = ctx.lead * 2.6f;
    float small = ctx.body * 0.75f;
    for (int i = 0; i < entries.size(); i++) {
      Entry e = entries.get(i);
      float bx = x + (i % 2) * box;
      float by = top + (i / 2) * height;
      c.frame(bx, by, box, height, 0.6f, ctx.design.accent());
      float tx = bx + ctx.body * 0.5f;
      c.text(
          regular,
          small,
          tx,
          by + ctx.body * 1.1f,
          e.label().toUpperCase(java.util.Locale.ROOT),
          ctx.design.accent());
      Canvas.Run v =
          c.text(ctx.faces.bold(), ctx.body, tx, by + ctx.lead * 2.1f, e.value(), ctx.ink());
      ctx.field(e.key(), e.normalized(), v);
    }
    return top + ((entries.size() + 1) / 2) * height + ctx.body * 0.4f;
  }
}
