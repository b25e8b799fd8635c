package dev.recto.review;

import dev.recto.core.process.DocumentProcessor;
import dev.recto.core.process.OcrMode;
import dev.recto.core.process.ProcessingResult;
import dev.recto.core.source.DocumentSource;
import java.nio.file.Files;
import java.nio.file.Path;

/** The repository's sample invoice, read by Recto's own extractors (text layer, no OCR). */
final class SampleInvoice {
  static final Path PDF = Path.of("..", "samples", "documents", "sample-invoice.pdf");

  private SampleInvoice() {}

  static ProcessingResult process() {
    if (!Files.isRegularFile(PDF)) {
      throw new IllegalStateException("missing " + PDF.toAbsolutePath());
    }
    try (DocumentProcessor p = DocumentProcessor.builder().ocrMode(OcrMode.OFF).build()) {
      return p.process(DocumentSource.of(PDF));
    }
  }
}
