package dev.recto.core.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.recto.core.process.Diagnostic;
import dev.recto.core.process.DocumentProcessor;
import dev.recto.core.process.Limits;
import dev.recto.core.process.OcrMode;
import dev.recto.core.process.ProcessingResult;
import dev.recto.core.process.ProcessingStatus;
import dev.recto.core.source.DocumentSource;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * Fuzz target for the document entry point: any bytes, as a {@link DocumentSource}, through one
 * shared {@link DocumentProcessor} with OCR off. Each call must return exactly one result (no
 * exception of any kind leaves {@code process}, not even an {@code Error}); a FAILURE must carry a
 * typed error code. Jazzer's own per-input timeout (60 s) catches inputs that hang.
 *
 * <p>In a plain {@code mvn verify} it replays the saved inputs (small PDFs, an image, junk) from
 * {@code src/test/resources/dev/recto/core/fuzz/DocumentFuzzTestInputs/anyBytes/}; with {@code
 * JAZZER_FUZZ=1} Jazzer fuzzes it, see {@code docs/reliability.md}.
 */
class DocumentFuzzTest {

  private static DocumentProcessor processor;

  @BeforeAll
  static void openProcessor() {
    processor =
        DocumentProcessor.builder()
            .ocrMode(OcrMode.OFF)
            .limits(Limits.defaults().withDeadline(Duration.ofSeconds(10)))
            .build();
  }

  @AfterAll
  static void closeProcessor() {
    processor.close();
  }

  @FuzzTest(maxDuration = "10m")
  void anyBytes(FuzzedDataProvider data) {
    byte[] bytes = data.consumeRemainingAsBytes();
    ProcessingResult result = processor.process(DocumentSource.of(bytes, "fuzz.bin"));

    assertThat(result).isNotNull();
    assertThat(result.source()).isEqualTo("fuzz.bin");
    if (result.status() == ProcessingStatus.FAILURE) {
      assertThat(result.diagnostics())
          .as("a FAILURE names a typed error code: %s", result.diagnostics())
          .extracting(Diagnostic::code)
          .anySatisfy(code -> assertThat(code).isNotNull());
    } else {
      assertThat(result.documentIfPresent()).isPresent();
    }
  }
}
