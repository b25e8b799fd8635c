package dev.recto.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class SampleInvoiceTest {

  @Test
  void generationIsDeterministic() {
    assertThat(SampleInvoice.pdfBytes()).isEqualTo(SampleInvoice.pdfBytes());
  }

  /**
   * The committed sample is what the generator writes. After a deliberate change, regenerate with
   * {@code -Drecto.regenerate=true} and review the diff of the extracted text.
   */
  @Test
  void committedSampleMatchesTheGenerator() throws IOException {
    Path committed =
        RepositoryRoot.find().resolve("samples/documents").resolve(SampleInvoice.FILE_NAME);
    if (Boolean.getBoolean("recto.regenerate")) {
      Files.write(committed, SampleInvoice.pdfBytes());
    }
    assertThat(Files.readAllBytes(committed)).isEqualTo(SampleInvoice.pdfBytes());
  }
}
