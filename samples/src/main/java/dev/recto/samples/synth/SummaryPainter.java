package dev.recto.samples.synth;

import dev.recto.core.field.FieldKey;
import dev.recto.core.model.RegionType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Draws what follows the table: the totals block (right), the payment details (beside it or in
 * footer columns, as the design says) and a closing line of text. Moves to a new page first when
 * they do not fit. One per invoice; not thread-safe.
 */
final class SummaryPainter {

  private record Line(String label, String value, FieldKey key, BigDecimal amount, boolean bold) {}

  private final RenderContext ctx;

  SummaryPainter(RenderContext ctx) {
    this.ctx = ctx;
  }

  void draw() {
    List<Line> lines = lines();
    SynthFont bold = ctx.faces.bold();
    Design.TotalsPlace place = ctx.design.totalsPlace();
    float labelWidth = 0;
    float valueWidth = 0;
    for (Line l : lines) {
      labelWidth = Math.max(labelWidth, bold.width(l.label(), ctx.body));
      valueWidth = Math.max(valueWidth, bold.width(l.value(), ctx.body));
    }
    float blockWidth =
        place == Design.TotalsPlace.BAND
            ? ctx.contentWidth()
            : Math.max(labelWidth + valueWidth + ctx.body * 3, ctx.contentWidth() * 0.36f);
    List<String[]> payment = paymentLines();
    float paymentWidth = 0;
    for (String[] p : payment) {
      paymentWidth = Math.max(paymentWidth, ctx.faces.regular().width(p[0] + p[1], ctx.body));
    }
    Design.Payment where = ctx.design.payment();
    boolean beside = where == Design.Payment.BESIDE_TOTALS;
    boolean boxed = where == Design.Payment.BOXED;
    boolean sideBySide =
        place != Design.TotalsPlace.BAND
            && paymentWidth + ctx.body * 2 < ctx.contentWidth() - blockWidth;
    float totalsHeight = lines.size() * ctx.lead * 1.2f + ctx.lead;
    float paymentHeight =
        beside
            ? (payment.size() + 1) * ctx.lead + ctx.lead
            : boxed ? (payment.size() + 3) * ctx.lead : 0;
    float needed =
        ((sideBySide && beside)
                ? Math.max(totalsHeight, paymentHeight)
                : totalsHeight + paymentHeight)
            + ctx.lead * 2;
    needed += NotesPainter.height(ctx);
    if (ctx.y + needed > ctx.bottom()) {
      PagePainter.continuationPage(ctx);
    }
    float top = ctx.y;
    float totalsX = place == Design.TotalsPlace.RIGHT ? ctx.right() - blockWidth : ctx.left();
    float after = totals(lines, totalsX, blockWidth, top);
    if (beside) {
      float paymentTop = sideBySide ? top : after + ctx.lead;
      float paymentX =
          place == Design.TotalsPlace.LEFT && sideBySide
              ? ctx.left() + blockWidth + ctx.body * 2
              : ctx.left();
      float end = payment(payment, paymentX, paymentTop, ctx.faces.regular(), ctx.body, false);
      after = Math.max(after, end);
    } else if (boxed) {
      float pad = ctx.body * 0.8f;
      after =
          payment(
              payment,
              ctx.left() + pad,
              after + ctx.lead + pad,
              ctx.faces.regular(),
              ctx.body,
              true);
    }
    ctx.y = after + ctx.lead * 1.5f;
    ctx.y = NotesPainter.draw(ctx, ctx.y);
    ctx.begin(RegionType.TEXT);
    ctx.canvas()
        .text(ctx.faces.regular(), ctx.body, ctx.left(), ctx.y, ctx.label(Label.THANKS), Rgb.GRAY);
    ctx.end();
    ctx.y += ctx.lead;
    StampPainter.draw(ctx);
    if (where == Design.Payment.FOOTER_COLUMNS) {
      footerColumns(payment);
    } else if (where == Design.Payment.SIDEBAR) {
      SidebarPainter.payment(ctx, payment);
    }
  }

