package dev.recto.samples.synth;

import dev.recto.core.field.LineItemKey;
import dev.recto.core.model.RegionType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Draws the line-item table in the design's style, continuing on new pages (with a page header and
 * the table header repeated) when rows run past the page's bottom. Records one {@link
 * RegionType#TABLE} region per page with its header row and cells, and every line item.
 *
 * <p>One per invoice; not thread-safe.
 */
final class TablePainter {

  private final RenderContext ctx;
  private final List<LineItemKey> columns;
  private final float[] widths;
  private final float rowHeight;
  private final float pad;

  TablePainter(RenderContext ctx) {
    this.ctx = ctx;
    this.columns = ctx.design.columns();
    this.rowHeight = ctx.body * 1.9f;
    this.pad = ctx.body * 0.5f;
    this.widths = new float[columns.size()];
    float used = 0;
    int description = columns.indexOf(LineItemKey.DESCRIPTION);
    for (int i = 0; i < columns.size(); i++) {
      if (i == description) {
        continue;
      }
      LineItemKey key = columns.get(i);
      float w = ctx.faces.bold().width(header(key), ctx.body);
      for (LineItemSpec item : ctx.spec.items()) {
        w = Math.max(w, ctx.faces.regular().width(cell(key, item), ctx.body));
      }
      widths[i] = w + 2 * pad;
      used += widths[i];
    }
    widths[description] = Math.max(ctx.contentWidth() - used, ctx.body * 8);
  }

  private String header(LineItemKey key) {
    return ctx.label(
        switch (key) {
          case DESCRIPTION -> Label.DESCRIPTION;
          case PRODUCT_CODE -> Label.PRODUCT_CODE;
          case QUANTITY -> Label.QUANTITY;
          case UNIT -> Label.UNIT;
          case UNIT_PRICE -> Label.UNIT_PRICE;
          case TAX_RATE -> Label.TAX_RATE;
          case TAX -> Label.TAX;
          default -> Label.AMOUNT;
        });
  }

  private String cell(LineItemKey key, LineItemSpec item) {
    return switch (key) {
      case DESCRIPTION -> item.description();
      case PRODUCT_CODE -> item.productCode();
      case QUANTITY -> ctx.spec.locale().numbers().quantity(item.quantity());
      case UNIT -> item.unit();
      case UNIT_PRICE -> ctx.amount(item.unitPrice());
      case TAX_RATE -> ctx.spec.locale().percent(item.taxRate());
      case AMOUNT -> ctx.amount(item.amount());
      case TAX -> ctx.amount(lineTax(item));
      default -> throw new IllegalArgumentException("column " + key + " is not drawn");
    };
  }

  /** The tax on one line: its amount times its rate, to cents. */
  private static BigDecimal lineTax(LineItemSpec item) {
    return InvoiceArithmetic.cents(item.amount().multiply(item.taxRate()));
  }

  private static boolean numeric(LineItemKey key) {
    return key == LineItemKey.TAX
        || key == LineItemKey.QUANTITY
        || key == LineItemKey.UNIT_PRICE
        || key == LineItemKey.TAX_RATE
        || key == LineItemKey.AMOUNT;
  }

  /** Draws the whole table from the cursor; leaves the cursor below it. */
  void draw() {
    float segmentTop = ctx.y;
    ctx.begin(RegionType.TABLE);
    headerRow();
    List<LineItemSpec> items = ctx.spec.items();
    for (int i = 0; i < items.size(); i++) {
      if (ctx.y + rowHeight > ctx.bottom()) {
        finishSegment(segmentTop);
        ctx.end();
        PagePainter.continuationPage(ctx);
        segmentTop = ctx.y;
        ctx.begin(RegionType.TABLE);
        headerRow();
      }
      row(i, items.get(i));
    }
    finishSegment(segmentTop);
    ctx.end();
    ctx.y += ctx.lead;
  }

  private void headerRow() {
    Canvas c = ctx.canvas();
    float top = ctx.y;
    float x = ctx.left();
    float w = ctx.contentWidth();
    Rgb color = Rgb.BLACK;
    switch (ctx.design.table()) {
      case STRIPED -> {
        c.fill(x, top, w, rowHeight, ctx.design.accent());
        color = Rgb.WHITE;
      }
      case BOXED -> c.fill(x, top, w, rowHeight, Rgb.LIGHT_GRAY);
      case SHADED_HEADER -> {
        c.fill(x, top, w, rowHeight, ctx.design.accent().tint(0.82));
        color = ctx.design.accent();
      }
      default -> {}
    }
    List<TruthRecorder.CellDraft> cells = new ArrayList<>();
    for (int i = 0; i < columns.size(); i++) {
      String text = header(columns.get(i));
      text = Text.fit(ctx.faces.bold(), ctx.body, text, widths[i] - 2 * pad);
      drawCell(i, x, top, text, ctx.faces.bold(), color);
      cells.add(new TruthRecorder.CellDraft(columns.get(i), cellBox(i, x, top), text));
      x += widths[i];
    }
    ctx.truth.row(true, -1, new PtBox(ctx.left(), top, ctx.right(), top + rowHeight), cells);
    ctx.y = top + rowHeight;
    Design.Table style = ctx.design.table();
    if (style == Design.Table.RULED || style == Design.Table.UNRULED) {
      c.line(
          ctx.left(),
          ctx.y,
          ctx.right(),
          ctx.y,
          style == Design.Table.UNRULED ? 1.2f : 0.7f,
          Rgb.BLACK);
    } else if (style == Design.Table.LINED) {
      c.line(ctx.left(), ctx.y, ctx.right(), ctx.y, 1.6f, ctx.design.accent());
    }
  }

