package dev.recto.core.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.recto.core.error.EngineUnavailableException;
import dev.recto.core.error.ErrorCode;
import dev.recto.core.model.InputFormat;
import dev.recto.core.model.Page;
import dev.recto.core.model.TextSource;
import dev.recto.core.model.Word;
import dev.recto.core.source.DocumentSource;
import dev.recto.core.testkit.FakeOcrEngine;
import dev.recto.core.testkit.Providers;
import dev.recto.core.testkit.TestPdfs;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentProcessorTest {

  private static DocumentProcessor withoutEngines(OcrMode mode) {
    return DocumentProcessor.builder()
        .ocrMode(mode)
        .ocrProviders(List.of())
        .layoutProviders(List.of())
        .extractorProviders(List.of())
        .build();
  }

  private static DocumentProcessor withFakeOcr(FakeOcrEngine fake, OcrMode mode) {
    return DocumentProcessor.builder()
        .ocrMode(mode)
        .ocrProviders(List.of(fake.provider(1)))
        .layoutProviders(List.of())
        .extractorProviders(List.of())
        .build();
  }

  @Test
  void bornDigitalPdfUsesTheTextLayer() {
    try (DocumentProcessor p = withoutEngines(OcrMode.AUTO)) {
      ProcessingResult r =
          p.process(DocumentSource.of(TestPdfs.textPages(List.of("Hello world")), "hello.pdf"));

      assertThat(r.status()).isEqualTo(ProcessingStatus.SUCCESS);
      assertThat(r.diagnostics()).isEmpty();
      assertThat(r.document().format()).isEqualTo(InputFormat.PDF);
      Page page = r.document().pages().get(0);
      assertThat(page.textSource()).isEqualTo(TextSource.TEXT_LAYER);
      assertThat(page.width()).isEqualTo(612.0);
      assertThat(page.height()).isEqualTo(792.0);
      assertThat(page.words()).extracting(Word::text).containsExactly("Hello", "world");
      Word hello = page.words().get(0);
      assertThat(hello.box().left())
          .isCloseTo(72.0 / 612, org.assertj.core.data.Offset.offset(0.002));
      // Baseline 100 pt from the top: the box spans it.
      assertThat(hello.box().top()).isLessThan(100.0 / 792);
      assertThat(hello.box().bottom()).isGreaterThan(100.0 / 792);
      assertThat(hello.fontSize()).isEqualTo(12.0);
      assertThat(hello.provenance().engineId()).isEqualTo("pdfbox-text-layer");
      assertThat(page.lines()).hasSize(1);
      assertThat(page.text()).isEqualTo("Hello world");
    }
  }

  @Test
  void scannedPageWithoutOcrEngineIsPartialAndSaysHowToFix() {
    try (DocumentProcessor p = withoutEngines(OcrMode.AUTO)) {
      ProcessingResult r = p.process(DocumentSource.of(TestPdfs.imageOnlyPage(), "scan.pdf"));

      assertThat(r.status()).isEqualTo(ProcessingStatus.PARTIAL_SUCCESS);
      assertThat(r.document().pages().get(0).textSource()).isEqualTo(TextSource.NONE);
      assertThat(r.diagnostics())
          .singleElement()
          .satisfies(
              d -> {
                assertThat(d.code()).isEqualTo(ErrorCode.ENGINE_UNAVAILABLE);
                assertThat(d.stage()).isEqualTo(Stage.OCR);
                assertThat(d.pageIndex()).isZero();
                assertThat(d.message()).contains("recto-ocr");
              });
    }
  }

  @Test
  void scannedPageGoesToOcr() {
    FakeOcrEngine fake = new FakeOcrEngine("SCANNED");
    try (DocumentProcessor p = withFakeOcr(fake, OcrMode.AUTO)) {
      ProcessingResult r = p.process(DocumentSource.of(TestPdfs.imageOnlyPage(), "scan.pdf"));

      assertThat(r.status()).isEqualTo(ProcessingStatus.SUCCESS);
      Page page = r.document().pages().get(0);
      assertThat(page.textSource()).isEqualTo(TextSource.OCR);
      assertThat(page.words()).extracting(Word::text).containsExactly("SCANNED");
      assertThat(fake.calls).hasValue(1);
    }
    assertThat(fake.closes).hasValue(1);
  }

  @Test
  void ocrEngineStartsOnlyWhenAPageNeedsIt() {
    java.util.concurrent.atomic.AtomicInteger created =
        new java.util.concurrent.atomic.AtomicInteger();
    FakeOcrEngine fake = new FakeOcrEngine("LAZY");
    dev.recto.core.spi.OcrEngineProvider counting =
        Providers.ocr(
            "counting",
            1,
            () -> {
              created.incrementAndGet();
              return fake;
            });
    try (DocumentProcessor p =
        DocumentProcessor.builder()
            .ocrProviders(List.of(counting))
            .layoutProviders(List.of())
            .extractorProviders(List.of())
            .build()) {
      assertThat(p.ocrEngineId()).contains("counting");
      p.process(DocumentSource.of(TestPdfs.textPages(List.of("Hello")), "a.pdf"));
      assertThat(created).hasValue(0);
      p.process(DocumentSource.of(TestPdfs.imageOnlyPage(), "scan.pdf"));
      p.process(DocumentSource.of(TestPdfs.imageOnlyPage(), "scan2.pdf"));
      assertThat(created).hasValue(1);
    }
    assertThat(fake.closes).hasValue(1);
  }

  @Test
  void anEngineThatFailsToStartIsReportedOnThePage() {
    dev.recto.core.spi.OcrEngineProvider broken =
        Providers.ocr(
            "broken",
            1,
            () -> {
              throw new EngineUnavailableException(
                  "libfoo.so missing; apt-get install libfoo", null);
            });
    try (DocumentProcessor p =
        DocumentProcessor.builder()
            .ocrProviders(List.of(broken))
            .layoutProviders(List.of())
            .extractorProviders(List.of())
            .build()) {
      ProcessingResult r = p.process(DocumentSource.of(TestPdfs.imageOnlyPage(), "scan.pdf"));
      assertThat(r.status()).isEqualTo(ProcessingStatus.PARTIAL_SUCCESS);
      assertThat(r.diagnostics())
          .singleElement()
          .satisfies(
              d -> {
                assertThat(d.code()).isEqualTo(ErrorCode.ENGINE_UNAVAILABLE);
                assertThat(d.message()).contains("'broken' failed to start").contains("apt-get");
              });
    }
  }

  /** A layout engine that marks the whole page as one TEXT region, or fails when asked to. */
  private static dev.recto.core.spi.LayoutEngineProvider layout(
      boolean needsImage, boolean fail, java.util.List<Integer> imageWidths) {
    dev.recto.core.spi.LayoutEngine engine =
        new dev.recto.core.spi.LayoutEngine() {
          @Override
          public String id() {
            return "fake-layout";
          }

          @Override
          public boolean needsImage() {
            return needsImage;
          }

          @Override
          public List<dev.recto.core.model.Region> detect(
              Page page, java.util.Optional<dev.recto.core.ingest.PageImage> image) {
            if (fail) {
              throw new IllegalStateException("model exploded");
            }
            image.ifPresent(i -> imageWidths.add(i.width()));
            dev.recto.core.model.BoundingBox box = dev.recto.core.model.BoundingBox.PAGE;
            return List.of(
                new dev.recto.core.model.Region(
                    dev.recto.core.model.RegionType.TEXT,
                    box,
                    0.8,
                    new dev.recto.core.model.Provenance(
                        page.index(), box, "fake-layout", "m", "1")));
          }

          @Override
          public void close() {}
        };
    return Providers.layout("fake-layout", 1, () -> engine);
  }

  @Test
  void layoutEngineFillsRegionsAndGetsALowResolutionImageWhenItAsks() {
    java.util.List<Integer> widths = new java.util.ArrayList<>();
    try (DocumentProcessor p =
        DocumentProcessor.builder()
            .ocrProviders(List.of())
            .layoutProviders(List.of(layout(true, false, widths)))
            .extractorProviders(List.of())
            .build()) {
      ProcessingResult r =
          p.process(DocumentSource.of(TestPdfs.textPages(List.of("Hello world")), "a.pdf"));
      assertThat(r.status()).isEqualTo(ProcessingStatus.SUCCESS);
      Page page = r.document().pages().get(0);
      assertThat(page.regions())
          .singleElement()
          .extracting(dev.recto.core.model.Region::type)
          .isEqualTo(dev.recto.core.model.RegionType.TEXT);
      assertThat(page.words()).isNotEmpty();
      assertThat(widths).containsExactly(612); // US Letter at 72 dpi
    }
  }

  @Test
  void aFailingLayoutEngineCostsThePageItsRegionsOnly() {
    try (DocumentProcessor p =
        DocumentProcessor.builder()
            .ocrProviders(List.of())
            .layoutProviders(List.of(layout(false, true, new java.util.ArrayList<>())))
            .extractorProviders(List.of())
            .build()) {
      ProcessingResult r =
          p.process(DocumentSource.of(TestPdfs.textPages(List.of("Hello world")), "a.pdf"));
      assertThat(r.status()).isEqualTo(ProcessingStatus.PARTIAL_SUCCESS);
      assertThat(r.document().pages().get(0).regions()).isEmpty();
      assertThat(r.document().pages().get(0).words()).isNotEmpty();
      assertThat(r.diagnostics())
          .singleElement()
          .satisfies(
              d -> {
                assertThat(d.stage()).isEqualTo(Stage.LAYOUT);
                assertThat(d.code()).isEqualTo(ErrorCode.STAGE_FAILED);
                assertThat(d.message()).contains("fake-layout").contains("model exploded");
              });
    }
  }

  @Test
  void ocrModesForceAndOffOverrideRouting() {
    byte[] text = TestPdfs.textPages(List.of("Hello world"));
    FakeOcrEngine fake = new FakeOcrEngine("OCRED");
    try (DocumentProcessor forced = withFakeOcr(fake, OcrMode.FORCE)) {
      Page page = forced.process(DocumentSource.of(text, "a.pdf")).document().pages().get(0);
      assertThat(page.textSource()).isEqualTo(TextSource.OCR);
      assertThat(page.words()).extracting(Word::text).containsExactly("OCRED");
    }
    try (DocumentProcessor off = withFakeOcr(new FakeOcrEngine("X"), OcrMode.OFF)) {
      ProcessingResult r = off.process(DocumentSource.of(TestPdfs.imageOnlyPage(), "scan.pdf"));
      assertThat(r.status()).isEqualTo(ProcessingStatus.SUCCESS);
      assertThat(r.document().pages().get(0).textSource()).isEqualTo(TextSource.NONE);
      assertThat(r.diagnostics())
          .singleElement()
          .extracting(Diagnostic::severity)
          .isEqualTo(Severity.INFO);
    }
  }

  @Test
  void imagesArePagesWithTheirDpi() {
    FakeOcrEngine fake = new FakeOcrEngine("RECEIPT");
    byte[] png = TestPdfs.encode(TestPdfs.pageImage(600, 900, "x"), "png");
    try (DocumentProcessor p = withFakeOcr(fake, OcrMode.AUTO)) {
      ProcessingResult r = p.process(DocumentSource.of(png, "receipt.png"));

      assertThat(r.status()).isEqualTo(ProcessingStatus.SUCCESS);
      assertThat(r.document().format()).isEqualTo(InputFormat.PNG);
      Page page = r.document().pages().get(0);
      assertThat(page.sourceDpi()).isEqualTo(300); // PNG without pHYs: assumed
      assertThat(page.width()).isEqualTo(600 * 72.0 / 300);
      assertThat(page.textSource()).isEqualTo(TextSource.OCR);
    }
  }

  @Test
  void multiPageTiffGivesOnePagePerImage() throws IOException {
    byte[] tiff = multiPageTiff(3);
    try (DocumentProcessor p = withFakeOcr(new FakeOcrEngine("T"), OcrMode.AUTO)) {
      ProcessingResult r = p.process(DocumentSource.of(new ByteArrayInputStream(tiff), "fax.tif"));

      assertThat(r.status()).isEqualTo(ProcessingStatus.SUCCESS);
      assertThat(r.document().format()).isEqualTo(InputFormat.TIFF);
      assertThat(r.document().pages()).hasSize(3).extracting(Page::index).containsExactly(0, 1, 2);
    }
  }

  @Test
  void jpegIsRead() {
    byte[] jpeg = TestPdfs.encode(TestPdfs.pageImage(300, 400, "x"), "jpeg");
    try (DocumentProcessor p = withoutEngines(OcrMode.OFF)) {
      ProcessingResult r = p.process(DocumentSource.of(jpeg, "photo.jpg"));
      assertThat(r.status()).isEqualTo(ProcessingStatus.SUCCESS);
      assertThat(r.document().format()).isEqualTo(InputFormat.JPEG);
    }
  }

  @Test
  void badInputsGetTypedFailures(@TempDir Path dir) {
    try (DocumentProcessor p = withoutEngines(OcrMode.AUTO)) {
      assertFailure(
          p.process(DocumentSource.of("hello".getBytes(StandardCharsets.UTF_8), "notes.txt")),
          ErrorCode.UNSUPPORTED_FORMAT);
      assertFailure(
          p.process(DocumentSource.of(dir.resolve("missing.pdf"))), ErrorCode.SOURCE_UNREADABLE);
      assertFailure(
          p.process(DocumentSource.of(TestPdfs.encrypted("secret"), "locked.pdf")),
          ErrorCode.ENCRYPTED_DOCUMENT);
      byte[] truncated = java.util.Arrays.copyOf(TestPdfs.textPages(List.of("x")), 40);
      assertFailure(
          p.process(DocumentSource.of(truncated, "broken.pdf")), ErrorCode.INVALID_DOCUMENT);
      byte[] pngHeaderOnly =
          java.util.Arrays.copyOf(TestPdfs.encode(TestPdfs.pageImage(50, 50, "x"), "png"), 30);
      assertFailure(
          p.process(DocumentSource.of(pngHeaderOnly, "cut.png")), ErrorCode.INVALID_DOCUMENT);
    }
  }

  @Test
  void limitsFailBeforeWork() {
    byte[] threePages = TestPdfs.textPages(List.of("a", "b", "c"));
    try (DocumentProcessor p =
        withoutEngines(OcrMode.AUTO)
            .newBuilder()
            .limits(Limits.defaults().withMaxPages(2))
            .build()) {
      assertFailure(
          p.process(DocumentSource.of(threePages, "three.pdf")), ErrorCode.LIMIT_EXCEEDED);
    }
    try (DocumentProcessor p =
        withoutEngines(OcrMode.AUTO)
            .newBuilder()
            .limits(Limits.defaults().withMaxInputBytes(100))
            .build()) {
      assertFailure(p.process(DocumentSource.of(threePages, "big.pdf")), ErrorCode.LIMIT_EXCEEDED);
      assertFailure(
          p.process(DocumentSource.of(new ByteArrayInputStream(threePages), "big-stream.pdf")),
          ErrorCode.LIMIT_EXCEEDED);
    }
    byte[] png = TestPdfs.encode(TestPdfs.pageImage(1000, 1000, "x"), "png");
    try (DocumentProcessor p =
        withoutEngines(OcrMode.OFF)
            .newBuilder()
            .limits(Limits.defaults().withMaxPixelsPerPage(999_999))
            .build()) {
      ProcessingResult r = p.process(DocumentSource.of(png, "huge.png"));
      assertFailure(r, ErrorCode.LIMIT_EXCEEDED);
      assertThat(r.diagnostics().get(0).message()).contains("maxPixelsPerPage");
    }
  }

  @Test
  void rasterPixelLimitFailsOnlyThatPage() {
    // 612 x 792 pt at 300 dpi is 2550 x 3300 = 8.4 MP.
    try (DocumentProcessor p =
        withFakeOcr(new FakeOcrEngine("x"), OcrMode.AUTO)
            .newBuilder()
            .limits(Limits.defaults().withMaxPixelsPerPage(8_000_000))
            .build()) {
      ProcessingResult r = p.process(DocumentSource.of(TestPdfs.imageOnlyPage(), "scan.pdf"));
      assertThat(r.status()).isEqualTo(ProcessingStatus.PARTIAL_SUCCESS);
      assertThat(r.diagnostics())
          .singleElement()
          .satisfies(
              d -> {
                assertThat(d.code()).isEqualTo(ErrorCode.LIMIT_EXCEEDED);
                assertThat(d.stage()).isEqualTo(Stage.RASTERIZE);
              });
    }
  }

  @Test
  void expiredDeadlineFailsTheDocument() {
    try (DocumentProcessor p =
        withoutEngines(OcrMode.AUTO)
            .newBuilder()
            .limits(Limits.defaults().withDeadline(Duration.ofNanos(1)))
            .build()) {
      assertFailure(
          p.process(DocumentSource.of(TestPdfs.textPages(List.of("a", "b")), "slow.pdf")),
          ErrorCode.DEADLINE_EXCEEDED);
    }
  }

  @Test
  void unknownEngineIdListsTheKnownOnes() {
    FakeOcrEngine fake = new FakeOcrEngine("x");
    assertThatThrownBy(
            () ->
                DocumentProcessor.builder()
                    .ocrProviders(List.of(fake.provider(1)))
                    .ocrEngine("tesseract")
                    .build())
        .isInstanceOf(EngineUnavailableException.class)
        .hasMessageContaining("'tesseract'")
        .hasMessageContaining("known: [fake-ocr]")
        .hasMessageContaining("recto-ocr");
  }

  @Test
  void newBuilderKeepsTheConfiguration() {
    Limits limits = Limits.defaults().withMaxPages(7);
    try (DocumentProcessor p =
            DocumentProcessor.builder()
                .limits(limits)
                .ocrProviders(List.of())
                .layoutProviders(List.of())
                .extractorProviders(List.of())
                .build();
        DocumentProcessor variant = p.newBuilder().ocrMode(OcrMode.OFF).build()) {
      assertThat(variant.limits()).isEqualTo(limits);
      assertThat(variant.ocrMode()).isEqualTo(OcrMode.OFF);
      assertThat(p.ocrMode()).isEqualTo(OcrMode.AUTO);
    }
  }

  @Test
  void concurrentUseGivesTheSameResultsAsSequential() throws Exception {
    List<byte[]> docs = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      docs.add(TestPdfs.textPages(List.of("Invoice " + i + " total 12." + i, "Page two " + i)));
    }
    try (DocumentProcessor p = withoutEngines(OcrMode.AUTO)) {
      List<ProcessingResult> sequential = new ArrayList<>();
      for (int i = 0; i < docs.size(); i++) {
        sequential.add(p.process(DocumentSource.of(docs.get(i), "d" + i + ".pdf")));
      }
      ExecutorService pool = Executors.newFixedThreadPool(4);
      try {
        List<Future<ProcessingResult>> futures = new ArrayList<>();
        for (int round = 0; round < 3; round++) {
          for (int i = 0; i < docs.size(); i++) {
            byte[] bytes = docs.get(i);
            String name = "d" + i + ".pdf";
            futures.add(pool.submit(() -> p.process(DocumentSource.of(bytes, name))));
          }
        }
        for (int k = 0; k < futures.size(); k++) {
          assertThat(futures.get(k).get()).isEqualTo(sequential.get(k % docs.size()));
        }
      } finally {
        pool.shutdownNow();
      }
    }
  }

  private static void assertFailure(ProcessingResult r, ErrorCode code) {
    assertThat(r.status()).isEqualTo(ProcessingStatus.FAILURE);
    assertThat(r.documentIfPresent()).isEmpty();
    assertThat(r.diagnostics()).anySatisfy(d -> assertThat(d.code()).isEqualTo(code));
  }

  private static byte[] multiPageTiff(int pages) throws IOException {
    ImageWriter writer = ImageIO.getImageWritersByFormatName("tiff").next();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ImageOutputStream ios = ImageIO.createImageOutputStream(out)) {
      writer.setOutput(ios);
      writer.prepareWriteSequence(null);
      for (int i = 0; i < pages; i++) {
        BufferedImage img = TestPdfs.pageImage(100, 120, "page " + i);
        writer.writeToSequence(new IIOImage(img, null, null), null);
      }
      writer.endWriteSequence();
    } finally {
      writer.dispose();
    }
    return out.toByteArray();
  }
}
