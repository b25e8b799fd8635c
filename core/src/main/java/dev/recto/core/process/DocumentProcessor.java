package dev.recto.core.process;

import dev.recto.core.error.ErrorCode;
import dev.recto.core.error.InvalidDocumentException;
import dev.recto.core.error.LimitExceededException;
import dev.recto.core.error.RectoException;
import dev.recto.core.field.InvoiceFields;
import dev.recto.core.ingest.ImageDocument;
import dev.recto.core.ingest.InputData;
import dev.recto.core.ingest.PageImage;
import dev.recto.core.ingest.PdfLoader;
import dev.recto.core.ingest.PdfRasterizer;
import dev.recto.core.ingest.TextLayerPage;
import dev.recto.core.ingest.TextLayerReader;
import dev.recto.core.model.Document;
import dev.recto.core.model.InputFormat;
import dev.recto.core.model.Page;
import dev.recto.core.model.Region;
import dev.recto.core.model.TextSource;
import dev.recto.core.model.Word;
import dev.recto.core.source.DocumentSource;
import dev.recto.core.source.FormatSniffer;
import dev.recto.core.spi.FieldCalibrator;
import dev.recto.core.spi.FieldExtractor;
import dev.recto.core.spi.LayoutEngine;
import dev.recto.core.spi.OcrEngine;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Runs Recto's stages on documents: ingest, text layer or OCR per page, layout, extraction,
 * confidence calibration.
 *
 * <p><b>Thread-safety and lifetime.</b> Build one processor, share it between all threads, and
 * close it when the application stops: closing releases the engines it created (models, native
 * memory). {@link #process} never throws for a bad document: every input gets exactly one {@link
 * ProcessingResult}, whose status and diagnostics say what went wrong. Use {@link #newBuilder()} to
 * derive a variant (it creates its own engines).
 *
 * <pre>{@code
 * try (DocumentProcessor processor = DocumentProcessor.builder()
 *         .limits(Limits.defaults().withDeadline(Duration.ofSeconds(30)))
 *         .build()) {
 *   ProcessingResult result = processor.process(DocumentSource.of(Path.of("invoice.pdf")));
 *   result.documentIfPresent().ifPresent(doc -> System.out.println(doc.pages().size()));
 * }
 * }</pre>
 */
public final class DocumentProcessor implements DocumentProcessing {

  /** Resolution at which PDF pages are rendered for a layout engine that needs an image. */
  public static final int LAYOUT_DPI = 72;

  private final ProcessorConfig config;
  private final Engines engines;

  private DocumentProcessor(ProcessorConfig config, Engines engines) {
    this.config = config;
    this.engines = engines;
  }

  /** A builder with default limits, OCR mode AUTO, and the engines found on the class path. */
  public static ProcessorBuilder builder() {
    return new ProcessorBuilder();
  }

  static DocumentProcessor create(ProcessorConfig config) {
    return new DocumentProcessor(config, Engines.create(config));
  }

  /** A builder that starts from this processor's configuration. */
  public ProcessorBuilder newBuilder() {
    return new ProcessorBuilder(config);
  }

  public Limits limits() {
    return config.limits();
  }

  public OcrMode ocrMode() {
    return config.ocrMode();
  }

  /**
   * Id of the OCR engine this processor uses for pages that need OCR, empty when none is on the
   * class path. The engine itself starts when the first page needs it.
   */
  public Optional<String> ocrEngineId() {
    return engines.ocrEngineId();
  }

  /**
   * Processes one document. Never throws for anything about the document; see the class
   * documentation.
   */
  public ProcessingResult process(DocumentSource source) {
    Run run = new Run(source.name(), Deadline.startingNow(config.limits().deadline()));
    try {
      InputData input = InputData.of(source, config.limits().maxInputBytes());
      InputFormat format = sniff(input);
      List<Page> pages =
          format == InputFormat.PDF ? pdfPages(input, run) : imagePages(input, format, run);
      Document document = new Document(source.name(), format, pages);
      InvoiceFields invoice = extract(document, run);
      return ProcessingResult.completed(document, run.diagnostics, invoice);
    } catch (RectoException e) {
      run.diagnostics.add(Diagnostic.error(run.stage, run.page, e.code(), e.getMessage()));
      return ProcessingResult.failed(source.name(), run.diagnostics);
    } catch (StackOverflowError e) {
      run.diagnostics.add(
          Diagnostic.error(
              run.stage, run.page, ErrorCode.INVALID_DOCUMENT, "document nests too deeply"));
      return ProcessingResult.failed(source.name(), run.diagnostics);
    } catch (RuntimeException e) {
      run.diagnostics.add(
          Diagnostic.error(run.stage, run.page, ErrorCode.STAGE_FAILED, "unexpected " + e));
      return ProcessingResult.failed(source.name(), run.diagnostics);
    }
  }

  private static InputFormat sniff(InputData input) {
    try {
      byte[] head = input.head(FormatSniffer.HEAD_BYTES);
      return FormatSniffer.sniff(head, head.length)
          .orElseThrow(
              () ->
                  new InvalidDocumentException(
                      ErrorCode.UNSUPPORTED_FORMAT,
                      input.name() + " is not a PDF, PNG, JPEG or TIFF file",
                      null));
    } catch (IOException e) {
      throw new InvalidDocumentException(
          ErrorCode.SOURCE_UNREADABLE, "cannot read " + input.name() + ": " + e, e);
    }
  }

  private List<Page> pdfPages(InputData input, Run run) {
    Limits limits = config.limits();
    PdfLoader loader =
        new PdfLoader(limits.pdfMainMemoryBytes(), limits.pdfScratchFileBytes(), limits.maxPages());
    TextLayerReader reader = new TextLayerReader();
    PdfRasterizer rasterizer = new PdfRasterizer(limits.maxPixelsPerPage());
    List<Page> pages = new ArrayList<>();
    try (PDDocument pdf = loader.load(input)) {
      int count = pdf.getNumberOfPages();
      for (int i = 0; i < count; i++) {
        run.at(Stage.TEXT_LAYER, i);
        run.deadline.check("page " + i);
        Page page = pdfPage(pdf, i, reader, rasterizer, run);
        int index = i;
        pages.add(
            withLayout(
                page,
                () -> rasterizer.render(pdf, index, LAYOUT_DPI, PdfRasterizer.ColorMode.RGB),
                run));
      }
    } catch (IOException e) {
      // Only close() can throw here; the pages are complete.
      run.diagnostics.add(Diagnostic.warning(Stage.INGEST, -1, "closing the PDF failed: " + e));
    }
    return pages;
  }

  private Page pdfPage(
      PDDocument pdf, int i, TextLayerReader reader, PdfRasterizer rasterizer, Run run) {
    TextLayerPage layer;
    try {
      layer = reader.read(pdf, i, run.deadline);
    } catch (IOException | RuntimeException e) {
      if (e instanceof RectoException re && !(re instanceof InvalidDocumentException)) {
        throw re;
      }
      run.diagnostics.add(
          Diagnostic.error(
              Stage.TEXT_LAYER, i, ErrorCode.INVALID_DOCUMENT, "cannot read the text layer: " + e));
      return emptyPdfPage(pdf, i);
    }
    boolean useTextLayer = config.ocrMode() != OcrMode.FORCE && layer.assessment().real();
    if (useTextLayer) {
      return Page.of(
          i,
          layer.width(),
          layer.height(),
          layer.rotation(),
          0,
          TextSource.TEXT_LAYER,
          layer.words());
    }
    if (config.ocrMode() == OcrMode.OFF) {
      run.diagnostics.add(
          Diagnostic.info(
              Stage.TEXT_LAYER,
              i,
              layer.assessment().reason() + "; OCR is off, page has no words"));
      return Page.of(
          i, layer.width(), layer.height(), layer.rotation(), 0, TextSource.NONE, List.of());
    }
    Optional<OcrEngine> ocr = engines.ocr();
    if (ocr.isEmpty()) {
      run.diagnostics.add(ocrUnavailable(i));
      return Page.of(
          i, layer.width(), layer.height(), layer.rotation(), 0, TextSource.NONE, List.of());
    }
    run.at(Stage.RASTERIZE, i);
    try {
      PageImage image =
          rasterizer.render(pdf, i, config.limits().rasterDpi(), PdfRasterizer.ColorMode.GRAY);
      run.deadline.check("rasterizing page " + i);
      run.at(Stage.OCR, i);
      List<Word> words = ocr.get().recognize(image);
      run.deadline.check("OCR of page " + i);
      return Page.of(i, layer.width(), layer.height(), layer.rotation(), 0, TextSource.OCR, words);
    } catch (LimitExceededException e) {
      run.diagnostics.add(Diagnostic.error(run.stage, i, e.code(), e.getMessage()));
    } catch (IOException e) {
      run.diagnostics.add(
          Diagnostic.error(
              Stage.RASTERIZE, i, ErrorCode.INVALID_DOCUMENT, "cannot render page: " + e));
    }
    return Page.of(
        i, layer.width(), layer.height(), layer.rotation(), 0, TextSource.NONE, List.of());
  }

  private static Page emptyPdfPage(PDDocument pdf, int i) {
    double w = 612;
    double h = 792;
    try {
      var box = pdf.getPage(i).getCropBox();
      if (box.getWidth() > 0 && box.getHeight() > 0) {
        w = box.getWidth();
        h = box.getHeight();
      }
    } catch (RuntimeException ignored) {
      // Keep the US Letter default for a page whose boxes cannot be read.
    }
    return Page.of(i, w, h, 0, 0, TextSource.NONE, List.of());
  }

  private List<Page> imagePages(InputData input, InputFormat format, Run run) {
    List<Page> pages = new ArrayList<>();
    try (ImageDocument images =
        ImageDocument.open(input, format, config.limits().maxPixelsPerPage())) {
      if (images.pageCount() > config.limits().maxPages()) {
        throw new LimitExceededException(
            "maxPages", images.pageCount(), config.limits().maxPages());
      }
      for (int i = 0; i < images.pageCount(); i++) {
        run.at(Stage.INGEST, i);
        run.deadline.check("image page " + i);
        PageImage image = images.read(i);
        pages.add(withLayout(imagePage(image, run), () -> image, run));
      }
    }
    return pages;
  }

  private Page imagePage(PageImage image, Run run) {
    int i = image.pageIndex();
    double w = image.widthInPoints();
    double h = image.heightInPoints();
    if (config.ocrMode() == OcrMode.OFF) {
      run.diagnostics.add(Diagnostic.info(Stage.OCR, i, "OCR is off, image page has no words"));
      return Page.of(i, w, h, 0, image.dpi(), TextSource.NONE, List.of());
    }
    Optional<OcrEngine> ocr = engines.ocr();
    if (ocr.isEmpty()) {
      run.diagnostics.add(ocrUnavailable(i));
      return Page.of(i, w, h, 0, image.dpi(), TextSource.NONE, List.of());
    }
    run.at(Stage.OCR, i);
    List<Word> words = ocr.get().recognize(image);
    run.deadline.check("OCR of page " + i);
    return Page.of(i, w, h, 0, image.dpi(), TextSource.OCR, words);
  }

  /** A page image made on demand, for a layout engine that asks for one. */
  @FunctionalInterface
  private interface PageImageSource {
    PageImage get() throws IOException;
  }

  /**
   * The page with the regions of the layout engine, when there is one. A failure of the layout
   * stage costs the page its regions, not the document its result.
   */
  private Page withLayout(Page page, PageImageSource image, Run run) {
    Optional<LayoutEngine> layout = engines.layout();
    if (layout.isEmpty()) {
      return page;
    }
    run.at(Stage.LAYOUT, page.index());
    try {
      Optional<PageImage> input =
          layout.get().needsImage() ? Optional.of(image.get()) : Optional.empty();
      List<Region> regions = layout.get().detect(page, input);
      run.deadline.check("layout of page " + page.index());
      return page.withRegions(regions);
    } catch (LimitExceededException e) {
      run.diagnostics.add(Diagnostic.error(Stage.LAYOUT, page.index(), e.code(), e.getMessage()));
    } catch (IOException e) {
      run.diagnostics.add(
          Diagnostic.error(
              Stage.LAYOUT, page.index(), ErrorCode.INVALID_DOCUMENT, "cannot render page: " + e));
    } catch (RectoException e) {
      if (e.code() == ErrorCode.DEADLINE_EXCEEDED) {
        throw e;
      }
      run.diagnostics.add(Diagnostic.error(Stage.LAYOUT, page.index(), e.code(), e.getMessage()));
    } catch (RuntimeException e) {
      run.diagnostics.add(
          Diagnostic.error(
              Stage.LAYOUT,
              page.index(),
              ErrorCode.STAGE_FAILED,
              "layout engine '" + layout.get().id() + "' failed: " + e));
    }
    return page;
  }

  private Diagnostic ocrUnavailable(int page) {
    return Diagnostic.error(
        Stage.OCR,
        page,
        ErrorCode.ENGINE_UNAVAILABLE,
        "page needs OCR but no OCR engine is available: " + engines.ocrUnavailableReason());
  }

  private InvoiceFields extract(Document document, Run run) {
    run.at(Stage.EXTRACTION, -1);
    InvoiceFields merged = InvoiceFields.EMPTY;
    for (FieldExtractor extractor : engines.extractors()) {
      run.deadline.check("extraction");
      InvoiceFields found = extractor.extract(document);
      merged = InvoiceMerge.preferFirst(merged, found);
    }
    return calibrate(document, merged, run);
  }

  /**
   * The merged fields with the calibrator's confidences. A calibrator that fails costs the fields
   * their calibration (a warning), not the document its result.
   */
  private InvoiceFields calibrate(Document document, InvoiceFields merged, Run run) {
    Optional<FieldCalibrator> calibrator = engines.calibrator();
    if (calibrator.isEmpty() || merged.isEmpty()) {
      return merged;
    }
    try {
      return calibrator.get().calibrate(document, merged);
    } catch (RuntimeException e) {
      run.diagnostics.add(
          Diagnostic.warning(
              Stage.EXTRACTION,
              -1,
              "calibrator '" + calibrator.get().id() + "' failed, confidences are raw: " + e));
      return merged;
    }
  }

  /** Closes the engines this processor created. */
  @Override
  public void close() {
    engines.close();
  }

  /** Mutable per-call state: where we are, what was said. Confined to the calling thread. */
  private static final class Run {
    final String source;
    final Deadline deadline;
    final List<Diagnostic> diagnostics = new ArrayList<>();
    Stage stage = Stage.INGEST;
    int page = -1;

    Run(String source, Deadline deadline) {
      this.source = source;
      this.deadline = deadline;
    }

    void at(Stage s, int p) {
      stage = s;
      page = p;
    }
  }
}
