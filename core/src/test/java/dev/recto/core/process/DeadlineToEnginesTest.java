package dev.recto.core.process;

import static org.assertj.core.api.Assertions.assertThat;

import dev.recto.core.error.ErrorCode;
import dev.recto.core.ingest.PageImage;
import dev.recto.core.model.Page;
import dev.recto.core.model.Region;
import dev.recto.core.model.Word;
import dev.recto.core.source.DocumentSource;
import dev.recto.core.spi.LayoutEngine;
import dev.recto.core.spi.OcrEngine;
import dev.recto.core.testkit.Providers;
import dev.recto.core.testkit.TestPdfs;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** The processor hands the document's deadline to the engines, and their deadline errors count. */
class DeadlineToEnginesTest {

  /** Records the deadlines it gets; throws the deadline's error when {@code expire} is set. */
  static final class DeadlineOcr implements OcrEngine {
    final List<Deadline> seen = new CopyOnWriteArrayList<>();
    final boolean expire;

    DeadlineOcr(boolean expire) {
      this.expire = expire;
    }

    @Override
    public String id() {
      return "deadline-ocr";
    }

    @Override
    public List<Word> recognize(PageImage page) {
      throw new AssertionError("the processor must call the deadline-aware method");
    }

    @Override
    public List<Word> recognize(PageImage page, Deadline deadline) {
      seen.add(deadline);
      if (expire) {
        throw deadline.exceeded("fake native run (terminated)");
      }
      return List.of();
    }

    @Override
    public void close() {}
  }

  static final class DeadlineLayout implements LayoutEngine {
    final List<Deadline> seen = new CopyOnWriteArrayList<>();

    @Override
    public String id() {
      return "deadline-layout";
    }

    @Override
    public boolean needsImage() {
      return false;
    }

    @Override
    public List<Region> detect(Page page, Optional<PageImage> image) {
      throw new AssertionError("the processor must call the deadline-aware method");
    }

    @Override
    public List<Region> detect(Page page, Optional<PageImage> image, Deadline deadline) {
      seen.add(deadline);
      return List.of();
    }

    @Override
    public void close() {}
  }

  @Test
  void ocrAndLayoutGetTheDocumentsDeadline() {
    DeadlineOcr ocr = new DeadlineOcr(false);
    DeadlineLayout layout = new DeadlineLayout();
    Duration budget = Duration.ofSeconds(40);
    try (DocumentProcessor p =
        DocumentProcessor.builder()
            .limits(Limits.defaults().withDeadline(budget))
            .ocrProviders(List.of(Providers.ocr(ocr.id(), 1, () -> ocr)))
            .layoutProviders(List.of(Providers.layout(layout.id(), 1, () -> layout)))
            .extractorProviders(List.of())
            .build()) {
      ProcessingResult r = p.process(DocumentSource.of(TestPdfs.imageOnlyPage(), "scan.pdf"));
      assertThat(r.isSuccess()).as(r.diagnostics().toString()).isTrue();
    }
    assertThat(ocr.seen).hasSize(1);
    assertThat(layout.seen).containsExactly(ocr.seen.get(0));
    Duration left = ocr.seen.get(0).remaining();
    assertThat(left).isPositive().isLessThanOrEqualTo(budget);
  }

  @Test
  void anEnginesDeadlineErrorIsTheDocumentsTypedOutcome() {
    DeadlineOcr ocr = new DeadlineOcr(true);
    try (DocumentProcessor p =
        DocumentProcessor.builder()
            .ocrProviders(List.of(Providers.ocr(ocr.id(), 1, () -> ocr)))
            .layoutProviders(List.of())
            .extractorProviders(List.of())
            .build()) {
      ProcessingResult r = p.process(DocumentSource.of(TestPdfs.imageOnlyPage(), "scan.pdf"));
      assertThat(r.status()).isEqualTo(ProcessingStatus.FAILURE);
      assertThat(r.diagnostics())
          .anySatisfy(
              d -> {
                assertThat(d.code()).isEqualTo(ErrorCode.DEADLINE_EXCEEDED);
                assertThat(d.stage()).isEqualTo(Stage.OCR);
                assertThat(d.message()).contains("terminated");
              });
    }
  }
}
