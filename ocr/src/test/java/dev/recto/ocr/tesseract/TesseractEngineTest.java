package dev.recto.ocr.tesseract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.recto.core.error.DeadlineExceededException;
import dev.recto.core.error.EngineUnavailableException;
import dev.recto.core.ingest.PageImage;
import dev.recto.core.model.BoundingBox;
import dev.recto.core.model.Page;
import dev.recto.core.model.TextSource;
import dev.recto.core.model.Word;
import dev.recto.core.process.Deadline;
import dev.recto.core.process.DocumentProcessor;
import dev.recto.core.process.ProcessingResult;
import dev.recto.core.source.DocumentSource;
import dev.recto.core.testkit.TestPdfs;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Runs the real Tesseract; skipped where its native library is not installed. */
class TesseractEngineTest {

  private static final String LINE = "Invoice 2026-0042 Total 1416.10";
  private static final int DPI = 300;

  /** The synthetic page and where each word's ink was drawn, in pixels. */
  private static BufferedImage image;

  private static final Map<String, Rectangle> drawn = new LinkedHashMap<>();

  @BeforeAll
  static void requireTesseractAndDrawPage() {
    try (TesseractEngine probe = TesseractEngine.create(TesseractOptions.defaults())) {
      assertThat(probe.libraryVersion()).startsWith("5");
    } catch (EngineUnavailableException e) {
      if (e.getMessage().contains("not pinned")) {
        throw e; // installed but not the pinned build: a failure, not a skip
      }
      assumeTrue(false, "Tesseract's native library is not installed, skipping: " + e.getMessage());
    }
    image = new BufferedImage(1500, 220, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = image.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, image.getWidth(), image.getHeight());
    g.setColor(Color.BLACK);
    g.setRenderingHint(
        RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    Font font = new Font(Font.SANS_SERIF, Font.PLAIN, 60); // 60 px = 14.4 pt at 300 dpi
    g.setFont(font);
    FontRenderContext frc = g.getFontRenderContext();
    float x = 60;
    float baseline = 130;
    float space = g.getFontMetrics().charWidth(' ');
    for (String word : LINE.split(" ")) {
      g.drawString(word, x, baseline);
      drawn.put(word, font.createGlyphVector(frc, word).getPixelBounds(frc, x, baseline));
      x += g.getFontMetrics().stringWidth(word) + space;
    }
    g.dispose();
  }

  private static PageImage page(int index) {
    return new PageImage(index, image, DPI);
  }

  @Test
  void recognizesWordsWhereTheyWereDrawn() {
    try (TesseractEngine engine = TesseractEngine.create(TesseractOptions.defaults())) {
      List<Word> words = engine.recognize(page(2));

      assertThat(words).extracting(Word::text).containsExactly(LINE.split(" "));
      for (Word w : words) {
        Rectangle r = drawn.get(w.text());
        BoundingBox expected =
            BoundingBox.fromAbsolute(
                r.x, r.y, r.x + r.width, r.y + r.height, image.getWidth(), image.getHeight());
        assertThat(w.box().iou(expected)).as("IoU of %s", w.text()).isGreaterThan(0.75);
        assertThat(w.confidence()).isBetween(0.8, 1.0);
        assertThat(w.fontSize()).as("font size of %s", w.text()).isBetween(8.0, 18.0);
        assertThat(w.provenance().pageIndex()).isEqualTo(2);
        assertThat(w.provenance().box()).isEqualTo(w.box());
        assertThat(w.provenance().engineId()).isEqualTo("tesseract");
        assertThat(w.provenance().modelId()).isEqualTo("tesseract-eng");
        assertThat(w.provenance().modelVersion()).isEqualTo(engine.libraryVersion());
      }
      assertThat(words.get(1).fontSize()).isCloseTo(60 * 0.72 * 72 / DPI, within(3.0));
    }
  }

  @Test
  void threadsGetTheSameWordsAsSequentialAndOneHandleEach() throws Exception {
    try (TesseractEngine engine = TesseractEngine.create(TesseractOptions.defaults())) {
      List<String> sequential = texts(engine.recognize(page(0)));
      Set<Thread> used = ConcurrentHashMap.newKeySet();
      used.add(Thread.currentThread());

      ExecutorService pool = Executors.newFixedThreadPool(4);
      try {
        List<Future<List<String>>> results = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
          int index = i;
          results.add(
              pool.submit(
                  () -> {
                    used.add(Thread.currentThread());
                    return texts(engine.recognize(page(index)));
                  }));
        }
        for (Future<List<String>> f : results) {
          assertThat(f.get()).isEqualTo(sequential);
        }
      } finally {
        pool.shutdown();
      }
      assertThat(engine.handlesCreated()).isEqualTo(used.size());
      assertThat(engine.liveHandles()).isEqualTo(used.size());
    }
  }