  private void row(int index, LineItemSpec item) {
    Canvas c = ctx.canvas();
    float top = ctx.y;
    if (ctx.design.table() == Design.Table.STRIPED && index % 2 == 1) {
      c.fill(ctx.left(), top, ctx.contentWidth(), rowHeight, ctx.design.accent().tint(0.88));
    }
    Map<LineItemKey, TruthRecorder.Draft> truth = new EnumMap<>(LineItemKey.class);
    List<TruthRecorder.CellDraft> cells = new ArrayList<>();
    float x = ctx.left();
    for (int i = 0; i < columns.size(); i++) {
      LineItemKey key = columns.get(i);
      String text = cell(key, item);
      if (key == LineItemKey.DESCRIPTION) {
        text = Text.fit(ctx.faces.regular(), ctx.body, text, widths[i] - 2 * pad);
      }
      Canvas.Run run = drawCell(i, x, top, text, ctx.faces.regular(), ctx.ink());
      truth.put(key, draft(key, item, text, run));
      cells.add(new TruthRecorder.CellDraft(key, cellBox(i, x, top), text));
      x += widths[i];
    }
    for (LineItemKey key : LineItemKey.values()) {
      if (!truth.containsKey(key) && key != LineItemKey.TAX && key != LineItemKey.DATE) {
        truth.put(key, draft(key, item, null, null));
      }
    }
    PtBox box = new PtBox(ctx.left(), top, ctx.right(), top + rowHeight);
    int lineItem = ctx.truth.lineItem(c.page(), box, truth);
    ctx.truth.row(false, lineItem, box, cells);
    ctx.y = top + rowHeight;
    Design.Table style = ctx.design.table();
    if (style == Design.Table.RULED) {
      c.line(ctx.left(), ctx.y, ctx.right(), ctx.y, 0.5f, Rgb.BLACK);
    } else if (style == Design.Table.BOXED) {
      c.line(ctx.left(), ctx.y, ctx.right(), ctx.y, 0.3f, Rgb.GRAY);
    } else if (style == Design.Table.LINED) {
      c.line(ctx.left(), ctx.y, ctx.right(), ctx.y, 0.25f, Rgb.GRAY);
    }
  }

  /** The truth of one cell; {@code text} and {@code run} are null for a column not printed. */
  private TruthRecorder.Draft draft(
      LineItemKey key, LineItemSpec item, String text, Canvas.Run run) {
    String currency = null;
    String value =
        switch (key) {
          case DESCRIPTION -> text != null ? text : item.description();
          case PRODUCT_CODE -> item.productCode();
          case QUANTITY -> item.quantity().toPlainString();
          case UNIT -> item.unit();
          case UNIT_PRICE -> plain(item.unitPrice());
          case TAX_RATE -> item.taxRate().stripTrailingZeros().toPlainString();
          case AMOUNT -> plain(item.amount());
          case TAX -> plain(lineTax(item));
          default -> null;
        };
    if (key == LineItemKey.UNIT_PRICE || key == LineItemKey.AMOUNT || key == LineItemKey.TAX) {
      currency = ctx.spec.currency();
    }
    if (run == null) {
      return new TruthRecorder.Draft(value, null, currency, -1, null);
    }
    return new TruthRecorder.Draft(value, text, currency, run.page(), run.box());
  }

  private static String plain(BigDecimal v) {
    return InvoiceArithmetic.cents(v).toPlainString();
  }

  private Canvas.Run drawCell(int i, float x, float top, String text, SynthFont font, Rgb color) {
    float baseline = top + rowHeight / 2 + ctx.body * 0.35f;
    Canvas c = ctx.canvas();
    if (numeric(columns.get(i))) {
      return c.textRight(font, ctx.body, x + widths[i] - pad, baseline, text, color);
    }
    return c.text(font, ctx.body, x + pad, baseline, text, color);
  }

  private PtBox cellBox(int i, float x, float top) {
    return new PtBox(x, top, x + widths[i], top + rowHeight);
  }

  /** Frame and column rules of the part of the table on this page. */
  private void finishSegment(float top) {
    Canvas c = ctx.canvas();
    float bottom = ctx.y;
    switch (ctx.design.table()) {
      case RULED -> {
        float x = ctx.left();
        c.line(x, top, ctx.right(), top, 0.7f, Rgb.BLACK);
        c.line(x, top, x, bottom, 0.7f, Rgb.BLACK);
        for (float w : widths) {
          x += w;
          c.line(x, top, x, bottom, 0.7f, Rgb.BLACK);
        }
      }
      case BOXED -> c.frame(ctx.left(), top, ctx.contentWidth(), bottom - top, 0.8f, Rgb.BLACK);
      case UNRULED -> c.line(ctx.left(), bottom, ctx.right(), bottom, 0.8f, Rgb.BLACK);
      case SHADED_HEADER ->
          c.line(ctx.left(), bottom, ctx.right(), bottom, 1f, ctx.design.accent());
      case STRIPED, LINED -> {}
    }
  }
}
