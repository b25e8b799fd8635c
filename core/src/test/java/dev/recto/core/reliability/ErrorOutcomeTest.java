package dev.recto.core.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.recto.core.error.ErrorCode;
import dev.recto.core.field.InvoiceFields;
import dev.recto.core.model.Document;
import dev.recto.core.process.Diagnostic;
import dev.recto.core.process.DocumentProcessor;
import dev.recto.core.process.OcrMode;
import dev.recto.core.process.ProcessingResult;
import dev.recto.core.process.ProcessingStatus;
import dev.recto.core.process.Stage;
import dev.recto.core.source.DocumentSource;
import dev.recto.core.spi.FieldExtractor;
import dev.recto.core.testkit.Providers;
import dev.recto.core.testkit.TestPdfs;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * No throwable leaves {@code process}: errors raised inside a document's stages become typed
 * failures, and the processor keeps working afterwards.
 */
class ErrorOutcomeTest {

  private static final byte[] PDF = TestPdfs.textPages(List.of("Total 10.00"));

  /** An extractor that throws what the supplier makes, then works normally. */
  private static final class Throwing implements FieldExtractor {
    private final Supplier<Throwable> error;
    private boolean thrown;

    Throwing(Supplier<Throwable> error) {
      this.error = error;
    }

    @Override
    public String id() {
      return "throwing";
    }

    @Override
    public synchronized InvoiceFields extract(Document document) {
      if (!thrown) {
        thrown = true;
        Throwable t = error.get();
        if (t instanceof Error e) {
          throw e;
        }
        throw (RuntimeException) t;
      }
      return InvoiceFields.EMPTY;
    }
  }

  private static Diagnostic failureOf(Supplier<Throwable> error) {
    Throwing stage = new Throwing(error);
    try (DocumentProcessor p =
        DocumentProcessor.builder()
            .ocrMode(OcrMode.OFF)
            .ocrProviders(List.of())
            .layoutProviders(List.of())
            .extractorProviders(List.of(Providers.extractor(stage.id(), 1, stage)))
            .calibratorProviders(List.of())
            .build()) {
      ProcessingResult failed = p.process(DocumentSource.of(PDF, "x.pdf"));
      assertThat(failed.status()).isEqualTo(ProcessingStatus.FAILURE);
      assertThat(p.process(DocumentSource.of(PDF, "y.pdf")).status())
          .as("the processor still works after the error")
          .isEqualTo(ProcessingStatus.SUCCESS);
      return failed.diagnostics().stream().filter(d -> d.code() != null).findFirst().orElseThrow();
    }
  }

  @Test
  void outOfMemoryIsALimitNamedMemory() {
    Diagnostic d = failureOf(() -> new OutOfMemoryError("Java heap space"));
    assertThat(d.code()).isEqualTo(ErrorCode.LIMIT_EXCEEDED);
    assertThat(d.message()).startsWith("memory exceeded");
    assertThat(d.stage()).isEqualTo(Stage.EXTRACTION);
  }

  @Test
  void stackOverflowIsAnInvalidDocument() {
    Diagnostic d = failureOf(StackOverflowError::new);
    assertThat(d.code()).isEqualTo(ErrorCode.INVALID_DOCUMENT);
    assertThat(d.message()).contains("nests too deeply");
  }

  @Test
  void linkageErrorIsAnUnavailableEngine() {
    Diagnostic d = failureOf(() -> new UnsatisfiedLinkError("no libfoo in java.library.path"));
    assertThat(d.code()).isEqualTo(ErrorCode.ENGINE_UNAVAILABLE);
    assertThat(d.message()).contains("UnsatisfiedLinkError");
  }

  @Test
  void otherErrorsAndUncheckedExceptionsAreStageFailures() {
    assertThat(failureOf(() -> new AssertionError("broken invariant")).code())
        .isEqualTo(ErrorCode.STAGE_FAILED);
    Diagnostic d = failureOf(() -> new IllegalStateException("bug"));
    assertThat(d.code()).isEqualTo(ErrorCode.STAGE_FAILED);
    assertThat(d.message()).contains("IllegalStateException");
  }
}
