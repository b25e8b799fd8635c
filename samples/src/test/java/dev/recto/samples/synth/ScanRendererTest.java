package dev.recto.samples.synth;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import dev.recto.core.ingest.TextLayerReader;
import dev.recto.core.model.BoundingBox;
import dev.recto.core.process.Deadline;
import java.awt.geom.AffineTransform;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScanRendererTest {

  private static final FontLibrary FONTS = new FontLibrary();
  private static final InvoiceRenderer.Rendered INVOICE =
      new InvoiceRenderer(FONTS)
          .render(new InvoiceGenerator().generate(11, 0), Designs.all().get(0), "s");

  @AfterAll
  static void close() {
    FONTS.close();
  }

  @Test
  void sameSeedWritesByteIdenticalScansWhoseTruthValidates(@TempDir Path a, @TempDir Path b)
      throws Exception {
    ScanOptions options = new ScanOptions(150, 200, 3.0);
    SynthCorpus.write(a, 3, 21L, 1, options);
    SynthCorpus.write(b, 3, 21L, 2, options);
    JsonSchema schema;
    try (InputStream in = TruthJson.class.getResourceAsStream(TruthJson.SCHEMA_RESOURCE)) {
      schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
    }
    for (int i = 0; i < 3; i++) {
      String name = SynthCorpus.name(i);
      for (String file : List.of(name + ".png", name + ".scan.pdf", name + ".scan.truth.json")) {
        assertThat(Files.readAllBytes(a.resolve(file)))
            .as(file)
            .isEqualTo(Files.readAllBytes(b.resolve(file)));
      }
      JsonNode truth = new ObjectMapper().readTree(a.resolve(name + ".scan.truth.json").toFile());
      assertThat(schema.validate(truth)).isEmpty();
      assertThat(truth.get("scan").get("dpi").asInt()).isBetween(150, 200);
      int pages = truth.get("pages").size();
      assertThat(truth.get("scan").get("pages").size()).isEqualTo(pages);
      for (int p = 0; p < pages; p++) {
        assertThat(a.resolve(ScanFiles.png(name, p))).exists();
      }
      assertThat(a.resolve(ScanFiles.png(name, pages))).doesNotExist();
    }
  }

  @Test
  void mainWritesScansWithTheScanFlag(@TempDir Path dir) throws Exception {
    SynthCorpus.main(
        new String[] {"--count", "1", "--scan", "--seed", "4", "--out", dir.toString()});
    for (String ext : List.of(".pdf", ".truth.json", ".png", ".scan.pdf", ".scan.truth.json")) {
      assertThat(dir.resolve(SynthCorpus.name(0) + ext)).exists();
    }
  }

  @Test
  void plansStayInRangeAndDependOnlyOnSeedAndIndex() {
    ScanOptions options = ScanOptions.defaults();
    boolean skewed = false;
    for (int i = 0; i < 200; i++) {
      ScanPlan plan = ScanPlan.of(5, i, options);
      assertThat(plan).isEqualTo(ScanPlan.of(5, i, options));
      assertThat(plan.dpi()).isBetween(150, 300);
      assertThat(Math.abs(plan.skewDegrees())).isLessThanOrEqualTo(3.0);
      skewed |= plan.skewDegrees() != 0;
      for (ScanEffect e : plan.effects()) {
        if (e instanceof ScanEffect.Jpeg j) {
          assertThat(j.quality()).isBetween(40, 90);
        }
      }
    }
    assertThat(skewed).isTrue();
  }

  @Test
  void zeroSkewLeavesEveryBoxUnchanged() throws Exception {
    ScanPlan plan =
        new ScanPlan(
            100,
            true,
            0,
            List.of(new ScanEffect.Noise(8), new ScanEffect.Blur(1, 2), new ScanEffect.Jpeg(50)),
            1L);
    ScanRenderer.Scanned s = new ScanRenderer().scan(INVOICE.pdf(), INVOICE.truth(), plan);
    assertThat(s.truth()).isEqualTo(INVOICE.truth());
  }

  @Test
  void rotatedWordBoxesHoldTheWordsInk() throws Exception {
    assertInkInsideMovedBoxes(2.5);
    assertInkInsideMovedBoxes(-3.0);
  }

  private static void assertInkInsideMovedBoxes(double skew) throws Exception {
    int dpi = 150;
    ScanRenderer scanner = new ScanRenderer();
    BufferedImage straight =
        scanner.images(INVOICE.pdf(), new ScanPlan(dpi, true, 0, List.of(), 1L)).get(0);
    ScanRenderer.Scanned s =
        scanner.scan(INVOICE.pdf(), INVOICE.truth(), new ScanPlan(dpi, true, skew, List.of(), 1L));
    BufferedImage skewed = scanner.images(INVOICE.pdf(), s.plan()).get(0);
    int w = straight.getWidth();
    int h = straight.getHeight();
    AffineTransform t = ScanBoxes.rotation(skew, w, h);
    int checked = 0;
    for (int k = 0; k < INVOICE.truth().words().size() && checked < 12; k++) {
      Truth.WordTruth before = INVOICE.truth().words().get(k);
      if (before.page() != 0 || before.text().length() < 4) {
        continue;
      }
      BoundingBox after = s.truth().words().get(k).box();
      List<int[]> ink = darkPixels(straight, before.box());
      if (ink.size() < 30) {
        continue; // a light or coloured word: not "drawn in black"
      }
      int dark = 0;
      for (int[] p : ink) {
        Point2D q = t.transform(new Point2D.Double(p[0] + 0.5, p[1] + 0.5), null);
        assertThat(q.getX()).isBetween(after.left() * w - 1, after.right() * w + 1);
        assertThat(q.getY()).isBetween(after.top() * h - 1, after.bottom() * h + 1);
        int x = (int) Math.floor(q.getX());
        int y = (int) Math.floor(q.getY());
        if (x >= 0 && y >= 0 && x < w && y < h && gray(skewed, x, y) < 170) {
          dark++;
        }
      }
      assertThat(dark).as(before.text()).isGreaterThanOrEqualTo((int) (0.9 * ink.size()));
      // and the rotated image's ink near the word lies in the moved box
      assertThat(darkPixels(skewed, after).size()).isGreaterThanOrEqualTo((int) (0.8 * ink.size()));
      checked++;
    }
    assertThat(checked).isGreaterThanOrEqualTo(5);
  }

  @Test
  void theImageOnlyPdfHasNoTextLayer() throws Exception {
    ScanPlan plan = ScanPlan.draw(new SplittableRandom(3), new ScanOptions(100, 120, 3.0));
    ScanRenderer.Scanned s = new ScanRenderer().scan(INVOICE.pdf(), INVOICE.truth(), plan);
    try (PDDocument doc = Loader.loadPDF(s.pdf())) {
      assertThat(doc.getNumberOfPages()).isEqualTo(INVOICE.truth().pages().size());
      for (int i = 0; i < doc.getNumberOfPages(); i++) {
        var page = new TextLayerReader().read(doc, i, Deadline.startingNow(Duration.ofSeconds(30)));
        assertThat(page.assessment().real()).isFalse();
        assertThat(page.words()).isEmpty();
        assertThat(page.width()).isCloseTo(INVOICE.truth().pages().get(i).width(), within());
        assertThat(page.height()).isCloseTo(INVOICE.truth().pages().get(i).height(), within());
      }
    }
  }

  private static org.assertj.core.data.Offset<Double> within() {
    return org.assertj.core.data.Offset.offset(0.01);
  }

  private static List<int[]> darkPixels(BufferedImage image, BoundingBox box) {
    int w = image.getWidth();
    int h = image.getHeight();
    List<int[]> out = new java.util.ArrayList<>();
    for (int y = (int) (box.top() * h); y < Math.min(h, (int) Math.ceil(box.bottom() * h)); y++) {
      for (int x = (int) (box.left() * w); x < Math.min(w, (int) Math.ceil(box.right() * w)); x++) {
        if (gray(image, x, y) < 100) {
          out.add(new int[] {x, y});
        }
      }
    }
    return out;
  }

  private static int gray(BufferedImage image, int x, int y) {
    return image.getRaster().getSample(x, y, 0);
  }
}
