package dev.recto.samples.synth;

import dev.recto.core.field.FieldKey;
import dev.recto.core.model.RegionType;
import java.util.ArrayList;
import java.util.List;

/**
 * Draws the top of the first page: logo, title, vendor block ({@link #header}), then the customer
 * block and the invoice metadata key-values ({@link #parties}), as the design arranges them.
 * Stateless; all state is in the {@link RenderContext}.
 */
final class HeaderPainter {

  private static final float LOGO = 34;

  private HeaderPainter() {}

  static void header(RenderContext ctx) {
    Canvas c = ctx.canvas();
    Design d = ctx.design;
    float titleSize = ctx.body * 2.2f;
    switch (d.header()) {
      case VENDOR_LEFT -> {
        float top = ctx.margin;
        if (d.logo() != Design.Logo.NONE) {
          logo(ctx, ctx.margin, top, ctx.design.accent(), Rgb.WHITE);
          top += LOGO + ctx.body;
        }
        title(ctx, ctx.right(), ctx.margin + titleSize * 0.8f, Align.RIGHT, d.accent());
        float bottom = vendor(ctx, ctx.margin, top + ctx.body * 1.2f, Align.LEFT);
        ctx.y = Math.max(bottom, ctx.margin + titleSize) + ctx.lead * 1.5f;
      }
      case TITLE_LEFT -> {
        title(ctx, ctx.margin, ctx.margin + titleSize * 0.8f, Align.LEFT, d.accent());
        float top = ctx.margin;
        if (d.logo() != Design.Logo.NONE) {
          logo(ctx, ctx.right() - LOGO, top, d.accent(), Rgb.WHITE);
          top += LOGO + ctx.body;
        }
        float bottom = vendor(ctx, ctx.right(), top + ctx.body * 1.2f, Align.RIGHT);
        ctx.y = Math.max(bottom, ctx.margin + titleSize) + ctx.lead * 1.5f;
      }
      case BANNER -> {
        float band = ctx.body * 7;
        c.fill(0, 0, ctx.pageWidth(), band, d.accent());
        title(ctx, ctx.margin, band / 2 + titleSize * 0.35f, Align.LEFT, Rgb.WHITE);
        if (d.logo() != Design.Logo.NONE) {
          logo(ctx, ctx.right() - LOGO, (band - LOGO) / 2, Rgb.WHITE, d.accent());
        }
        float bottom = vendor(ctx, ctx.margin, band + ctx.lead * 1.8f, Align.LEFT);
        ctx.y = bottom + ctx.lead * 1.5f;
      }
      case CENTERED -> {
        float top = ctx.margin;
        if (d.logo() != Design.Logo.NONE) {
          logo(ctx, (ctx.pageWidth() - LOGO) / 2, top, d.accent(), Rgb.WHITE);
          top += LOGO + ctx.body;
        }
        float bottom = vendor(ctx, ctx.pageWidth() / 2, top + ctx.body * 1.3f, Align.CENTER);
        float baseline = bottom + ctx.lead + titleSize * 0.8f;
        title(ctx, ctx.pageWidth() / 2, baseline, Align.CENTER, d.accent());
        ctx.y = baseline + titleSize * 0.3f + ctx.lead * 1.5f;
      }
    }
  }

  private enum Align {
    LEFT,
    RIGHT,
    CENTER
  }

  private static Canvas.Run draw(
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
    draw(ctx, ctx.faces.bold(), ctx.body * 2.2f, x, baseline, ctx.label(Label.TITLE), a, color);
    ctx.end();
  }