  @Test
  void handlesAreRecycledAfterNPagesAndReleasedWhenTheirThreadDies() throws Exception {
    TesseractEngine engine =
        TesseractEngine.create(TesseractOptions.defaults().withRecycleAfterPages(2));
    try {
      engine.recognize(page(0));
      engine.recognize(page(1));
      assertThat(engine.handlesCreated()).isEqualTo(1);
      assertThat(engine.liveHandles()).as("recycled after 2 pages").isZero();
      engine.recognize(page(2));
      assertThat(engine.handlesCreated()).isEqualTo(2);

      Thread worker = new Thread(() -> engine.recognize(page(3)));
      worker.start();
      worker.join();
      assertThat(engine.liveHandles()).isEqualTo(2);
      // Releases the dead worker's handle, and this thread's after its second page.
      engine.recognize(page(4));
      assertThat(engine.liveHandles()).isZero();
      assertThat(engine.handlesCreated()).isEqualTo(3);
    } finally {
      engine.close();
    }
    assertThat(engine.liveHandles()).isZero();
    assertThatThrownBy(() -> engine.recognize(page(0))).isInstanceOf(IllegalStateException.class);
    engine.close(); // idempotent
  }

  @Test
  void darkBordersOfAColorPageDoNotHideTheWords() {
    BufferedImage framed =
        new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
    Graphics2D g = framed.createGraphics();
    g.drawImage(image, 0, 0, null);
    g.setColor(Color.BLACK);
    g.fillRect(0, 0, framed.getWidth(), 30);
    g.fillRect(0, 0, 25, framed.getHeight());
    g.dispose();
    try (TesseractEngine engine = TesseractEngine.create(TesseractOptions.defaults())) {
      assertThat(texts(engine.recognize(new PageImage(0, framed, DPI))))
          .containsExactly(LINE.split(" "));
    }
  }

  @Test
  void scannedPdfThroughTheProcessorIsOcred() {
    try (DocumentProcessor processor = DocumentProcessor.builder().ocrEngine("tesseract").build()) {
      ProcessingResult r = processor.process(DocumentSource.of(TestPdfs.imageOnlyPage(), "s.pdf"));

      Page page = r.document().pages().get(0);
      assertThat(page.textSource()).isEqualTo(TextSource.OCR);
      assertThat(page.words()).extracting(Word::text).contains("SCAN");
      assertThat(page.words())
          .allSatisfy(w -> assertThat(w.provenance().engineId()).isEqualTo("tesseract"));
    }
  }

  private static List<String> texts(List<Word> words) {
    return words.stream().map(Word::text).toList();
  }

  @Test
  void aDeadlineStopsRecognitionThroughTesseractsMonitorAndTheEngineGoesOn() {
    BufferedImage big = new BufferedImage(2480, 3508, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = big.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, big.getWidth(), big.getHeight());
    g.setColor(Color.BLACK);
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 40));
    for (int y = 150; y < 3400; y += 70) {
      g.drawString("Invoice 4711 total 1,234.56 EUR due 2026-12-01 line " + y, 150, y);
    }
    g.dispose();
    try (TesseractEngine engine = TesseractEngine.create(TesseractOptions.defaults())) {
      DeadlineExceededException error = null;
      // the budget must end inside the recognition passes, after layout analysis: try longer
      // budgets when the machine is slow
      for (long ms : new long[] {400, 1200, 3000}) {
        try {
          engine.recognize(
              new PageImage(0, big, DPI), Deadline.startingNow(java.time.Duration.ofMillis(ms)));
          throw new AssertionError("a " + ms + " ms deadline did not stop a full A4 page");
        } catch (DeadlineExceededException e) {
          error = e;
          if (engine.stoppedRuns() > 0) {
            break;
          }
        }
      }
      assertThat(engine.stoppedRuns()).isEqualTo(1);
      assertThat(error.code()).isEqualTo(dev.recto.core.error.ErrorCode.DEADLINE_EXCEEDED);
      assertThat(error.getMessage()).contains("stopped by its monitor");
      // the same thread's handle reads the next page
      assertThat(
              texts(
                  engine.recognize(page(1), Deadline.startingNow(java.time.Duration.ofMinutes(5)))))
          .containsExactly(LINE.split(" "));
    }
  }
}