  private List<Line> lines() {
    Totals t = ctx.spec.totals();
    SynthLocale locale = ctx.spec.locale();
    List<Line> lines = new ArrayList<>();
    lines.add(
        new Line(
            ctx.label(Label.SUBTOTAL),
            ctx.money(t.subTotal()),
            FieldKey.SUB_TOTAL,
            t.subTotal(),
            false));
    if (t.hasDiscount()) {
      lines.add(
          new Line(
              ctx.label(Label.DISCOUNT) + " " + locale.percent(t.discountRate()),
              "-" + ctx.money(t.discount()),
              FieldKey.TOTAL_DISCOUNT,
              t.discount(),
              false));
    }
    boolean single = t.taxes().size() == 1;
    for (TaxLine tax : t.taxes()) {
      lines.add(
          new Line(
              ctx.label(Label.TAX) + " " + locale.percent(tax.rate()),
              ctx.money(tax.amount()),
              single ? FieldKey.TOTAL_TAX : null,
              tax.amount(),
              false));
    }
    lines.add(
        new Line(
            ctx.label(Label.TOTAL), ctx.money(t.total()), FieldKey.INVOICE_TOTAL, t.total(), true));
    lines.add(
        new Line(
            ctx.label(Label.AMOUNT_DUE),
            ctx.money(t.amountDue()),
            FieldKey.AMOUNT_DUE,
            t.amountDue(),
            true));
    return lines;
  }

  /** Draws the totals block; returns the y below it. */
  private float totals(List<Line> lines, float x, float width, float top) {
    Canvas c = ctx.canvas();
    Totals t = ctx.spec.totals();
    ctx.begin(RegionType.TOTALS_BLOCK);
    float step = ctx.lead * 1.2f;
    float baseline = top + ctx.body;
    float end = ctx.design.totalsPlace() == Design.TotalsPlace.RIGHT ? ctx.right() : x + width;
    if (ctx.design.totalsPlace() == Design.TotalsPlace.BAND) {
      c.line(x, top, end, top, 1.2f, ctx.design.accent());
      baseline += ctx.body * 0.6f;
    }
    for (Line l : lines) {
      SynthFont font = l.bold() ? ctx.faces.bold() : ctx.faces.regular();
      if (l.key() == FieldKey.INVOICE_TOTAL) {
        switch (ctx.design.totals()) {
          case RULED ->
              c.line(
                  x, baseline - ctx.body * 1.2f, end, baseline - ctx.body * 1.2f, 0.8f, Rgb.BLACK);
          case SHADED ->
              c.fill(
                  x, baseline - ctx.body * 1.15f, width, step * 2, ctx.design.accent().tint(0.8));
          case PLAIN -> {}
        }
      }
      c.text(font, ctx.body, x + ctx.body * 0.4f, baseline, l.label(), ctx.ink());
      Canvas.Run value =
          c.textRight(font, ctx.body, end - ctx.body * 0.4f, baseline, l.value(), ctx.ink());
      if (l.key() != null) {
        ctx.money(l.key(), l.amount(), value);
      }
      if (l.key() == FieldKey.INVOICE_TOTAL) {
        currency(value, font);
      }
      baseline += step;
    }
    if (t.taxes().size() > 1) {
      ctx.truth.field(
          FieldKey.TOTAL_TAX,
          new TruthRecorder.Draft(
              t.totalTax().toPlainString(), null, ctx.spec.currency(), -1, null));
    }
    ctx.end();
    return baseline - step + ctx.body * 0.5f;
  }

  private void currency(Canvas.Run total, SynthFont font) {
    String mark =
        ctx.spec.currencyAsCode() ? ctx.spec.currency() : ctx.spec.locale().currencySymbol();
    int at = total.text().indexOf(mark);
    PtBox box = Canvas.part(total, font, ctx.body, at, at + mark.length());
    ctx.truth.field(
        FieldKey.CURRENCY,
        new TruthRecorder.Draft(ctx.spec.currency(), mark, null, total.page(), box));
  }

  /** Label (with separator) and value of each payment line; the terms line has no label. */
  private List<String[]> paymentLines() {
    PaymentDetails p = ctx.spec.payment();
    List<String[]> out = new ArrayList<>();
    out.add(new String[] {"", p.terms()});
    out.add(new String[] {ctx.label(Label.BANK) + ": ", p.bankName()});
    if (p.iban() != null) {
      out.add(new String[] {ctx.label(Label.IBAN) + ": ", Iban.grouped(p.iban())});
      out.add(new String[] {ctx.label(Label.BIC) + ": ", p.bic()});
    } else {
      out.add(new String[] {ctx.label(Label.ROUTING) + ": ", p.routingNumber()});
      out.add(new String[] {ctx.label(Label.ACCOUNT) + ": ", p.accountNumber()});
    }
    return out;
  }

