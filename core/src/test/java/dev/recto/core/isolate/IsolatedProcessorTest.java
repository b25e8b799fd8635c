package dev.recto.core.isolate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.recto.core.error.EngineUnavailableException;
import dev.recto.core.error.ErrorCode;
import dev.recto.core.error.StageFailureException;
import dev.recto.core.field.FieldKey;
import dev.recto.core.process.Diagnostic;
import dev.recto.core.process.DocumentProcessing;
import dev.recto.core.process.DocumentProcessor;
import dev.recto.core.process.Limits;
import dev.recto.core.process.ProcessingResult;
import dev.recto.core.process.ProcessingStatus;
import dev.recto.core.process.ProcessorBuilder;
import dev.recto.core.source.DocumentSource;
import dev.recto.core.testkit.TestPdfs;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IsolatedProcessorTest {
  private static final byte[] TOTAL = TestPdfs.textPages(List.of("Invoice 17 Total 4.11"));

  private static IsolatedProcessorBuilder isolated() {
    return IsolatedProcessor.builder()
        .customizer(TestWorkerCustomizer.class)
        .workers(1)
        .jvm(JvmCommand.defaults().withMaxHeap("128m"));
  }

  private static String errors(ProcessingResult r) {
    return r.diagnostics().stream().map(Diagnostic::message).toList().toString();
  }

  private static ErrorCode firstCode(ProcessingResult r) {
    return r.diagnostics().get(0).code();
  }

  @Test
  void givesTheSameResultsAsInProcessForFilesBytesStreamsScansAndFailures(@TempDir Path dir)
      throws Exception {
    Path file = dir.resolve("file.pdf");
    Files.write(file, TOTAL);
    List<DocumentSource> sources =
        List.of(
            DocumentSource.of(file),
            DocumentSource.of(TOTAL, "bytes.pdf"),
            DocumentSource.of(TestPdfs.imageOnlyPage(), "scan.pdf"),
            DocumentSource.of(new byte[] {1, 2, 3}, "junk.bin"),
            DocumentSource.of(new byte[300_000], "too-big.bin"),
            DocumentSource.of(dir.resolve("missing.pdf")));
    Limits limits = Limits.defaults().withMaxInputBytes(200_000);
    ProcessorBuilder inProcessBuilder = DocumentProcessor.builder();
    new TestWorkerCustomizer().customize(inProcessBuilder, List.of());
    inProcessBuilder.limits(limits);
    List<ProcessingResult> expected = new ArrayList<>();
    List<ProcessingResult> actual = new ArrayList<>();
    try (DocumentProcessing local = inProcessBuilder.build();
        DocumentProcessing remote = isolated().limits(limits).build()) {
      for (DocumentSource s : sources) {
        expected.add(local.process(s));
        actual.add(remote.process(s));
      }
      expected.add(local.process(DocumentSource.of(new ByteArrayInputStream(TOTAL), "s.pdf")));
      actual.add(remote.process(DocumentSource.of(new ByteArrayInputStream(TOTAL), "s.pdf")));
    }
    assertThat(actual).isEqualTo(expected);
    assertThat(actual.get(0).invoice().get(FieldKey.INVOICE_TOTAL)).isPresent();
    assertThat(actual.get(2).document().pages().get(0).words()).isNotEmpty();
    assertThat(actual.get(3).status()).isEqualTo(ProcessingStatus.FAILURE);
    assertThat(actual.get(4).diagnostics().get(0).code()).isEqualTo(ErrorCode.LIMIT_EXCEEDED);
    assertThat(actual.get(5).status()).isEqualTo(ProcessingStatus.FAILURE);
  }

  @Test
  void aCrashingWorkerCostsOneDocumentAndIsReplaced() {
    try (IsolatedProcessor p = isolated().build()) {
      ProcessingResult exit = p.process(DocumentSource.of(TOTAL, "exit-42.pdf"));
      assertThat(exit.status()).isEqualTo(ProcessingStatus.FAILURE);
      assertThat(firstCode(exit)).isEqualTo(ErrorCode.STAGE_FAILED);
      assertThat(errors(exit)).contains("worker crashed: exit 42");

      assertThat(p.process(DocumentSource.of(TOTAL, "after-exit.pdf")).isSuccess()).isTrue();

      ProcessingResult killed = p.process(DocumentSource.of(TOTAL, "sigkill.pdf"));
      assertThat(firstCode(killed)).isEqualTo(ErrorCode.STAGE_FAILED);
      assertThat(errors(killed)).contains("worker crashed: exit 137 (killed by signal 9)");

      ProcessingResult oom = p.process(DocumentSource.of(TOTAL, "oom.pdf"));
      assertThat(firstCode(oom)).isEqualTo(ErrorCode.STAGE_FAILED);
      assertThat(errors(oom)).contains("worker crashed: exit 3").contains("OutOfMemoryError");

      ProcessingResult after = p.process(DocumentSource.of(TOTAL, "after.pdf"));
      assertThat(after.isSuccess()).as(errors(after)).isTrue();
      assertThat(after.invoice().get(FieldKey.INVOICE_TOTAL).orElseThrow().value())
          .isEqualTo("4.11");
    }
  }

  @Test
  void workersAreReplacedEveryKDocuments() {
    List<String> pids = new ArrayList<>();
    try (IsolatedProcessor p = isolated().restartEvery(2).build()) {
      for (int i = 0; i < 5; i++) {
        ProcessingResult r = p.process(DocumentSource.of(TOTAL, "pid-" + i + ".pdf"));
        pids.add(r.invoice().get(FieldKey.INVOICE_ID).orElseThrow().value());
      }
    }
    assertThat(pids.get(0)).isEqualTo(pids.get(1));
    assertThat(pids.get(2)).isEqualTo(pids.get(3)).isNotEqualTo(pids.get(1));
    assertThat(pids.get(4)).isNotEqualTo(pids.get(3)).isNotEqualTo(pids.get(1));
    assertThat(pids).doesNotContain(Long.toString(ProcessHandle.current().pid()));
  }

  @Test
  void aStageThatIgnoresInterruptsIsAbandonedInsideTheWorkerWhichStaysUsable() {
    try (IsolatedProcessor p =
        isolated()
            .limits(Limits.defaults().withDeadline(Duration.ofSeconds(3)))
            .grace(Duration.ofSeconds(20))
            .build()) {
      p.process(DocumentSource.of(TOTAL, "warm-up.pdf"));
      String pidBefore = invoiceId(p.process(DocumentSource.of(TOTAL, "pid-1.pdf")));
      ProcessingResult stuck = p.process(DocumentSource.of(TOTAL, "stuck.pdf"));
      assertThat(stuck.status()).isEqualTo(ProcessingStatus.FAILURE);
      assertThat(firstCode(stuck)).isEqualTo(ErrorCode.DEADLINE_EXCEEDED);
      assertThat(errors(stuck)).contains("worker abandoned").doesNotContain("killed");
      // the worker JVM's own pool answered: same process, still working
      assertThat(invoiceId(p.process(DocumentSource.of(TOTAL, "pid-2.pdf")))).isEqualTo(pidBefore);
    }
  }

  private static String invoiceId(ProcessingResult r) {
    return r.invoice().get(FieldKey.INVOICE_ID).orElseThrow().value();
  }

  @Test
  void aWorkerThatIgnoresItsDeadlineIsKilledAndTheDocumentGetsDeadlineExceeded() {
    try (IsolatedProcessor p =
        isolated()
            .limits(Limits.defaults().withDeadline(Duration.ofSeconds(8)))
            .grace(Duration.ofSeconds(1))
            .build()) {
      // Warm the worker up (its outcome does not matter here), so that the hang is reached before
      // the worker's own deadline checks even on a loaded machine.
      p.process(DocumentSource.of(TOTAL, "warm-up.pdf"));
      long start = System.nanoTime();
      ProcessingResult hung = p.process(DocumentSource.of(TOTAL, "hang.pdf"));
      Duration took = Duration.ofNanos(System.nanoTime() - start);
      assertThat(hung.status()).isEqualTo(ProcessingStatus.FAILURE);
      assertThat(firstCode(hung)).isEqualTo(ErrorCode.DEADLINE_EXCEEDED);
      assertThat(errors(hung)).contains("the worker was killed");
      // The answer comes after the deadline plus grace, not never: bounded, not a speed test.
      assertThat(took)
          .isGreaterThanOrEqualTo(Duration.ofSeconds(9))
          .isLessThan(Duration.ofSeconds(60));
      assertThat(p.process(DocumentSource.of(TOTAL, "next.pdf")).isSuccess()).isTrue();
    }
  }

  @Test
  void concurrentCallersShareThePoolAndEachGetTheirOwnResult() throws Exception {
    int threads = 6;
    int perThread = 5;
    try (IsolatedProcessor p = isolated().workers(2).restartEvery(7).build()) {
      ExecutorService pool = Executors.newFixedThreadPool(threads);
      try {
        List<Future<List<ProcessingResult>>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
          int thread = t;
          futures.add(
              pool.submit(
                  () -> {
                    List<ProcessingResult> mine = new ArrayList<>();
                    for (int i = 0; i < perThread; i++) {
                      String name = thread == 2 && i == 2 ? "exit-42.pdf" : "t" + thread + "-" + i;
                      mine.add(p.process(DocumentSource.of(TOTAL, name)));
                    }
                    return mine;
                  }));
        }
        Set<String> seen = new HashSet<>();
        int failures = 0;
        for (int t = 0; t < threads; t++) {
          List<ProcessingResult> mine = futures.get(t).get();
          assertThat(mine).hasSize(perThread);
          for (int i = 0; i < perThread; i++) {
            ProcessingResult r = mine.get(i);
            String name = t == 2 && i == 2 ? "exit-42.pdf" : "t" + t + "-" + i;
            assertThat(r.source()).isEqualTo(name);
            assertThat(seen.add(name)).isTrue();
            if (name.equals("exit-42.pdf")) {
              assertThat(errors(r)).contains("worker crashed: exit 42");
              failures++;
            } else {
              assertThat(r.isSuccess()).as(name + " " + errors(r)).isTrue();
              assertThat(r.invoice().get(FieldKey.INVOICE_TOTAL)).isPresent();
            }
          }
        }
        assertThat(seen).hasSize(threads * perThread);
        assertThat(failures).isEqualTo(1);
      } finally {
        pool.shutdownNow();
      }
    }
  }

  @Test
  void buildFailsTypedWhenWorkersCannotStart() {
    assertThatThrownBy(() -> isolated().ocrEngine("no-such-engine").build())
        .isInstanceOf(EngineUnavailableException.class)
        .hasMessageContaining("no-such-engine");
    assertThatThrownBy(
            () -> isolated().jvm(JvmCommand.defaults().withClassPath("/nonexistent")).build())
        .isInstanceOf(StageFailureException.class)
        .hasMessageContaining("exited with 1");
  }

  @Test
  void processAfterCloseIsAProgrammingError() {
    IsolatedProcessor p = isolated().build();
    p.close();
    assertThatThrownBy(() -> p.process(DocumentSource.of(TOTAL, "late.pdf")))
        .isInstanceOf(IllegalStateException.class);
  }
}
