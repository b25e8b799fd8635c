package dev.recto.core.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.recto.core.error.ErrorCode;
import dev.recto.core.process.Diagnostic;
import dev.recto.core.process.DocumentProcessor;
import dev.recto.core.process.Limits;
import dev.recto.core.process.OcrMode;
import dev.recto.core.process.ProcessingResult;
import dev.recto.core.process.ProcessingStatus;
import dev.recto.core.process.Stage;
import dev.recto.core.source.DocumentSource;
import dev.recto.core.testkit.FakeOcrEngine;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bombs of the reliability issue, each generated here: every one gets a typed outcome, and
 * where a cap applies the diagnostic names it with the value found, which shows the check fired
 * before the memory was spent (the surefire JVM has 1 GiB of heap; each bomb asks for more).
 */
class BombTest {

  private static final Pattern LIMIT = Pattern.compile("^(\\w+) exceeded: (\\d+) > (\\d+)");

  private final FakeOcrEngine ocr = new FakeOcrEngine("scan");

  private DocumentProcessor processor(OcrMode mode, Limits limits) {
    return DocumentProcessor.builder()
        .ocrMode(mode)
        .ocrProviders(List.of(ocr.provider(1)))
        .layoutProviders(List.of())
        .extractorProviders(List.of())
        .calibratorProviders(List.of())
        .limits(limits)
        .build();
  }

  private ProcessingResult process(OcrMode mode, DocumentSource source) {
    try (DocumentProcessor p = processor(mode, Limits.defaults())) {
      return p.process(source);
    }
  }

  private static Diagnostic firstError(ProcessingResult r) {
    return r.diagnostics().stream().filter(d -> d.code() != null).findFirst().orElseThrow();
  }

  /** Asserts a LIMIT_EXCEEDED naming {@code limit}; returns the value the check found. */
  private static long limitValue(Diagnostic d, String limit) {
    assertThat(d.code()).isEqualTo(ErrorCode.LIMIT_EXCEEDED);
    Matcher m = LIMIT.matcher(d.message());
    assertThat(m.find()).as("message %s", d.message()).isTrue();
    assertThat(m.group(1)).isEqualTo(limit);
    return Long.parseLong(m.group(2));
  }

  @Test
  void aGigabyteFlateStreamIsRefusedAtTheDecodedSizeCap() {
    long gigabyte = 1L << 30;
    byte[] bomb = Bombs.flateBomb(gigabyte);
    assertThat(bomb.length).isLessThan(2 << 20);

    ProcessingResult r = process(OcrMode.AUTO, DocumentSource.of(bomb, "flate-bomb.pdf"));

    assertThat(r.status()).isEqualTo(ProcessingStatus.FAILURE);
    Diagnostic d = firstError(r);
    assertThat(d.stage()).isEqualTo(Stage.INGEST);
    long counted = limitValue(d, "maxDecodedStreamBytes");
    long cap = Limits.defaults().maxDecodedStreamBytes();
    // Counting stopped within one decode buffer of the cap, far from the gigabyte.
    assertThat(counted).isGreaterThan(cap).isLessThan(cap + (1 << 20));
  }

  @Test
  void aGigabyteFontFileIsRefusedBeforePdfboxReadsItWhole() {
    // PDFBox alone runs out of a 1 GiB heap on this file (docs/reliability.md).
    ProcessingResult r =
        process(OcrMode.AUTO, DocumentSource.of(Bombs.fontFileBomb(1L << 30), "font-bomb.pdf"));

    assertThat(r.status()).isEqualTo(ProcessingStatus.FAILURE);
    long counted = limitValue(firstError(r), "maxDecodedStreamBytes");
    assertThat(counted).isLessThan(1L << 30);
  }

  @Test
  void stackedFlateIsRefusedByTheRatioCap() throws Exception {
    byte[] inner = Bombs.deflatedSpaces(64L << 20);
    java.io.ByteArrayOutputStream twice = new java.io.ByteArrayOutputStream();
    try (var out = new java.util.zip.DeflaterOutputStream(twice)) {
      out.write(inner);
    }
    byte[] pdf =
        Bombs.onePage("<< >>", "<< /Filter [/FlateDecode /FlateDecode] >>", twice.toByteArray());

    ProcessingResult r = process(OcrMode.AUTO, DocumentSource.of(pdf, "double-flate.pdf"));

    assertThat(r.status()).isEqualTo(ProcessingStatus.FAILURE);
    long ratio = limitValue(firstError(r), "maxCompressionRatio");
    assertThat(ratio).isGreaterThan(Limits.defaults().maxCompressionRatio());
  }

  @Test
  void aModestFlateStreamStillWorks() {
    ProcessingResult r =
        process(OcrMode.OFF, DocumentSource.of(Bombs.flateBomb(4L << 20), "4mb-spaces.pdf"));
    assertThat(r.status()).isNotEqualTo(ProcessingStatus.FAILURE);
  }

