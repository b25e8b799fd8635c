package dev.recto.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import dev.recto.core.eval.WordBag;
import dev.recto.core.eval.WordBagF1;
import dev.recto.core.ingest.PageImage;
import dev.recto.core.ingest.PdfRasterizer;
import dev.recto.core.ingest.TextLayerReader;
import dev.recto.core.model.Word;
import dev.recto.core.process.Deadline;
import dev.recto.core.spi.OcrEngine;
import dev.recto.ocr.ppocr.PpOcrEngine;
import dev.recto.ocr.ppocr.PpOcrOptions;
import dev.recto.ocr.tesseract.TesseractEngine;
import dev.recto.ocr.tesseract.TesseractOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A quality ratchet for both OCR engines on the bundled sample invoice rendered at 300 dpi: word F1
 * against the page's own text layer. Both measured 1.000 on 2026-11-26 (93 of 93 words); the bar
 * leaves room for one or two words so that a real regression, not noise, fails it.
 */
class SampleInvoiceOcrRatchetTest {

  private static final double MIN_F1 = 0.98;

  @ParameterizedTest
  @ValueSource(strings = {"ppocr", "tesseract"})
  void engineReadsTheSampleInvoice(String engineId) throws IOException {
    Path pdf = sample().orElse(null);
    Assumptions.assumeTrue(pdf != null, "skipped: samples/documents/sample-invoice.pdf not found");
    Supplier<OcrEngine> factory =
        engineId.equals("ppocr")
            ? () -> PpOcrEngine.create(PpOcrOptions.defaults())
            : () -> TesseractEngine.create(TesseractOptions.defaults());
    try (PDDocument doc = Loader.loadPDF(pdf.toFile());
        OcrEngine engine = factory.get()) {
      List<Word> truth =
          new TextLayerReader().read(doc, 0, Deadline.startingNow(Duration.ofSeconds(30))).words();
      PageImage image =
          new PdfRasterizer(50_000_000).render(doc, 0, 300, PdfRasterizer.ColorMode.GRAY);

      List<Word> read = engine.recognize(image);

      WordBagF1 score =
          WordBagF1.compare(
              WordBag.of(truth.stream().map(Word::text).toList()),
              WordBag.of(read.stream().map(Word::text).toList()));
      assertThat(score.f1())
          .as(
              "%s word F1 on the sample invoice at 300 dpi: %s (%d of %d words)",
              engineId,
              String.format(Locale.ROOT, "%.3f", score.f1()),
              score.matchedWords(),
              score.referenceWords())
          .isGreaterThanOrEqualTo(MIN_F1);
    }
  }

  private static Optional<Path> sample() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve("samples/documents/sample-invoice.pdf");
      if (Files.isRegularFile(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }
}
