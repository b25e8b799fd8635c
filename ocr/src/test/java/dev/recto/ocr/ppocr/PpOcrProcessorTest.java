package dev.recto.ocr.ppocr;

import static org.assertj.core.api.Assertions.assertThat;

import dev.recto.core.model.Page;
import dev.recto.core.model.TextSource;
import dev.recto.core.model.Word;
import dev.recto.core.process.DocumentProcessor;
import dev.recto.core.process.OcrMode;
import dev.recto.core.process.ProcessingResult;
import dev.recto.core.source.DocumentSource;
import dev.recto.core.testkit.TestPdfs;
import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The processor finds the engine by id through ServiceLoader and OCRs an image with it. */
class PpOcrProcessorTest {

  @Test
  void processorUsesTheEngineById() {
    BufferedImage img = new BufferedImage(600, 120, BufferedImage.TYPE_INT_RGB);
    PpOcrEngineTest.draw(img, new String[] {"Total", "42.00"}, 20, 70, 36);
    try (DocumentProcessor processor =
        DocumentProcessor.builder()
            .ocrMode(OcrMode.AUTO)
            .ocrEngine("ppocr")
            .layoutProviders(List.of())
            .extractorProviders(List.of())
            .build()) {
      ProcessingResult r =
          processor.process(DocumentSource.of(TestPdfs.encode(img, "png"), "total.png"));
      Page page = r.document().pages().get(0);
      assertThat(page.textSource()).isEqualTo(TextSource.OCR);
      assertThat(page.words()).extracting(Word::text).containsExactly("Total", "42.00");
      assertThat(page.words()).allMatch(w -> w.provenance().engineId().equals("ppocr"));
    }
  }
}
