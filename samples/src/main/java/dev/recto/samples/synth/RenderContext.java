package dev.recto.samples.synth;

import dev.recto.core.field.FieldKey;
import dev.recto.core.model.RegionType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * The state of one invoice being drawn: the document, its pages and their open content streams, the
 * faces, the truth recorder and a vertical cursor (points from the top of the current page). Also
 * holds the design's derived measures (margin, body size, line height).
 *
 * <p>Owns the content streams it opens ({@link #closeStreams}); the document belongs to the caller.
 * Not thread-safe.
 */
final class RenderContext {

  final InvoiceSpec spec;
  final Design design;
  final FontLibrary.Faces faces;
  final TruthRecorder truth = new TruthRecorder();
  final PDDocument document;
  final PDRectangle size;
  final float margin;
  final float body;
  final float lead;
  private final List<PDPageContentStream> streams = new ArrayList<>();
  private final List<Canvas> canvases = new ArrayList<>();
  float y;

  RenderContext(PDDocument document, InvoiceSpec spec, Design design, FontLibrary.Faces faces) {
    this.document = document;
    this.spec = spec;
    this.design = design;
    this.faces = faces;
    this.size = spec.locale().letterPaper() ? PDRectangle.LETTER : PDRectangle.A4;
    this.margin = 48;
    this.body = design.fontSize();
    this.lead = body * 1.45f;
  }

  /** Starts a new page and moves the cursor to its top margin. */
  Canvas newPage() {
    PDPage page = new PDPage(size);
    document.addPage(page);
    try {
      PDPageContentStream cs = new PDPageContentStream(document, page);
      streams.add(cs);
      int index = truth.page(size.getWidth(), size.getHeight());
      Canvas canvas = new Canvas(cs, index, size.getWidth(), size.getHeight(), truth);
      canvases.add(canvas);
      if (sidebar()) {
        canvas.fill(0, 0, sidebarWidth(), size.getHeight(), design.accent().tint(0.86));
      }
      y = margin;
      return canvas;
    } catch (IOException e) {
      throw new UncheckedIOException("adding a page", e);
    }
  }

  /** The page being drawn. */
  Canvas canvas() {
    return canvases.get(canvases.size() - 1);
  }

  /** All pages so far. */
  List<Canvas> canvases() {
    return List.copyOf(canvases);
  }

  float pageWidth() {
    return size.getWidth();
  }

  float pageHeight() {
    return size.getHeight();
  }

  /** True when the design has a sidebar down the left of every page. */
  boolean sidebar() {
    return design.header() == Design.Header.SIDEBAR;
  }

  /** Width of the sidebar from the page's left edge, in points. */
  float sidebarWidth() {
    return Math.round(size.getWidth() * 0.28f);
  }

  /** Left edge of the flowing content: the margin, or right of the sidebar. */
  float left() {
    return sidebar() ? sidebarWidth() + margin * 0.6f : margin;
  }

  float contentWidth() {
    return sidebar() ? right() - left() : size.getWidth() - 2 * margin;
  }

  /** The colour of body text. */
  Rgb ink() {
    return design.ink();
  }

  float right() {
    return size.getWidth() - margin;
  }

  /** Lowest y the flowing content may reach on a page; below it sits the footer. */
  float bottom() {
    float footer = design.payment() == Design.Payment.FOOTER_COLUMNS ? body * 9 : body * 3;
    if (design.footer() == Design.Footer.CENTERED) {
      footer += body;
    }
    return size.getHeight() - margin - footer;
  }

  void begin(RegionType type) {
    truth.begin(type, canvas().page());
  }

  void begin(RegionType type, int page) {
    truth.begin(type, page);
  }

  void end() {
    truth.end();
  }

  /** Records a field printed as {@code run}. */
  void field(FieldKey key, String value, Canvas.Run run) {
    truth.field(key, new TruthRecorder.Draft(value, run.text(), null, run.page(), run.box()));
  }

  /** Records a money field printed as {@code run}. */
  void money(FieldKey key, java.math.BigDecimal value, Canvas.Run run) {
    truth.field(
        key,
        new TruthRecorder.Draft(
            value.toPlainString(), run.text(), spec.currency(), run.page(), run.box()));
  }

  /** An amount with the invoice's currency mark. */
  String money(java.math.BigDecimal amount) {
    return spec.locale().money(amount, spec.currencyAsCode());
  }

  /** An amount without a currency mark. */
  String amount(java.math.BigDecimal amount) {
    return spec.locale().numbers().amount(amount);
  }

  String date(java.time.LocalDate date) {
    return spec.datePattern().format(date);
  }

  String label(Label label) {
    return spec.label(label);
  }

  void closeStreams() {
    for (PDPageContentStream cs : streams) {
      try {
        cs.close();
      } catch (IOException e) {
        throw new UncheckedIOException("closing a page", e);
      }
    }
    streams.clear();
  }
}
