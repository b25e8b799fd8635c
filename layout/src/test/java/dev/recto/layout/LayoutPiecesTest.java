package dev.recto.layout;

import static org.assertj.core.api.Assertions.assertThat;

import dev.recto.core.model.BoundingBox;
import dev.recto.core.model.Page;
import dev.recto.core.model.Provenance;
import dev.recto.core.model.Region;
import dev.recto.core.model.RegionType;
import dev.recto.core.model.TextSource;
import dev.recto.core.model.Word;
import dev.recto.core.spi.LayoutEngineProvider;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

class LayoutPiecesTest {

  @Test
  void inputSpansThePageAndMapsInkToBytes() {
    BufferedImage img = new BufferedImage(612, 792, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, 612, 792);
    g.setColor(Color.BLACK);
    g.fillRect(0, 0, 306, 792); // left half black
    g.dispose();
    byte[] ink = LayoutInput.ink(img);
    assertThat(ink).hasSize(LayoutInput.WIDTH * LayoutInput.HEIGHT);
    assertThat(ink[0] & 0xff).isEqualTo(255);
    assertThat(ink[LayoutInput.WIDTH - 1] & 0xff).isZero();
    assertThat(ink[LayoutInput.WIDTH / 2 - 1] & 0xff).isEqualTo(255);
    assertThat(ink[LayoutInput.WIDTH / 2] & 0xff).isZero();
  }

  @Test
  void decoderKeepsPeaksAndSuppressesOverlapsPerClass() {
    int rows = 8;
    int cols = 8;
    int plane = rows * cols;
    float[] heat = new float[11 * plane];
    float[] box = new float[4 * plane];
    // class 4 (TABLE): two peaks far apart with the same box -> the weaker is suppressed
    heat[4 * plane + 2 * cols + 2] = 0.9f;
    heat[4 * plane + 6 * cols + 6] = 0.6f;
    // class 0 (TITLE): same box as the table, another class -> kept
    heat[2 * cols + 3] = 0.7f;
    for (int cell = 0; cell < plane; cell++) {
      box[cell] = 0.1f;
      box[plane + cell] = 0.1f;
      box[2 * plane + cell] = 0.5f;
      box[3 * plane + cell] = 0.5f;
    }
    List<Detection> d = HeatmapDecoder.decode(heat, box, rows, cols, 0.3, 0.5, 100);
    assertThat(d).extracting(Detection::type).containsExactly(RegionType.TABLE, RegionType.TITLE);
    assertThat(d.get(0).score()).isCloseTo(0.9, org.assertj.core.api.Assertions.within(1e-6));
    assertThat(d.get(0).box().maxEdgeDistance(new BoundingBox(0.1, 0.1, 0.5, 0.5)))
        .isLessThan(1e-6);
  }

  @Test
  void readingOrderReadsBandsThenColumns() {
    Region header = region(RegionType.TITLE, 0.1, 0.05, 0.9, 0.1);
    Region leftTop = region(RegionType.VENDOR_BLOCK, 0.1, 0.15, 0.4, 0.25);
    Region leftBottom = region(RegionType.KEY_VALUE_GROUP, 0.1, 0.27, 0.4, 0.35);
    Region right = region(RegionType.CUSTOMER_BLOCK, 0.6, 0.15, 0.9, 0.3);
    Region table = region(RegionType.TABLE, 0.1, 0.4, 0.9, 0.7);
    List<Region> sorted = ReadingOrder.sort(List.of(table, right, leftBottom, header, leftTop));
    assertThat(sorted).containsExactly(header, leftTop, leftBottom, right, table);
  }

  @Test
  void xyCutFindsBlocksAndTheFooter() {
    List<Word> words = new ArrayList<>();
    addLine(words, 0.1, 0.05, "INVOICE", 0.03);
    addLine(words, 0.1, 0.15, "Acme GmbH", 0.012);
    addLine(words, 0.1, 0.165, "Street 1", 0.012);
    addLine(words, 0.6, 0.15, "Invoice no: 42", 0.012);
    addLine(words, 0.6, 0.165, "Date: 2026-01-01", 0.012);
    addLine(words, 0.1, 0.95, "Page 1 of 1", 0.012);
    Page page = Page.of(0, 612, 792, 0, 0, TextSource.TEXT_LAYER, words);
    try (GeometricLayoutEngine engine = new GeometricLayoutEngine()) {
      List<Region> regions = engine.detect(page, Optional.empty());
      assertThat(regions)
          .extracting(Region::type)
          .containsExactly(
              RegionType.TITLE,
              RegionType.VENDOR_BLOCK,
              RegionType.KEY_VALUE_GROUP,
              RegionType.PAGE_FOOTER);
    }
  }

  @Test
  void bothProvidersAreFoundAndTheModelIsPreferred() {
    List<LayoutEngineProvider> providers = new ArrayList<>();
    ServiceLoader.load(LayoutEngineProvider.class).forEach(providers::add);
    assertThat(providers)
        .extracting(LayoutEngineProvider::id)
        .contains(OnnxLayoutEngine.ID, GeometricLayoutEngine.ID);
    assertThat(new OnnxLayoutEngineProvider().priority())
        .isGreaterThan(new GeometricLayoutEngineProvider().priority());
  }

  private static Region region(RegionType t, double l, double top, double r, double b) {
    BoundingBox box = new BoundingBox(l, top, r, b);
    return new Region(t, box, 0.9, new Provenance(0, box, "test", "test", "1"));
  }

  private static void addLine(List<Word> out, double left, double top, String text, double h) {
    double x = left;
    for (String s : text.split(" ")) {
      double w = 0.012 * s.length() * h / 0.012 * 0.6;
      BoundingBox b = new BoundingBox(x, top, x + w, top + h);
      out.add(new Word(s, b, 1, h * 792, new Provenance(0, b, "test", "test", "1")));
      x += w + 0.01;
    }
  }
}
