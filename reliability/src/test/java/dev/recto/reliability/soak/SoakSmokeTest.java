package dev.recto.reliability.soak;

import static org.assertj.core.api.Assertions.assertThat;

import dev.recto.core.process.DocumentProcessor;
import dev.recto.core.process.Limits;
import dev.recto.core.process.OcrMode;
import dev.recto.core.testkit.FakeOcrEngine;
import dev.recto.core.testkit.SharedData;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A small soak on every build: 60 documents (a synthetic invoice, its scan as PDF and PNG with OCR,
 * and every 120th malformed file when shared data is present) on 4 threads through one processor,
 * each compared with the sequential run. Memory is reported, not asserted: a 60-document run is too
 * short for a fair growth figure.
 */
class SoakSmokeTest {
  @TempDir Path tmp;

  @Test
  void concurrentResultsEqualSequentialOnesWithNoneLostOrDuplicated() throws Exception {
    Path malformed = SharedData.locate("malformed").orElse(null);
    List<SoakDocument> pool = SoakPool.build(tmp, 1, 5, malformed, 120, 0);
    assertThat(pool).extracting(SoakDocument::kind).contains("born-digital", "scanned");

    SoakResult r;
    try (DocumentProcessor processor =
        DocumentProcessor.builder()
            .ocrMode(OcrMode.AUTO)
            .ocrProviders(List.of(new FakeOcrEngine("soak").provider(100)))
            .limits(Limits.defaults().withDeadline(Duration.ofSeconds(60)))
            .build()) {
      r = new SoakRunner(processor, System.out::println).run(pool, 60, 4, 5);
    }
    System.out.println("soak smoke: " + r);
    assertThat(r.documents()).isEqualTo(60);
    assertThat(r.lost()).isZero();
    assertThat(r.duplicated()).isZero();
    assertThat(r.misnamed()).isZero();
    assertThat(r.escaped()).isZero();
    assertThat(r.mismatches()).as("results differing from the sequential run").isEmpty();
    assertThat(r.statusCounts().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(60);
    assertThat(r.rssKib()).hasSize(10);
  }

  @Test
  void theOrderUsesEveryPoolDocumentAndIsSeeded() {
    int[] a = SoakRunner.order(7, 30, 1);
    assertThat(a).containsOnly(0, 1, 2, 3, 4, 5, 6);
    assertThat(SoakRunner.order(7, 30, 1)).isEqualTo(a);
    assertThat(SoakRunner.order(7, 30, 2)).isNotEqualTo(a);
  }
}
