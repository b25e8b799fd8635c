package dev.recto.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.recto.core.error.DeadlineExceededException;
import dev.recto.core.error.ErrorCode;
import dev.recto.core.ingest.PageImage;
import dev.recto.core.model.Page;
import dev.recto.core.model.TextSource;
import dev.recto.core.process.Deadline;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The layout model's run is terminated through its run options when the deadline passes. */
class OnnxLayoutDeadlineTest {

  private static OnnxLayoutEngine engine;

  @BeforeAll
  static void load() {
    engine = OnnxLayoutEngine.create(OnnxLayoutEngine.Options.defaults().withIntraOpThreads(1));
  }

  @AfterAll
  static void close() {
    engine.close();
  }

  @Test
  void aDeadlinePassingDuringTheRunTerminatesIt() {
    float[] input = new float[LayoutInput.WIDTH * LayoutInput.HEIGHT];
    for (int i = 0; i < input.length; i += 7) {
      input[i] = 1f;
    }
    float[][] reference = engine.infer(input);
    long before = engine.terminatedRuns();
    DeadlineExceededException error = null;
    // the run takes some milliseconds: budgets from well inside it upwards, until one lands in it
    for (long micros = 200; micros <= 200_000 && engine.terminatedRuns() == before; micros *= 2) {
      try {
        engine.infer(input, Deadline.startingNow(Duration.ofNanos(micros * 1000)));
      } catch (DeadlineExceededException e) {
        error = e;
      }
    }
    assertThat(engine.terminatedRuns()).isEqualTo(before + 1);
    assertThat(error).isNotNull();
    assertThat(error.code()).isEqualTo(ErrorCode.DEADLINE_EXCEEDED);
    assertThat(error.getMessage()).contains("ONNX Runtime run terminated");
    assertThat(error.getSuppressed()[0].getMessage().toLowerCase(Locale.ROOT))
        .contains("terminate");
    // the engine still gives the same answer afterwards
    float[][] again = engine.infer(input, Deadline.startingNow(Duration.ofMinutes(5)));
    assertThat(again[0]).containsExactly(reference[0]);
    assertThat(again[1]).containsExactly(reference[1]);
  }

  @Test
  void anExpiredDeadlineFailsTheDetectCallWithoutARun() throws InterruptedException {
    BufferedImage img = new BufferedImage(850, 1100, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = img.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, 850, 1100);
    g.dispose();
    Page page = Page.of(0, 612, 792, 0, 100, TextSource.OCR, List.of());
    Deadline deadline = Deadline.startingNow(Duration.ofNanos(1));
    Thread.sleep(2);
    long before = engine.terminatedRuns();
    assertThatThrownBy(() -> engine.detect(page, Optional.of(new PageImage(0, img, 100)), deadline))
        .isInstanceOf(DeadlineExceededException.class);
    assertThat(engine.terminatedRuns()).isEqualTo(before);
    assertThat(engine.detect(page, Optional.of(new PageImage(0, img, 100)), null)).isNotNull();
  }
}
