package dev.recto.ocr.tesseract;

import dev.recto.core.error.EngineUnavailableException;
import dev.recto.core.ingest.PageImage;
import dev.recto.core.model.BoundingBox;
import dev.recto.core.model.Provenance;
import dev.recto.core.model.Word;
import dev.recto.core.models.Sha256Pins;
import dev.recto.core.process.Deadline;
import dev.recto.core.spi.OcrEngine;
import dev.recto.ocr.preprocess.BorderTrimmer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Recognizes words with Tesseract 5 (its C API through JNA), on the native library the operating
 * system provides ({@code apt-get install libtesseract5}, {@code brew install tesseract}).
 *
 * <p><b>Input and output.</b> Gray pages go to Tesseract as 8-bit gray, color pages as 8-bit RGB
 * (Tesseract's own thresholding of color reads more than thresholding a luma conversion), in both
 * cases with dark scanner borders whitened ({@link BorderTrimmer}); Tesseract gets the page's dpi
 * as its source resolution. Words come back in the page-relative space of {@link BoundingBox}
 * (pixel box divided by the image size), with Tesseract's confidence divided by 100, and a font
 * size in points estimated from the word's box height ({@code pixels * 72 / dpi}). Provenance:
 * engine {@code tesseract}, model {@code tesseract-<languages>}, version the library's {@code
 * TessVersion()}.
 *
 * <p><b>Threads.</b> Thread-safe: share one engine. Each calling thread gets its own native handle,
 * created on its first page (about 0.1 s for English) and never used by another thread; it is
 * recreated after {@link TesseractOptions#recycleAfterPages()} pages. Memory therefore grows with
 * the number of distinct threads that call it (tens of MB per handle): call it from a bounded pool.
 * Tesseract itself is multi-threaded through OpenMP, which on small machines is much slower than
 * one thread per page; set {@code OMP_THREAD_LIMIT=1} in the environment <em>before the JVM
 * starts</em> (the {@code ./recto} launcher does; OpenMP reads it once, so it cannot be set from
 * Java). The engine logs a warning at creation when it is not set.
 *
 * <p><b>Ownership.</b> The creator closes the engine: {@link #close} waits for recognitions in
 * progress, deletes every native handle and the engine's private copy of the language files.
 *
 * <pre>{@code
 * try (TesseractEngine engine = TesseractEngine.create(TesseractOptions.defaults())) {
 *   List<Word> words = engine.recognize(new PageImage(0, image, 300));
 * }
 * }</pre>
 */
public final class TesseractEngine implements OcrEngine {
  private static final Logger LOG = LoggerFactory.getLogger(TesseractEngine.class);

  /** The engine and provider id. */
  public static final String ID = "tesseract";

  private final TesseractOptions options;
  private final TesseractLibrary library;
  private final Tessdata tessdata;
  private final ThreadHandles handles;
  private final BorderTrimmer trimmer = new BorderTrimmer();
  private final String modelId;
  private final AtomicLong stopped = new AtomicLong();

  /**
   * Loads the native library and prepares the language files.
   *
   * @throws EngineUnavailableException when Tesseract's native library is not installed; the
   *     message says how to install it
   * @throws dev.recto.core.error.ModelLoadException when a language file is missing or corrupt
   */
  public static TesseractEngine create(TesseractOptions options) {
    return new TesseractEngine(options, TesseractLibrary.DEFAULT_NAMES);
  }

  /** With the native library looked up under {@code libraryNames} (tests). */
  TesseractEngine(TesseractOptions options, List<String> libraryNames) {
    this.options = Objects.requireNonNull(options, "options");
    Sha256Pins pins = TesseractPins.of(options);
    this.library = TesseractLibrary.load(libraryNames, pins);
    if (System.getenv("OMP_THREAD_LIMIT") == null) {
      LOG.warn(
          "OMP_THREAD_LIMIT is not set: Tesseract's OpenMP threads slow recognition down, about"
              + " 4x on 2 cores; start the JVM with OMP_THREAD_LIMIT=1 in its environment (the"
              + " ./recto launcher does)");
    }
    this.tessdata = Tessdata.prepare(options.languageList(), options.tessdataPath(), pins);
    String languages = String.join("+", options.languageList());
    this.modelId = "tesseract-" + languages;
    TesseractApi api = library.api();
    this.handles =
        new ThreadHandles(
            () -> TessHandle.open(api, tessdata.dir(), languages, options.pageSegMode(), stopped),
            options.recycleAfterPages());
    LOG.debug(
        "Tesseract {} loaded as '{}', languages {}",
        library.version(),
        library.loadedName(),
        languages);
  }

  @Override
  public String id() {
    return ID;
  }

  public TesseractOptions options() {
    return options;
  }

  /** The native library's version, e.g. {@code 5.3.0}. */
  public String libraryVersion() {
    return library.version();
  }

  @Override
  public List<Word> recognize(PageImage page) {
    return read(page, null);
  }

  /**
   * The words on the page; Tesseract's recognition passes stop when {@code deadline} passes
   * (through a Tesseract progress monitor with a deadline, {@code TessMonitorSetDeadlineMSecs}).
   * Tesseract's page layout analysis, which runs before them, does not look at the monitor: a page
   * that hangs there is left to the caller's worker-pool abandonment. tess4j's own API has no
   * cancellation either.
   *
   * @throws dev.recto.core.error.DeadlineExceededException when the deadline passed (the engine and
   *     the thread's native handle stay usable)
   */
  @Override
  public List<Word> recognize(PageImage page, Deadline deadline) {
    Objects.requireNonNull(deadline, "deadline");
    return read(page, deadline);
  }

  /** Recognitions that Tesseract's monitor stopped at their deadline, since creation. */
  public long stoppedRuns() {
    return stopped.get();
  }

  private List<Word> read(PageImage page, Deadline deadline) {
    Objects.requireNonNull(page, "page");
    TessImage image = TessImage.of(page.image(), trimmer);
    List<TessHandle.RawWord> raw =
        handles.withHandle(h -> h.recognize(image, page.dpi(), page.pageIndex(), deadline));
    double w = image.width();
    double h = image.height();
    List<Word> words = new ArrayList<>(raw.size());
    for (TessHandle.RawWord r : raw) {
      BoundingBox box = BoundingBox.fromAbsolute(r.left(), r.top(), r.right(), r.bottom(), w, h);
      double confidence = Math.max(0.0, Math.min(1.0, r.confidence() / 100.0));
      double fontSize = Math.max(0, r.bottom() - r.top()) * 72.0 / page.dpi();
      Provenance provenance = new Provenance(page.pageIndex(), box, ID, modelId, library.version());
      words.add(new Word(r.text(), box, confidence, fontSize, provenance));
    }
    return words;
  }

  /** Native handles created so far (tests). */
  int handlesCreated() {
    return handles.created();
  }

  /** Native handles alive now (tests). */
  int liveHandles() {
    return handles.live();
  }

  /** Deletes all native handles and the private language files; idempotent. */
  @Override
  public void close() {
    try {
      handles.close();
    } finally {
      tessdata.close();
    }
  }
}
