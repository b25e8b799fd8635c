package dev.recto.core.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.recto.core.error.ErrorCode;
import dev.recto.core.process.Concurrency;
import dev.recto.core.process.Diagnostic;
import dev.recto.core.process.DocumentProcessor;
import dev.recto.core.process.Limits;
import dev.recto.core.process.OcrMode;
import dev.recto.core.process.ProcessingResult;
import dev.recto.core.process.ProcessingStatus;
import dev.recto.core.process.Stage;
import dev.recto.core.source.DocumentSource;
import dev.recto.core.testkit.Providers;
import dev.recto.core.testkit.TestPdfs;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

/**
 * The per-document deadline is enforced even against a stage that ignores interrupts: the caller
 * gets DEADLINE_EXCEEDED, the worker is abandoned and counted as stuck, too many stuck workers make
 * the processor refuse new documents with OVERLOADED, and once they return it accepts work again.
 */
class DeadlineEnforcementTest {

  private static final Duration DEADLINE = Duration.ofMillis(500);
  private static final byte[] PDF = TestPdfs.textPages(List.of("Invoice 42"));

  private static DocumentProcessor processor(StubbornExtractor stage, Concurrency concurrency) {
    return DocumentProcessor.builder()
        .ocrMode(OcrMode.OFF)
        .ocrProviders(List.of())
        .layoutProviders(List.of())
        .extractorProviders(List.of(Providers.extractor(stage.id(), 1, stage)))
        .calibratorProviders(List.of())
        .limits(Limits.defaults().withDeadline(DEADLINE))
        .concurrency(concurrency)
        .build();
  }

  private static ProcessingResult process(DocumentProcessor p, String name) {
    return p.process(DocumentSource.of(PDF, name));
  }

  private static Diagnostic onlyError(ProcessingResult r) {
    assertThat(r.status()).isEqualTo(ProcessingStatus.FAILURE);
    return r.diagnostics().stream().filter(d -> d.code() != null).findFirst().orElseThrow();
  }

  /** Waits (up to 10 s) for a condition the workers reach on their own. */
  private static void awaitTrue(BooleanSupplier condition) throws InterruptedException {
    for (int i = 0; i < 1000 && !condition.getAsBoolean(); i++) {
      Thread.sleep(10);
    }
    assertThat(condition.getAsBoolean()).isTrue();
  }

  @Test
  void aStageIgnoringInterruptsIsAbandonedAtTheDeadline() throws InterruptedException {
    StubbornExtractor stage = new StubbornExtractor();
    try (DocumentProcessor p = processor(stage, new Concurrency(2, 4))) {
      long start = System.nanoTime();
      ProcessingResult r = process(p, "stuck.pdf");
      Duration took = Duration.ofNanos(System.nanoTime() - start);

      Diagnostic error = onlyError(r);
      assertThat(error.code()).isEqualTo(ErrorCode.DEADLINE_EXCEEDED);
      assertThat(error.stage()).isEqualTo(Stage.EXTRACTION);
      assertThat(r.source()).isEqualTo("stuck.pdf");
      // The stage never returns on its own: answering at all proves the abandonment; the bound is
      // the promise (deadline + 1 s).
      assertThat(took).isLessThan(DEADLINE.plusSeconds(1));
      assertThat(stage.returned).hasValue(0);
      awaitTrue(() -> stage.interruptsIgnored.get() >= 1);
      assertThat(p.stuckWorkers()).isEqualTo(1);

      stage.release.countDown();
      awaitTrue(() -> p.stuckWorkers() == 0);
      assertThat(stage.returned).hasValue(1);
    }
  }

  @Test
  void stuckWorkersAtTheCapMakeNewDocumentsOverloadedUntilTheyReturn() throws InterruptedException {
    StubbornExtractor stage = new StubbornExtractor();
    try (DocumentProcessor p = processor(stage, new Concurrency(4, 2))) {
      assertThat(onlyError(process(p, "a.pdf")).code()).isEqualTo(ErrorCode.DEADLINE_EXCEEDED);
      assertThat(onlyError(process(p, "b.pdf")).code()).isEqualTo(ErrorCode.DEADLINE_EXCEEDED);
      assertThat(p.stuckWorkers()).isEqualTo(2);

      Diagnostic refused = onlyError(process(p, "c.pdf"));
      assertThat(refused.code()).isEqualTo(ErrorCode.OVERLOADED);
      assertThat(refused.message()).contains("2 workers");
      assertThat(stage.calls).as("the refused document never started").hasValue(2);

      stage.release.countDown();
      awaitTrue(() -> p.stuckWorkers() == 0);
      ProcessingResult accepted = process(p, "d.pdf");
      assertThat(accepted.status()).isEqualTo(ProcessingStatus.SUCCESS);
      assertThat(accepted.source()).isEqualTo("d.pdf");
      assertThat(stage.calls).hasValue(3);
    }
  }

  @Test
  void waitingForAFreeWorkerCountsAgainstTheDeadline() throws Exception {
    StubbornExtractor stage = new StubbornExtractor();
    try (DocumentProcessor p = processor(stage, new Concurrency(1, 4))) {
      CompletableFuture<ProcessingResult> first =
          CompletableFuture.supplyAsync(() -> process(p, "first.pdf"));
      awaitTrue(() -> stage.calls.get() == 1);
      ProcessingResult second = process(p, "second.pdf");

      Diagnostic error = onlyError(second);
      assertThat(error.code()).isEqualTo(ErrorCode.DEADLINE_EXCEEDED);
      assertThat(error.message()).contains("waiting for a free worker");
      assertThat(stage.calls).as("the queued document never started").hasValue(1);
      assertThat(onlyError(first.get()).code()).isEqualTo(ErrorCode.DEADLINE_EXCEEDED);
      stage.release.countDown();
    }
  }

  @Test
  void moreCallersThanWorkersEachGetTheirOwnResult() throws Exception {
    try (DocumentProcessor p =
        DocumentProcessor.builder()
            .ocrMode(OcrMode.OFF)
            .ocrProviders(List.of())
            .layoutProviders(List.of())
            .extractorProviders(List.of())
            .concurrency(new Concurrency(2, 2))
            .build()) {
      ExecutorService callers = Executors.newFixedThreadPool(8);
      try {
        List<Future<ProcessingResult>> results = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
          String text = "Invoice " + i;
          byte[] pdf = TestPdfs.textPages(List.of(text));
          String name = "doc-" + i + ".pdf";
          results.add(callers.submit(() -> p.process(DocumentSource.of(pdf, name))));
        }
        for (int i = 0; i < results.size(); i++) {
          ProcessingResult r = results.get(i).get();
          assertThat(r.status()).isEqualTo(ProcessingStatus.SUCCESS);
          assertThat(r.source()).isEqualTo("doc-" + i + ".pdf");
          assertThat(r.document().pages().get(0).text()).isEqualTo("Invoice " + i);
        }
      } finally {
        callers.shutdownNow();
      }
      assertThat(p.stuckWorkers()).isZero();
    }
  }

  @Test
  void closingWithAStuckWorkerRefusesLaterDocuments() {
    StubbornExtractor stage = new StubbornExtractor();
    DocumentProcessor p = processor(stage, new Concurrency(2, 4));
    assertThat(onlyError(process(p, "a.pdf")).code()).isEqualTo(ErrorCode.DEADLINE_EXCEEDED);
    p.close();
    Diagnostic refused = onlyError(process(p, "b.pdf"));
    assertThat(refused.code()).isEqualTo(ErrorCode.STAGE_FAILED);
    assertThat(refused.message()).contains("closed");
    stage.release.countDown();
  }
}