  /** The vendor block from {@code firstBaseline}; returns the y below its last line. */
  private static float vendor(RenderContext ctx, float x, float firstBaseline, Align a) {
    Party v = ctx.spec.vendor();
    ctx.begin(RegionType.VENDOR_BLOCK);
    float size = ctx.body * 1.25f;
    Canvas.Run name = draw(ctx, ctx.faces.bold(), size, x, firstBaseline, v.name(), a, Rgb.BLACK);
    ctx.field(FieldKey.VENDOR_NAME, v.name(), name);
    float baseline = firstBaseline + size * 0.6f + ctx.lead;
    List<String> lines = a == Align.CENTER ? List.of(v.addressOneLine()) : v.addressLines();
    PtBox address = null;
    for (String line : lines) {
      Canvas.Run run = draw(ctx, ctx.faces.regular(), ctx.body, x, baseline, line, a, Rgb.BLACK);
      address = run.box().union(address);
      baseline += ctx.lead;
    }
    addressField(ctx, FieldKey.VENDOR_ADDRESS, v.addressLines(), lines, address);
    if (v.taxId() != null) {
      String prefix = ctx.label(Label.VENDOR_TAX_ID) + ": ";
      Canvas.Run run =
          draw(ctx, ctx.faces.regular(), ctx.body, x, baseline, prefix + v.taxId(), a, Rgb.BLACK);
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
    PtBox box = Canvas.part(run, font, ctx.body, from, run.text().length());
    ctx.truth.field(
        key, new TruthRecorder.Draft(value, run.text().substring(from), null, run.page(), box));
  }

  private static void logo(RenderContext ctx, float x, float y, Rgb shape, Rgb letters) {
    Canvas c = ctx.canvas();
    ctx.begin(RegionType.FIGURE);
    float s = LOGO;
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

  /** Customer block and metadata, arranged as the design says; moves the cursor below them. */
  static void parties(RenderContext ctx) {
    float top = ctx.y;
    switch (ctx.design.parties()) {
      case SIDE_BY_SIDE -> {
        float left = customer(ctx, ctx.margin, top);
        float right = keyValues(ctx, ctx.margin + ctx.contentWidth() * 0.55f, top, false);
        ctx.y = Math.max(left, right);
      }
      case STACKED -> {
        float kv = keyValues(ctx, ctx.margin, top, false);
        ctx.y = customer(ctx, ctx.margin, kv + ctx.lead);
      }
      case META_ROW -> {
        float left = customer(ctx, ctx.margin, top);
        ctx.y = keyValues(ctx, ctx.margin, left + ctx.lead, true);
      }
    }
    ctx.y += ctx.lead * 1.5f;
  }

  /** The customer block with its top at {@code top}; returns the y below it. */
  private static float customer(RenderContext ctx, float x, float top) {
    Canvas c = ctx.canvas();
    Party p = ctx.spec.customer();
    ctx.begin(RegionType.CUSTOMER_BLOCK);
    float baseline = top + ctx.body;
    c.text(
        ctx.faces.bold(),
        ctx.body * 0.9f,
        x,
        baseline,
        ctx.label(Label.BILL_TO),
        ctx.design.accent());
    baseline += ctx.lead * 1.2f;
    Canvas.Run name = c.text(ctx.faces.bold(), ctx.body, x, baseline, p.name(), Rgb.BLACK);
    ctx.field(FieldKey.CUSTOMER_NAME, p.name(), name);
    PtBox address = null;
    for (String line : p.addressLines()) {
      baseline += ctx.lead;
      address =
          c.text(ctx.faces.regular(), ctx.body, x, baseline, line, Rgb.BLACK).box().union(address);
    }
    addressField(ctx, FieldKey.CUSTOMER_ADDRESS, p.addressLines(), p.addressLines(), address);
    addressField(ctx, FieldKey.BILLING_ADDRESS, p.addressLines(), p.addressLines(), address);
    if (p.taxId() != null) {
      baseline += ctx.lead;
      String prefix = ctx.label(Label.CUSTOMER_TAX_ID) + ": ";
      Canvas.Run run =
          c.text(ctx.faces.regular(), ctx.body, x, baseline, prefix + p.taxId(), Rgb.BLACK);
      partField(
          ctx, FieldKey.CUSTOMER_TAX_ID, p.taxId(), run, ctx.faces.regular(), prefix.length());
    }
    ctx.end();
    return baseline + ctx.body * 0.4f;
  }

  private record Entry(String label, String value, FieldKey key, String normalized) {}

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

  /** The metadata key-values with their top at {@code top}; returns the y below them. */
  private static float keyValues(RenderContext ctx, float x, float top, boolean row) {
    Canvas c = ctx.canvas();
    List<Entry> entries = entries(ctx);
    SynthFont regular = ctx.faces.regular();
    SynthFont bold = ctx.faces.bold();
    float small = ctx.body * 0.8f;
    float cell = ctx.contentWidth() / entries.size();
    if (row) {
      for (Entry e : entries) {
        if (Math.max(regular.width(e.label(), small), regular.width(e.value(), ctx.body))
            > cell - ctx.body) {
          row = false; // does not fit in one row: stack the pairs instead
        }
      }
    }
    ctx.begin(RegionType.KEY_VALUE_GROUP);
    float baseline = top + ctx.body;
    if (row) {
      if (ctx.design.table() == Design.Table.BOXED || ctx.design.table() == Design.Table.RULED) {
        c.frame(x, top, ctx.contentWidth(), ctx.lead * 2.6f, 0.6f, Rgb.GRAY);
      }
      for (int i = 0; i < entries.size(); i++) {
        Entry e = entries.get(i);
        float cx = x + i * cell + ctx.body * 0.5f;
        c.text(regular, small, cx, baseline + ctx.body * 0.2f, e.label(), Rgb.GRAY);
        Canvas.Run v = c.text(bold, ctx.body, cx, baseline + ctx.lead * 1.3f, e.value(), Rgb.BLACK);
        ctx.field(e.key(), e.normalized(), v);
      }
      ctx.end();
      return top + ctx.lead * 2.6f;
    }
    if (ctx.design.keyValues() == Design.KeyValues.LABEL_ABOVE) {
      for (Entry e : entries) {
        c.text(regular, small, x, baseline, e.label(), Rgb.GRAY);
        baseline += ctx.lead;
        ctx.field(
            e.key(), e.normalized(), c.text(regular, ctx.body, x, baseline, e.value(), Rgb.BLACK));
        baseline += ctx.lead * 1.3f;
      }
      ctx.end();
      return baseline - ctx.lead * 1.3f + ctx.body * 0.4f;
    }
    float labelWidth = 0;
    for (Entry e : entries) {
      labelWidth = Math.max(labelWidth, bold.width(e.label() + ":", ctx.body));
    }
    for (Entry e : entries) {
      c.text(bold, ctx.body, x, baseline, e.label() + ":", Rgb.BLACK);
      ctx.field(
          e.key(),
          e.normalized(),
          c.text(regular, ctx.body, x + labelWidth + ctx.body, baseline, e.value(), Rgb.BLACK));
      baseline += ctx.lead;
    }
    ctx.end();
    return baseline - ctx.lead + ctx.body * 0.4f;
  }
}
