package dev.recto.ocr.ppocr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.recto.core.ingest.PageImage;
import dev.recto.core.model.BoundingBox;
import dev.recto.core.model.Word;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The engine with the real models on a small rendered image. */
class PpOcrEngineTest {

  private static final String[] TEXT = {"Invoice", "2026-0042", "Total", "1416.10"};

  private static PpOcrEngine engine;
  private static BufferedImage image;
  private static Map<String, BoundingBox> truth;

  @BeforeAll
  static void setUp() {
    engine = PpOcrEngine.create(PpOcrOptions.defaults().withIntraOpThreads(2));
    image = new BufferedImage(1200, 300, BufferedImage.TYPE_INT_RGB);
    truth = draw(image, TEXT, 60, 150, 40);
  }

  @AfterAll
  static void tearDown() {
    engine.close();
  }

  /** Draws the words on one line; returns each word's ink box, page-relative. */
  static Map<String, BoundingBox> draw(
      BufferedImage img, String[] words, int x, int baseline, int size) {
    Graphics2D g = img.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, img.getWidth(), img.getHeight());
    g.setColor(Color.BLACK);
    g.setRenderingHint(
        RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, size));
    FontMetrics fm = g.getFontMetrics();
    Map<String, BoundingBox> boxes = new LinkedHashMap<>();
    int cx = x;
    for (String w : words) {
      g.drawString(w, cx, baseline);
      var bounds = g.getFont().createGlyphVector(g.getFontRenderContext(), w).getVisualBounds();
      boxes.put(
          w,
          BoundingBox.fromAbsolute(
              cx + bounds.getMinX(),
              baseline + bounds.getMinY(),
              cx + bounds.getMaxX(),
              baseline + bounds.getMaxY(),
              img.getWidth(),
              img.getHeight()));
      cx += fm.stringWidth(w + " ");
    }
    g.dispose();
    return boxes;
  }

  @Test
  void readsTheWordsWhereTheyWereDrawn() {
    List<Word> words = engine.recognize(new PageImage(0, image, 300));
    words.forEach(w -> System.out.printf("%s %.3f %s%n", w.text(), w.confidence(), w.box()));
    assertThat(words).extracting(Word::text).containsExactly(TEXT);
    for (Word w : words) {
      assertThat(w.box().iou(truth.get(w.text())))
          .as("IoU of %s: %s vs %s", w.text(), w.box(), truth.get(w.text()))
          .isGreaterThan(0.6);
      assertThat(w.confidence()).isGreaterThan(0.8);
      assertThat(w.provenance().engineId()).isEqualTo("ppocr");
      assertThat(w.provenance().box()).isEqualTo(w.box());
    }
  }

  @Test
  void fourThreadsGetTheSameWordsAsOne() throws Exception {
    BufferedImage small = new BufferedImage(700, 120, BufferedImage.TYPE_BYTE_GRAY);
    draw(small, new String[] {"Due", "2026-12-01", "EUR", "99.50"}, 20, 70, 32);
    PageImage page = new PageImage(0, small, 300);
    List<Word> sequential = engine.recognize(page);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<Word>>> futures = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        futures.add(pool.submit(() -> engine.recognize(page)));
      }
      for (Future<List<Word>> f : futures) {
        assertThat(f.get()).isEqualTo(sequential);
      }
    } finally {
      pool.shutdown();
    }
    assertThat(sequential).isNotEmpty();
  }

  @Test
  void putsBackTheEuroSignsItsDictionaryLacks() {
    BufferedImage line = new BufferedImage(1000, 120, BufferedImage.TYPE_BYTE_GRAY);
    Map<String, BoundingBox> drawn =
        draw(line, new String[] {"Net", "€", "399,00", "VAT", "69,25", "€"}, 20, 70, 32);
    PageImage page = new PageImage(0, line, 300);
    List<Word> words = engine.recognize(page);
    assertThat(words)
        .extracting(Word::text)
        .containsExactly("Net", "€", "399,00", "VAT", "69,25", "€");
    // draw() keeps the box of the last word of each text: the second sign's.
    assertThat(words.get(5).box().iou(drawn.get("€"))).isGreaterThan(0.5);
    assertThat(words.get(1).box().right()).isLessThan(words.get(2).box().left());
    try (PpOcrEngine without =
        PpOcrEngine.create(
            PpOcrOptions.defaults().withIntraOpThreads(2).withCurrencySigns(false))) {
      assertThat(without.recognize(page))
          .extracting(Word::text)
          .containsExactly("Net", "399,00", "VAT", "69,25");
    }
  }

  @Test
  void closedEngineRejectsUse() {
    PpOcrEngine other = PpOcrEngine.create(PpOcrOptions.defaults().withAngleClassifier(false));
    other.close();
    other.close();
    assertThatThrownBy(() -> other.recognize(new PageImage(0, image, 300)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("closed");
  }
}
