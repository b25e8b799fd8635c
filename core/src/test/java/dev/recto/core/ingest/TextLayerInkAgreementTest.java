package dev.recto.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.recto.core.model.BoundingBox;
import dev.recto.core.model.Word;
import dev.recto.core.process.Deadline;
import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;

/**
 * Text-layer boxes must agree with what a page image shows (and so with OCR boxes of the same page)
 * within 1% of the page size: each word's box is compared with the ink its glyphs leave on a
 * 150-dpi rendering.
 */
class TextLayerInkAgreementTest {

  private static final double TOLERANCE = 0.01;

  @Test
  void wordBoxesHugTheirInk() throws IOException {
    byte[] pdf = page();
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      TextLayerPage layer =
          new TextLayerReader().read(doc, 0, Deadline.startingNow(Duration.ofSeconds(30)));
      PageImage image =
          new PdfRasterizer(50_000_000).render(doc, 0, 150, PdfRasterizer.ColorMode.GRAY);

      assertThat(layer.words()).hasSizeGreaterThan(15);
      for (Word w : layer.words()) {
        BoundingBox ink = inkBox(image.image(), w.box());
        assertThat(ink).as("ink of '%s'", w.text()).isNotNull();
        assertThat(w.box().maxEdgeDistance(ink))
            .as("'%s' box %s vs ink %s", w.text(), w.box(), ink)
            .isLessThanOrEqualTo(TOLERANCE);
      }
    }
  }

  /** Lines in several fonts and sizes, far enough apart that their ink does not mix. */
  private static byte[] page() throws IOException {
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage(PDRectangle.A4);
      doc.addPage(page);
      float h = page.getMediaBox().getHeight();
      Object[][] lines = {
        {Standard14Fonts.FontName.HELVETICA_BOLD, 20f, 60f, 80f, "INVOICE Acme GmbH"},
        {
          Standard14Fonts.FontName.HELVETICA,
          10f,
          60f,
          140f,
          "Invoice No.: 2026-0042 Date: 14.03.2026"
        },
        {Standard14Fonts.FontName.TIMES_ROMAN, 12f, 300f, 200f, "Globex Corporation, Springfield"},
        {Standard14Fonts.FontName.COURIER, 9f, 60f, 260f, "Qty 2 x 350.00 = 700.00 EUR"},
        {
          Standard14Fonts.FontName.HELVETICA,
          8f,
          60f,
          780f,
          "Registered at Amtsgericht Stuttgart HRB 12345"
        }
      };
      try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
        for (Object[] l : lines) {
          cs.beginText();
          cs.setFont(new PDType1Font((Standard14Fonts.FontName) l[0]), (Float) l[1]);
          cs.newLineAtOffset((Float) l[2], h - (Float) l[3]);
          cs.showText((String) l[4]);
          cs.endText();
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out);
      return out.toByteArray();
    }
  }

  /** The box of dark pixels near {@code box} (grown by the tolerance), page-relative. */
  private static BoundingBox inkBox(BufferedImage img, BoundingBox box) {
    int w = img.getWidth();
    int h = img.getHeight();
    int x0 = (int) Math.max(0, Math.floor((box.left() - 0.003) * w));
    int x1 = (int) Math.min(w - 1, Math.ceil((box.right() + 0.003) * w));
    int y0 = (int) Math.max(0, Math.floor((box.top() - TOLERANCE) * h));
    int y1 = (int) Math.min(h - 1, Math.ceil((box.bottom() + TOLERANCE) * h));
    Raster r = img.getRaster();
    int minX = Integer.MAX_VALUE;
    int minY = Integer.MAX_VALUE;
    int maxX = -1;
    int maxY = -1;
    for (int y = y0; y <= y1; y++) {
      for (int x = x0; x <= x1; x++) {
        if (r.getSample(x, y, 0) < 128) {
          minX = Math.min(minX, x);
          maxX = Math.max(maxX, x);
          minY = Math.min(minY, y);
          maxY = Math.max(maxY, y);
        }
      }
    }
    if (maxX < 0) {
      return null;
    }
    return BoundingBox.fromAbsolute(minX, minY, maxX + 1, maxY + 1, w, h);
  }
}