  @Test
  void aHugePageAt300DpiIsRefusedBeforeRasterizing() throws Exception {
    byte[] pdf;
    try (PDDocument doc = new PDDocument()) {
      doc.addPage(new PDPage(new PDRectangle(14_400, 14_400)));
      var out = new java.io.ByteArrayOutputStream();
      doc.save(out);
      pdf = out.toByteArray();
    }

    ProcessingResult r = process(OcrMode.AUTO, DocumentSource.of(pdf, "huge-page.pdf"));

    assertThat(r.status()).isEqualTo(ProcessingStatus.PARTIAL_SUCCESS);
    Diagnostic d = firstError(r);
    assertThat(d.stage()).isEqualTo(Stage.RASTERIZE);
    assertThat(d.pageIndex()).isZero();
    // 14,400 pt at 300 dpi is 60,000 px a side.
    assertThat(limitValue(d, "maxPixelsPerPage")).isEqualTo(60_000L * 60_000L);
    assertThat(ocr.calls).as("nothing was rendered for OCR").hasValue(0);
  }

  @Test
  void a64kImageXObjectIsRefusedBeforeDecoding() {
    byte[] pdf = Bombs.hugeImageXObject(65_536, 65_536);

    ProcessingResult r = process(OcrMode.FORCE, DocumentSource.of(pdf, "huge-image.pdf"));

    assertThat(r.status()).isEqualTo(ProcessingStatus.PARTIAL_SUCCESS);
    Diagnostic d = firstError(r);
    assertThat(d.stage()).isEqualTo(Stage.RASTERIZE);
    assertThat(limitValue(d, "maxImageSamples")).isEqualTo(65_536L * 65_536L * 3);
    assertThat(ocr.calls).hasValue(0);
  }

  @Test
  void a64kPngHeaderIsRefusedBeforeDecoding() {
    byte[] png = Bombs.pngHeader(65_536, 65_536);

    ProcessingResult r = process(OcrMode.AUTO, DocumentSource.of(png, "huge.png"));

    assertThat(r.status()).isEqualTo(ProcessingStatus.FAILURE);
    assertThat(limitValue(firstError(r), "maxPixelsPerPage")).isEqualTo(65_536L * 65_536L);
    assertThat(ocr.calls).hasValue(0);
  }

  @Test
  void aHundredThousandPagesAreRefusedFromThePageCount() {
    byte[] pdf = Bombs.hundredThousandPagesCompact();
    assertThat(pdf.length).isLessThan(10_000);

    ProcessingResult r = process(OcrMode.AUTO, DocumentSource.of(pdf, "100k-pages.pdf"));

    assertThat(r.status()).isEqualTo(ProcessingStatus.FAILURE);
    assertThat(limitValue(firstError(r), "maxPages")).isEqualTo(100_000);
  }

  @Test
  void distinctPagesOverTheCapAreCountedFromThePageTree(@TempDir Path dir) {
    Path file = Bombs.manyPages(dir.resolve("pages.pdf"), 1_001);

    ProcessingResult r = process(OcrMode.OFF, DocumentSource.of(file));

    assertThat(r.status()).isEqualTo(ProcessingStatus.FAILURE);
    assertThat(limitValue(firstError(r), "maxPages")).isEqualTo(1_001);
  }

  @Test
  void aCyclicPageTreeIsCaughtByPdfbox() {
    ProcessingResult r = process(OcrMode.AUTO, DocumentSource.of(Bombs.cyclicPageTree(), "c.pdf"));

    // /Count says 2; page 0 is real, looking for page 1 runs into the cycle, which PDFBox detects.
    assertThat(r.status()).isEqualTo(ProcessingStatus.PARTIAL_SUCCESS);
    assertThat(r.document().pages()).hasSize(2);
    Diagnostic d = firstError(r);
    assertThat(d.code()).isEqualTo(ErrorCode.INVALID_DOCUMENT);
    assertThat(d.pageIndex()).isEqualTo(1);
    assertThat(d.message()).contains("recursion");
  }

  @Test
  void aType3GlyphDrawingItselfCostsThePageNotTheHost() {
    ProcessingResult r =
        process(OcrMode.FORCE, DocumentSource.of(Bombs.recursiveType3Font(), "t3.pdf"));

    // PDFBox has no depth limit for Type3 glyph procedures: rendering overflows the worker's
    // stack, which costs the page its OCR, not the host its JVM.
    assertThat(r.status()).isEqualTo(ProcessingStatus.PARTIAL_SUCCESS);
    Diagnostic d = firstError(r);
    assertThat(d.code()).isEqualTo(ErrorCode.INVALID_DOCUMENT);
    assertThat(d.stage()).isEqualTo(Stage.RASTERIZE);
    assertThat(d.message()).contains("nests too deeply");
    assertThat(ocr.calls).hasValue(0);
  }

  @Test
  void aFormDrawingItselfTwiceEndsAtTheDeadlineAndItsWorkerStops() throws InterruptedException {
    try (DocumentProcessor p =
        processor(OcrMode.FORCE, Limits.defaults().withDeadline(Duration.ofSeconds(2)))) {
      ProcessingResult r = p.process(DocumentSource.of(Bombs.selfDrawingForm(), "forms.pdf"));

      assertThat(r.status()).isEqualTo(ProcessingStatus.FAILURE);
      Diagnostic d = firstError(r);
      assertThat(d.code()).isEqualTo(ErrorCode.DEADLINE_EXCEEDED);
      assertThat(d.stage()).isEqualTo(Stage.TEXT_LAYER);
      // PDFBox's nesting limit (50) still allows 2^50 draws; the operator check stops the worker.
      for (int i = 0; i < 500 && p.stuckWorkers() > 0; i++) {
        Thread.sleep(10);
      }
      assertThat(p.stuckWorkers()).isZero();
    }
  }
}
