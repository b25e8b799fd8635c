package dev.recto.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.recto.core.model.BoundingBox;
import dev.recto.core.model.Word;
import dev.recto.core.process.Deadline;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;

class TextLayerReaderTest {

  private static final PDType1Font HELVETICA = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
  // Helvetica's AFM: ascender 718, descender -207.
  private static final double ASCENT = 0.718;
  private static final double DESCENT = 0.207;
  private static final double SIZE = 12;

  /** Draws on one page; coordinates in PDF user space (origin bottom-left). */
  interface Drawing {
    void draw(PDPageContentStream cs) throws IOException;
  }

  private static TextLayerPage read(int rotation, Drawing drawing) throws IOException {
    return readAndRender(rotation, drawing, null);
  }

  private static TextLayerPage readAndRender(int rotation, Drawing drawing, BufferedImage[] image)
      throws IOException {
    byte[] pdf;
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage(PDRectangle.LETTER);
      page.setRotation(rotation);
      doc.addPage(page);
      try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
        drawing.draw(cs);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out);
      pdf = out.toByteArray();
    }
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      if (image != null) {
        image[0] = new PDFRenderer(doc).renderImage(0, 1f); // 72 dpi: one pixel per point
      }
      return new TextLayerReader().read(doc, 0, Deadline.startingNow(Duration.ofSeconds(30)));
    }
  }

  private static Drawing text(double x, double y, String... pieces) {
    return cs -> {
      cs.beginText();
      cs.setFont(HELVETICA, (float) SIZE);
      cs.newLineAtOffset((float) x, (float) y);
      for (String p : pieces) {
        cs.showText(p);
      }
      cs.endText();
    };
  }

  private static double width(String s) throws IOException {
    return HELVETICA.getStringWidth(s) / 1000 * SIZE;
  }

  @Test
  void wordsHaveTheirDrawnPositionInPageRelativeTopLeftSpace() throws IOException {
    // Baseline 100 pt from the top of a 612 x 792 page: user-space y = 692.
    TextLayerPage page = read(0, text(72, 692, "Hello world"));

    assertThat(page.width()).isEqualTo(612);
    assertThat(page.height()).isEqualTo(792);
    assertThat(page.assessment().real()).isTrue();
    assertThat(page.words()).extracting(Word::text).containsExactly("Hello", "world");
    Word hello = page.words().get(0);
    BoundingBox box = hello.box();
    assertThat(box.left()).isCloseTo(72 / 612.0, within(1e-4));
    assertThat(box.right()).isCloseTo((72 + width("Hello")) / 612, within(1e-4));
    assertThat(box.top()).isCloseTo((100 - ASCENT * SIZE) / 792, within(1e-4));
    assertThat(box.bottom()).isCloseTo((100 + DESCENT * SIZE) / 792, within(1e-4));
    assertThat(hello.fontSize()).isCloseTo(SIZE, within(1e-6));
    assertThat(hello.provenance().box()).isEqualTo(box);
    assertThat(page.words().get(1).box().left())
        .isCloseTo((72 + width("Hello ")) / 612, within(1e-4));
  }

  @Test
  void wordsComeInReadingOrderWhateverTheDrawingOrder() throws IOException {
    TextLayerPage page =
        read(
            0,
            cs -> {
              text(300, 600, "second").draw(cs);
              text(72, 700, "first").draw(cs);
              text(72, 600, "line2").draw(cs);
            });
    assertThat(page.words()).extracting(Word::text).containsExactly("first", "line2", "second");
  }

  @Test
  void invisibleTextIsCountedButNotReturned() throws IOException {
    TextLayerPage page =
        read(
            0,
            cs -> {
              cs.beginText();
              cs.setRenderingMode(RenderingMode.NEITHER);
              cs.setFont(HELVETICA, 12);
              cs.newLineAtOffset(72, 700);
              cs.showText("Hidden OCR layer");
              cs.endText();
            });
    assertThat(page.words()).isEmpty();
    assertThat(page.assessment().real()).isFalse();
    assertThat(page.assessment().invisibleCharacters()).isEqualTo(14);
    assertThat(page.assessment().reason()).contains("invisible");
  }

  @Test
  void emptyPageHasNoRealTextLayer() throws IOException {
    TextLayerPage page = read(0, cs -> cs.addRect(72, 72, 100, 100));
    assertThat(page.words()).isEmpty();
    assertThat(page.assessment().real()).isFalse();
    assertThat(page.assessment().reason()).isEqualTo("no text layer");
  }

  @Test
  void piecesOfOneWordDrawnSeparatelyAreJoined() throws IOException {
    // "F" and "actuur" shown by two operators with no gap: one word, as pdftotext reads it.
    TextLayerPage page = read(0, text(72, 700, "F", "actuur 12"));
    assertThat(page.words()).extracting(Word::text).containsExactly("Factuur", "12");
  }

  @Test
  void duplicatedTextIsKeptOnce() throws IOException {
    // Fake bold: the same word drawn twice, 0.3 pt apart.
    TextLayerPage page =
        read(
            0,
            cs -> {
              text(72, 700, "Total").draw(cs);
              text(72.3, 700, "Total").draw(cs);
            });
    assertThat(page.words()).extracting(Word::text).containsExactly("Total");
  }

  @Test
  void aDiacriticDrawnOverALetterIsComposed() throws IOException {
    double acuteOffset = (width("e") - width("\u00B4")) / 2;
    TextLayerPage page =
        read(
            0,
            cs -> {
              cs.beginText();
              cs.setFont(HELVETICA, (float) SIZE);
              cs.newLineAtOffset(72, 700);
              cs.showText("caf");
              cs.showText("e");
              // back to the middle of the e, then the acute accent over it
              cs.newLineAtOffset((float) (width("caf") + acuteOffset), 0);
              cs.showText("\u00B4");
              cs.endText();
            });
    assertThat(page.words()).extracting(Word::text).containsExactly("caf\u00E9");
  }

  @Test
  void rotatedPageBoxesAreInTheDisplayedPageSpace() throws IOException {
    // /Rotate 90 turns the page clockwise: displayed 792 wide and 612 high. A point (x, y) of
    // user space is displayed at (y, x), so text drawn along user x from (72, 700) runs down
    // the displayed page from (700, 72), with its ascent towards the right.
    BufferedImage[] image = new BufferedImage[1];
    TextLayerPage page = readAndRender(90, text(72, 700, "Rotated"), image);

    assertThat(page.rotation()).isEqualTo(90);
    assertThat(page.width()).isEqualTo(792);
    assertThat(page.height()).isEqualTo(612);
    assertThat(page.words()).extracting(Word::text).containsExactly("Rotated");
    BoundingBox box = page.words().get(0).box();
    assertThat(box.left()).isCloseTo((700 - DESCENT * SIZE) / 792, within(1e-4));
    assertThat(box.right()).isCloseTo((700 + ASCENT * SIZE) / 792, within(1e-4));
    assertThat(box.top()).isCloseTo(72 / 612.0, within(1e-4));
    assertThat(box.bottom()).isCloseTo((72 + width("Rotated")) / 612, within(1e-4));

    // And the renderer draws the ink inside that box.
    assertThat(image[0].getWidth()).isEqualTo(792);
    assertInkInside(image[0], box, 792, 612);
  }

  @Test
  void unrotatedBoxesContainTheRenderedInk() throws IOException {
    BufferedImage[] image = new BufferedImage[1];
    TextLayerPage page = readAndRender(0, text(72, 692, "Ink"), image);
    assertInkInside(image[0], page.words().get(0).box(), 612, 792);
  }

  @Test
  void upsideDownPageBoxesAreInTheDisplayedPageSpace() throws IOException {
    BufferedImage[] image = new BufferedImage[1];
    TextLayerPage page = readAndRender(180, text(72, 692, "Flip"), image);
    // /Rotate 180 displays user (x, y) at (612 - x, y): the text hangs upside down from y = 692,
    // its descent above the baseline and its ascent below.
    BoundingBox box = page.words().get(0).box();
    assertThat(box.right()).isCloseTo((612 - 72) / 612.0, within(1e-4));
    assertThat(box.left()).isCloseTo((612 - 72 - width("Flip")) / 612, within(1e-4));
    assertThat(box.top()).isCloseTo((692 - DESCENT * SIZE) / 792, within(1e-4));
    assertThat(box.bottom()).isCloseTo((692 + ASCENT * SIZE) / 792, within(1e-4));
    assertInkInside(image[0], box, 612, 792);
  }

  @Test
  void ligatureCharactersAreExpanded() {
    assertThat(TextLayerReader.expandLigatures("\uFB01nal o\uFB03ce")).isEqualTo("final office");
    assertThat(TextLayerReader.expandLigatures("plain")).isEqualTo("plain");
  }

  /** Every dark pixel lies within the box, give or take a point. */
  private static void assertInkInside(BufferedImage image, BoundingBox box, double w, double h) {
    int minX = Integer.MAX_VALUE;
    int minY = Integer.MAX_VALUE;
    int maxX = -1;
    int maxY = -1;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        int rgb = image.getRGB(x, y);
        int gray = ((rgb >> 16 & 0xff) + (rgb >> 8 & 0xff) + (rgb & 0xff)) / 3;
        if (gray < 128) {
          minX = Math.min(minX, x);
          minY = Math.min(minY, y);
          maxX = Math.max(maxX, x + 1);
          maxY = Math.max(maxY, y + 1);
        }
      }
    }
    assertThat(maxX).as("some ink").isPositive();
    List<Double> ink = List.of(minX / w, minY / h, maxX / w, maxY / h);
    assertThat(ink.get(0)).isGreaterThanOrEqualTo(box.left() - 1.5 / w);
    assertThat(ink.get(1)).isGreaterThanOrEqualTo(box.top() - 1.5 / h);
    assertThat(ink.get(2)).isLessThanOrEqualTo(box.right() + 1.5 / w);
    assertThat(ink.get(3)).isLessThanOrEqualTo(box.bottom() + 1.5 / h);
  }
}