  /**
   * Draws the payment details with a heading, framed across the content column when {@code boxed};
   * returns the y below them.
   */
  private float payment(
      List<String[]> lines, float x, float top, SynthFont font, float size, boolean boxed) {
    Canvas c = ctx.canvas();
    PaymentDetails p = ctx.spec.payment();
    ctx.begin(RegionType.PAYMENT_DETAILS);
    float lead = size * 1.45f;
    float baseline = top + size;
    c.text(ctx.faces.bold(), size, x, baseline, ctx.label(Label.PAYMENT_DETAILS), ctx.ink());
    for (String[] line : lines) {
      baseline += lead;
      Canvas.Run run = c.text(font, size, x, baseline, line[0] + line[1], ctx.ink());
      PtBox box = Canvas.part(run, font, size, line[0].length(), run.text().length());
      String raw = line[1];
      String value = raw;
      FieldKey key = null;
      if (line[0].isEmpty()) {
        key = FieldKey.PAYMENT_TERM;
      } else if (raw.equals(p.bic())) {
        key = FieldKey.SWIFT;
      } else if (p.iban() != null && raw.equals(Iban.grouped(p.iban()))) {
        key = FieldKey.IBAN;
        value = p.iban();
      }
      if (key != null) {
        ctx.truth.field(key, new TruthRecorder.Draft(value, raw, null, run.page(), box));
      }
    }
    if (boxed) {
      float pad = ctx.body * 0.8f;
      float bottom = baseline + size * 0.4f + pad;
      c.frame(
          ctx.left(), top - pad, ctx.contentWidth(), bottom - top + pad, 0.8f, ctx.design.accent());
      ctx.end();
      return bottom;
    }
    ctx.end();
    return baseline + size * 0.4f;
  }

  /** Vendor, payment and terms in three small columns at the bottom of the last page. */
  private void footerColumns(List<String[]> payment) {
    Canvas c = ctx.canvas();
    float size = ctx.body * 0.8f;
    float lead = size * 1.45f;
    float top = ctx.bottom() + ctx.body;
    float w = ctx.contentWidth();
    c.line(ctx.left(), top - size * 0.5f, ctx.right(), top - size * 0.5f, 0.5f, Rgb.GRAY);
    Party v = ctx.spec.vendor();
    ctx.begin(RegionType.PAGE_FOOTER);
    float baseline = top + size;
    // The name wraps within its column (a long one once ran into the payment column).
    List<String> name = Text.wrap(ctx.faces.bold(), size, v.name(), w * 0.36f - size);
    c.text(ctx.faces.bold(), size, ctx.left(), baseline, name.get(0), Rgb.BLACK);
    for (String more : name.subList(1, name.size())) {
      baseline += lead;
      c.text(ctx.faces.bold(), size, ctx.left(), baseline, more, Rgb.BLACK);
    }
    for (String line : v.addressLines()) {
      baseline += lead;
      c.text(ctx.faces.regular(), size, ctx.left(), baseline, line, Rgb.BLACK);
    }
    if (v.taxId() != null) {
      baseline += lead;
      c.text(
          ctx.faces.regular(),
          size,
          ctx.left(),
          baseline,
          ctx.label(Label.VENDOR_TAX_ID) + " " + v.taxId(),
          Rgb.BLACK);
    }
    ctx.end();
    List<String[]> bank = payment.subList(1, payment.size());
    payment(bank, ctx.left() + w * 0.36f, top, ctx.faces.regular(), size, false);
    ctx.begin(RegionType.TEXT);
    baseline = top + size;
    PtBox terms = null;
    List<String> wrapped =
        Text.wrap(ctx.faces.regular(), size, ctx.spec.payment().terms(), w * 0.26f);
    for (String line : wrapped) {
      terms =
          c.text(ctx.faces.regular(), size, ctx.left() + w * 0.74f, baseline, line, Rgb.BLACK)
              .box()
              .union(terms);
      baseline += lead;
    }
    ctx.truth.field(
        FieldKey.PAYMENT_TERM,
        new TruthRecorder.Draft(
            ctx.spec.payment().terms(), String.join("\n", wrapped), null, c.page(), terms));
    ctx.end();
  }
}
