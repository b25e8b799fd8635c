package dev.recto.ocr.ppocr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.recto.core.error.DeadlineExceededException;
import dev.recto.core.error.ErrorCode;
import dev.recto.core.ingest.PageImage;
import dev.recto.core.model.Word;
import dev.recto.core.process.Deadline;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A deadline that passes while ONNX Runtime runs stops the run through its run options: the call
 * fails with the typed deadline error, the engine counts a terminated run, and the engine reads the
 * next page as before.
 */
class PpOcrDeadlineTest {

  private static PpOcrEngine engine;

  @BeforeAll
  static void setUp() {
    // a high detection limit makes the detector's run long (seconds on a 300-dpi A4 page)
    engine =
        PpOcrEngine.create(
            PpOcrOptions.defaults()
                .withIntraOpThreads(1)
                .withRecognitionThreads(1)
                .withDetLimitSideLen(3200));
  }

  @AfterAll
  static void tearDown() {
    engine.close();
  }

  /** A 300-dpi A4 page full of text lines. */
  private static PageImage bigPage() {
    BufferedImage img = new BufferedImage(2480, 3508, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, img.getWidth(), img.getHeight());
    g.setColor(Color.BLACK);
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 40));
    for (int y = 150; y < 3400; y += 90) {
      g.drawString("Invoice 4711 total 1,234.56 EUR due 2026-12-01 line " + y, 150, y);
    }
    g.dispose();
    return new PageImage(0, img, 300);
  }

  @Test
  void aDeadlineDuringTheRunTerminatesItAndTheEngineStaysUsable() {
    PageImage page = bigPage();
    long before = engine.terminatedRuns();
    DeadlineExceededException error = null;
    // The budget must pass inside a model run rather than in Java pre-processing before it; on a
    // loaded machine the pre-processing can take longer, so a longer budget is tried then.
    for (long budgetMs : new long[] {300, 1000, 3000}) {
      Deadline deadline = Deadline.startingNow(Duration.ofMillis(budgetMs));
      long t0 = System.nanoTime();
      try {
        engine.recognize(page, deadline);
        throw new AssertionError("a " + budgetMs + " ms deadline did not stop a 3200-px detection");
      } catch (DeadlineExceededException e) {
        error = e;
        System.out.printf(
            "PpOcrDeadlineTest: budget %d ms, call returned after %d ms, terminated runs %d%n",
            budgetMs, (System.nanoTime() - t0) / 1_000_000, engine.terminatedRuns() - before);
        if (engine.terminatedRuns() > before) {
          break;
        }
      }
    }
    assertThat(error).isNotNull();
    assertThat(error.code()).isEqualTo(ErrorCode.DEADLINE_EXCEEDED);
    assertThat(engine.terminatedRuns()).isEqualTo(before + 1);
    assertThat(error.getMessage()).contains("ONNX Runtime run terminated");
    assertThat(error.getSuppressed()).hasSize(1);
    assertThat(error.getSuppressed()[0].getMessage().toLowerCase(Locale.ROOT))
        .contains("terminate");

    // the same engine reads the next page, with and without a deadline
    BufferedImage small = new BufferedImage(400, 80, BufferedImage.TYPE_INT_RGB);
    PpOcrEngineTest.draw(small, new String[] {"Offline"}, 20, 55, 36);
    PageImage next = new PageImage(1, small, 300);
    List<Word> words = engine.recognize(next, Deadline.startingNow(Duration.ofMinutes(5)));
    assertThat(words).extracting(Word::text).containsExactly("Offline");
    assertThat(engine.recognize(next)).extracting(Word::text).containsExactly("Offline");
    assertThat(engine.terminatedRuns()).isEqualTo(before + 1);
  }

  @Test
  void anExpiredDeadlineStartsNoRun() throws InterruptedException {
    Deadline deadline = Deadline.startingNow(Duration.ofNanos(1));
    Thread.sleep(2);
    long before = engine.terminatedRuns();
    BufferedImage small = new BufferedImage(400, 80, BufferedImage.TYPE_INT_RGB);
    PpOcrEngineTest.draw(small, new String[] {"Late"}, 20, 55, 36);
    assertThatThrownBy(() -> engine.recognize(new PageImage(0, small, 300), deadline))
        .isInstanceOf(DeadlineExceededException.class)
        .hasMessageNotContaining("terminated");
    assertThat(engine.terminatedRuns()).isEqualTo(before);
  }
}
