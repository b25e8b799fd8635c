package dev.recto.core.process;

import dev.recto.core.error.ErrorCode;
import dev.recto.core.error.InvalidDocumentException;
import dev.recto.core.error.LimitExceededException;
import dev.recto.core.error.RectoException;
import dev.recto.core.field.InvoiceFields;
import dev.recto.core.ingest.DecodedStreamCheck;
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
import java.util.Collections;
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
  private final DocumentWorkers workers;

  private DocumentProcessor(ProcessorConfig config, Engines engines) {
    this.config = config;
    this.engines = engines;
    this.workers = new DocumentWorkers(config.concurrency(), engines::close);
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
   * Processes one document on one of the processor's workers and waits for it, at most until the
   * document's deadline plus {@link DocumentWorkers#GRACE}. Never throws for anything about the
   * document, nor for any {@link Error} raised while working on it: every call gets exactly one
   * {@link ProcessingResult}.
   *
   * <ul>
   *   <li>A worker still running at the deadline is interrupted and abandoned; the result is a
   *       FAILURE with {@link ErrorCode#DEADLINE_EXCEEDED}, naming the stage and page it had
   *       reached. The wait for a free worker counts against the deadline too.
   *   <li>While {@link Concurrency#maxStuckWorkers()} abandoned workers are still running, a new
   *       document is refused at once with {@link ErrorCode#OVERLOADED}.
   *   <li>{@link OutOfMemoryError} becomes {@link ErrorCode#LIMIT_EXCEEDED} (limit "memory"),
   *       {@link StackOverflowError} {@link ErrorCode#INVALID_DOCUMENT}, a {@link LinkageError}
   *       {@link ErrorCode#ENGINE_UNAVAILABLE}, any other error {@link ErrorCode#STAGE_FAILED};
   *       each is logged as a warning as well as reported in the result's diagnostics.
   * </ul>
   *
   * <p>Safe to call from any number of threads at once; each call's diagnostics are its own.
   */
  public ProcessingResult process(DocumentSource source) {
    Deadline deadline = Deadline.startingNow(config.limits().deadline());
    Run run = new Run(source.name(), deadline);
    return workers.run(deadline, () -> processOnWorker(source, run), run::failure);
  }

  /** Workers abandoned at their document's deadline that have not returned yet. */
  public int stuckWorkers() {
    return workers.stuckWorkers();
  }

  private ProcessingResult processOnWorker(DocumentSource source, Run run) {
    try {
      run.deadline.check("waiting for a free worker");
      InputData input = InputData.of(source, config.limits().maxInputBytes());
      InputFormat format = sniff(input);
      List<Page> pages =
          format == InputFormat.PDF ? pdfPages(input, run) : imagePages(input, format, run);
      Document document = new Document(source.name(), format, pages);
      InvoiceFields invoice = extract(document, run);
      return ProcessingResult.completed(document, run.diagnostics, invoice);
    } catch (RectoException e) {
      return run.failure(e);
    } catch (RuntimeException | Error e) {
      run.diagnostics.add(ThrowableOutcomes.diagnose(e, run.stage, run.page, run.source));
      return ProcessingResult.failed(run.source, run.snapshot());
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
    PdfRasterizer rasterizer =
        new PdfRasterizer(limits.maxPixelsPerPage(), limits.maxImageSamples());
    List<Page> pages = new ArrayList<>();
    try (PDDocument pdf = loader.load(input)) {
      new DecodedStreamCheck(
              limits.maxDecodedStreamBytes(),
              limits.maxCompressionRatio(),
              Limits.RATIO_FLOOR_BYTES)
          .check(pdf, run.deadline);
      int count = pdf.getNumberOfPages();
      for (int i = 0; i < count; i++) {
        run.at(Stage.TEXT_LAYER, i);
        run.deadline.check("page " + i);
        Page page = pdfPage(pdf, i, reader, rasterizer, run);
        int index = i;
        pages.add(
            withLayout(
                page,
                () ->
                    rasterizer.render(
                        pdf,
                        index,
                        LAYOUT_DPI,
                        PdfRasterizer.ColorMode.RGB,
                        Optional.of(run.deadline)),
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
          rasterizer.render(
              pdf,
              i,
              config.limits().rasterDpi(),
              PdfRasterizer.ColorMode.GRAY,
              Optional.of(run.deadline));
      run.deadline.check("rasterizing page " + i);
      run.at(Stage.OCR, i);
      List<Word> words = ocr.get().recognize(image, run.deadline);
      run.deadline.check("OCR of page " + i);
      return Page.of(i, layer.width(), layer.height(), layer.rotation(), 0, TextSource.OCR, words);
    } catch (LimitExceededException e) {
      run.diagnostics.add(Diagnostic.error(run.stage, i, e.code(), e.getMessage()));
    } catch (IOException e) {
      run.diagnostics.add(
          Diagnostic.error(
              Stage.RASTERIZE, i, ErrorCode.INVALID_DOCUMENT, "cannot render page: " + e));
    } catch (StackOverflowError e) {
      // A Type3 glyph that draws itself: PDFBox has no depth limit there. The page is lost.
      run.diagnostics.add(
          Diagnostic.error(
              Stage.RASTERIZE,
              i,
              ErrorCode.INVALID_DOCUMENT,
              "page nests too deeply to render (stack overflow)"));
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
    List<Word> words = ocr.get().recognize(image, run.deadline);
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
      List<Region> regions = layout.get().detect(page, input, run.deadline);
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

  /**
   * Stops accepting documents and closes the engines this processor created: at once when no
   * document is running, else when the last running one returns (engines are never closed under a
   * worker). Later calls to {@link #process} get a FAILURE.
   */
  @Override
  public void close() {
    workers.close();
  }

  /**
   * Mutable per-call state: where we are, what was said. Written by the worker running the
   * document; read by the caller only to report an abandonment, through {@link #snapshot()} and the
   * volatile position.
   */
  private static final class Run {
    final String source;
    final Deadline deadline;
    final List<Diagnostic> diagnostics = Collections.synchronizedList(new ArrayList<>());
    volatile Stage stage = Stage.INGEST;
    volatile int page = -1;

    Run(String source, Deadline deadline) {
      this.source = source;
      this.deadline = deadline;
    }

    void at(Stage s, int p) {
      stage = s;
      page = p;
    }

    List<Diagnostic> snapshot() {
      synchronized (diagnostics) {
        return new ArrayList<>(diagnostics);
      }
    }

    /** A FAILURE with what was said so far and this error, at the current stage and page. */
    ProcessingResult failure(RectoException e) {
      List<Diagnostic> all = snapshot();
      all.add(Diagnostic.error(stage, page, e.code(), e.getMessage()));
      return ProcessingResult.failed(source, all);
    }
  }
}
