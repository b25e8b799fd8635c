package dev.recto.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;

class PdfRasterizerTest {

  /**
   * A scan's image drawn larger than its own pixels is interpolated, not repeated pixel by pixel: a
   * black and white checkerboard of 8 x 8 pixels on a 1-inch square, rendered at 80 dpi (10 output
   * pixels per image pixel), has grey pixels at the squares' edges.
   */
  @Test
  void imagesScaledUpAreDrawnSmooth() throws Exception {
    BufferedImage checker = new BufferedImage(8, 8, BufferedImage.TYPE_BYTE_GRAY);
    for (int y = 0; y < 8; y++) {
      for (int x = 0; x < 8; x++) {
        checker.getRaster().setSample(x, y, 0, (x + y) % 2 == 0 ? 0 : 255);
      }
    }
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage(new PDRectangle(72, 72));
      doc.addPage(page);
      PDImageXObject image = LosslessFactory.createFromImage(doc, checker);
      assertThat(image.getInterpolate()).isFalse();
      try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
        content.drawImage(image, 0, 0, 72, 72);
      }
      BufferedImage out =
          new PdfRasterizer(10_000_000L).render(doc, 0, 80, PdfRasterizer.ColorMode.GRAY).image();
      int grey = 0;
      for (int y = 0; y < out.getHeight(); y++) {
        for (int x = 0; x < out.getWidth(); x++) {
          int v = out.getRaster().getSample(x, y, 0);
          grey += v > 40 && v < 215 ? 1 : 0;
        }
      }
      // nearest neighbour leaves none; interpolation greys a band along every edge
      assertThat(grey).isGreaterThan(out.getWidth() * out.getHeight() / 20);
    }
  }
}
