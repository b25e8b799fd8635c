package dev.recto.ocr.ppocr;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtProvider;
import ai.onnxruntime.OrtSession.SessionOptions;
import ai.onnxruntime.providers.OrtCUDAProviderOptions;
import dev.recto.core.error.EngineUnavailableException;
import dev.recto.core.ingest.PageImage;
import dev.recto.core.logging.LogContent;
import dev.recto.core.model.BoundingBox;
import dev.recto.core.model.Provenance;
import dev.recto.core.model.Word;
import dev.recto.core.models.ModelArtifact;
import dev.recto.core.models.ModelArtifactLoader;
import dev.recto.core.models.OnnxRuntimeNatives;
import dev.recto.core.process.Deadline;
import dev.recto.core.process.DeadlineTimer;
import dev.recto.core.spi.OcrEngine;
import dev.recto.ocr.ppocr.TextRecognizer.RecognizedLine;
import dev.recto.ocr.ppocr.WordSplitter.WordSpan;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.opencv.core.Mat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * OCR with PaddleOCR's PP-OCRv4 models (detection, angle classification, recognition) on ONNX
 * Runtime, returning words.
 *
 * <p><b>Pipeline.</b> The page is scaled so its long side is at most {@link
 * PpOcrOptions#detLimitSideLen()} and the DB detector finds text lines (and faint glyphs standing
 * alone, {@link TextDetector}); each line is cut out with a perspective warp (a lone glyph a whole
 * line high, {@link LoneGlyphs}), turned when upside down, and read by the CTC recognizer; each
 * line is then split into words at recognized spaces and at wide gaps between the frames where the
 * recognizer saw consecutive characters, and each word's box is mapped back through the line's
 * geometry. Pre- and post-processing follow PaddleOCR's defaults (cited on {@link PpOcrOptions} and
 * the package's stage classes). Models come from the class path, pinned by SHA-256 ({@link
 * PpOcrModels}), and models with external tensor data are refused; ONNX Runtime's native libraries
 * are checked against pinned SHA-256 digests before they load ({@link
 * dev.recto.core.models.OnnxRuntimeNatives}); nothing is downloaded, and DJL (on the class path
 * with its ONNX Runtime engine) is put into offline mode before anything starts.
 *
 * <p><b>Deadlines.</b> {@link #recognize(PageImage, Deadline)} runs every ONNX Runtime session with
 * its own run options; when the deadline passes during a run, a timer sets the run options'
 * terminate flag, ONNX Runtime stops between operators, and the call throws {@link
 * dev.recto.core.error.DeadlineExceededException} ({@link #terminatedRuns()} counts these). No new
 * run starts once the deadline has passed. The engine stays usable for the next page.
 *
 * <p><b>Output.</b> Words in the page-relative space of {@link BoundingBox} (top-left origin,
 * {@code [0,1]}); confidence is the mean probability of the word's characters; font size is an
 * estimate, 0.75 times the box height in points. Lines whose mean probability is under {@link
 * PpOcrOptions#dropScore()} are dropped, as PaddleOCR does.
 *
 * <p><b>Threads and ownership.</b> Thread-safe: one engine holds one ONNX Runtime session per
 * model, shared by all threads; each call uses its own tensors and run options and releases them
 * and its OpenCV images before it returns. A daemon timer thread, owned by the engine, stops runs
 * at their deadline. On the CPU the engine also owns a pool of {@link
 * PpOcrOptions#recognitionThreads()} daemon threads that read a page's lines at once, shared by all
 * calls so that parallel pages do not multiply the threads. The creator owns the engine; {@link
 * #close()} waits for running calls, frees the models' native memory, and makes later calls throw
 * {@link IllegalStateException}.
 *
 * <pre>{@code
 * try (PpOcrEngine engine = PpOcrEngine.create(PpOcrOptions.defaults())) {
 *   List<Word> words = engine.recognize(new PageImage(0, image, 300));
 * }
 * }</pre>
 *
 * <p><b>GPU.</b> {@link PpOcrOptions.Device#GPU} and {@link PpOcrOptions.Device#AUTO} use ONNX
 * Runtime's CUDA execution provider (with {@code cudnn_conv_algo_search=DEFAULT}), which needs the
 * GPU build of ONNX Runtime and a CUDA 12 + cuDNN 9 installation. In Maven, exclude the CPU build
 * that DJL's engine brings and add the GPU build of the same version:
 *
 * <pre>{@code
 * <dependency>
 *   <groupId>dev.recto</groupId>
 *   <artifactId>recto-ocr</artifactId>
 *   <exclusions>
 *     <exclusion>
 *       <groupId>com.microsoft.onnxruntime</groupId>
 *       <artifactId>onnxruntime</artifactId>
 *     </exclusion>
 *   </exclusions>
 * </dependency>
 * <dependency>
 *   <groupId>com.microsoft.onnxruntime</groupId>
 *   <artifactId>onnxruntime_gpu</artifactId>
 *   <version>1.19.0</version>
 * </dependency>
 * }</pre>
 *
 * <p>Recto pins the CPU build's native libraries; allow the GPU build's two libraries ({@code
 * libonnxruntime} and {@code libonnxruntime4j_jni} inside the {@code onnxruntime_gpu} jar) with
 * {@code -Drecto.onnxruntime.sha256=<sha256>,<sha256>} (the refusal message names each digest).
 */
public final class PpOcrEngine implements OcrEngine {

  /** The engine id, also the provider id. */
  public static final String ID = "ppocr";

  /** Model id written into provenance. */
  public static final String MODEL_ID = "ch_PP-OCRv4";

  /** Model version written into provenance. */
  public static final String MODEL_VERSION = "4.0";

  private static final Logger LOG = LoggerFactory.getLogger(PpOcrEngine.class);

  private final PpOcrOptions options;
  private final SessionOptions sessionOptions;
  private final SessionOptions recognitionOptions;
  private final ExecutorService recognitionPool;
  private final AutoCloseable cudaOptions;
  private final DeadlineTimer timer;
  private final List<OnnxModel> models;
  private final TextDetector detector;
  private final AngleClassifier classifier;
  private final TextRecognizer recognizer;
  private final WordSplitter splitter;
  private final CurrencySigns currencySigns;
  private final StageClock clock = new StageClock();
  private final ReadWriteLock lock = new ReentrantReadWriteLock();
  private boolean closed;

  private PpOcrEngine(
      PpOcrOptions options,
      SessionOptions sessionOptions,
      SessionOptions recognitionOptions,
      ExecutorService recognitionPool,
      AutoCloseable cudaOptions,
      DeadlineTimer timer,
      OnnxModel det,
      OnnxModel cls,
      OnnxModel rec,
      CtcDecoder decoder) {
    this.options = options;
    this.sessionOptions = sessionOptions;
    this.recognitionOptions = recognitionOptions;
    this.recognitionPool = recognitionPool;
    this.cudaOptions = cudaOptions;
    this.timer = timer;
    this.models = List.of(det, cls, rec);
    this.detector =
        new TextDetector(
            det,
            options.detLimitSideLen(),
            new DbPostProcessor(
                options.detThreshold(),
                options.detBoxThreshold(),
                options.unclipRatio(),
                options.maxCandidates()),
            new DbPostProcessor(
                TextDetector.FAINT_THRESHOLD,
                TextDetector.FAINT_BOX_THRESHOLD,
                options.unclipRatio(),
                options.maxCandidates()));
    this.classifier =
        options.angleClassifier()
            ? new AngleClassifier(cls, options.clsThreshold(), options.batchSize())
            : null;
    this.recognizer =
        new TextRecognizer(
            rec, decoder, options.batchSize(), recognitionPool, options.smoothSmallPrint());
    this.splitter = new WordSplitter(options.wordGapRatio());
    this.currencySigns = options.currencySigns() ? CurrencySigns.standard() : null;
  }

  /** An engine with {@link PpOcrOptions#defaults()}. */
  public static PpOcrEngine create() {
    return create(PpOcrOptions.defaults());
  }

  /**
   * Loads the models and starts ONNX Runtime.
   *
   * @throws dev.recto.core.error.ModelLoadException when a model is missing or fails its checksum
   * @throws EngineUnavailableException when ONNX Runtime, OpenCV or (for {@code GPU}) CUDA cannot
   *     start, saying how to fix it
   */
  public static PpOcrEngine create(PpOcrOptions options) {
    Objects.requireNonNull(options, "options");
    DjlOffline.apply();
    OnnxRuntimeNatives.verify(OrtEnvironment.class.getClassLoader());
    OpenCvNatives.ensureLoaded();
    ClassLoader loader = PpOcrEngine.class.getClassLoader();
    byte[] det = ModelArtifactLoader.read(PpOcrModels.DETECTION, loader);
    byte[] cls = ModelArtifactLoader.read(PpOcrModels.ANGLE_CLASSIFIER, loader);
    byte[] rec = ModelArtifactLoader.read(PpOcrModels.RECOGNITION, loader);
    CtcDecoder decoder =
        new CtcDecoder(dictionary(ModelArtifactLoader.read(PpOcrModels.DICTIONARY, loader)), true);

    SessionOptions sessionOptions = null;
    SessionOptions recOptions = null;
    ExecutorService pool = null;
    AutoCloseable cuda = null;
    List<OnnxModel> loaded = new ArrayList<>();
    DeadlineTimer timer = new DeadlineTimer("recto-ppocr-deadline");
    try {
      sessionOptions = cpuOptions(options.intraOpThreads());
      cuda = addCuda(sessionOptions, options.device());
      if (cuda == null && options.device() == PpOcrOptions.Device.AUTO) {
        // a failed addCUDA may leave the options half-configured: start again on the CPU
        sessionOptions.close();
        sessionOptions = cpuOptions(options.intraOpThreads());
      }
      int recThreads = cuda == null ? options.effectiveRecognitionThreads() : 1;
      if (recThreads > 1) {
        // parallel batches, each on one ONNX Runtime thread: no more busy threads than workers
        recOptions = cpuOptions(1);
        pool = Executors.newFixedThreadPool(recThreads, new RecognitionThreads());
      }
      loaded.add(load(PpOcrModels.DETECTION, det, sessionOptions, timer));
      loaded.add(load(PpOcrModels.ANGLE_CLASSIFIER, cls, sessionOptions, timer));
      loaded.add(
          load(
              PpOcrModels.RECOGNITION,
              rec,
              recOptions != null ? recOptions : sessionOptions,
              timer));
      return new PpOcrEngine(
          options,
          sessionOptions,
          recOptions,
          pool,
          cuda,
          timer,
          loaded.get(0),
          loaded.get(1),
          loaded.get(2),
          decoder);
    } catch (OrtException e) {
      closeAll(loaded, pool, recOptions, sessionOptions, cuda, timer);
      throw new EngineUnavailableException(
          "ONNX Runtime could not be configured: " + e.getMessage(), e);
    } catch (RuntimeException | LinkageError e) {
      closeAll(loaded, pool, recOptions, sessionOptions, cuda, timer);
      if (e instanceof dev.recto.core.error.RectoException r) {
        throw r;
      }
      throw new EngineUnavailableException(
          "ONNX Runtime could not start ("
              + e
              + "); put ai.djl.onnxruntime:onnxruntime-engine and"
              + " com.microsoft.onnxruntime:onnxruntime (or onnxruntime_gpu) for this platform on"
              + " the class path",
          e);
    }
  }

  /**
   * Session options for the CPU: the configured intra-op threads, and idle ONNX Runtime worker
   * threads that sleep instead of spinning (spinning workers take whole cores from the other
   * threads of the process, which costs far more than it gains when cores are shared).
   */
  private static SessionOptions cpuOptions(int intraOpThreads) throws OrtException {
    SessionOptions so = new SessionOptions();
    try {
      if (intraOpThreads > 0) {
        so.setIntraOpNumThreads(intraOpThreads);
      }
      so.addConfigEntry("session.intra_op.allow_spinning", "0");
      so.addConfigEntry("session.inter_op.allow_spinning", "0");
      return so;
    } catch (OrtException | RuntimeException e) {
      so.close();
      throw e;
    }
  }

  private static OnnxModel load(
      ModelArtifact artifact, byte[] bytes, SessionOptions options, DeadlineTimer timer) {
    return OnnxModel.load(artifact.id(), bytes, options, timer);
  }

  /**
   * Adds the CUDA provider for GPU and AUTO; returns its options (to close with the engine), or
   * null when the models run on the CPU.
   */
  private static AutoCloseable addCuda(SessionOptions so, PpOcrOptions.Device device)
      throws OrtException {
    if (device == PpOcrOptions.Device.CPU) {
      return null;
    }
    String missing = null;
    if (!OrtEnvironment.getAvailableProviders().contains(OrtProvider.CUDA)) {
      missing =
          "this ONNX Runtime build has no CUDA provider (replace"
              + " com.microsoft.onnxruntime:onnxruntime with onnxruntime_gpu, see PpOcrEngine's"
              + " Javadoc)";
    } else {
      OrtCUDAProviderOptions cuda = new OrtCUDAProviderOptions(0);
      try {
        cuda.add("cudnn_conv_algo_search", "DEFAULT");
        so.addCUDA(cuda);
        LOG.info("PP-OCR runs on CUDA device 0");
        return cuda;
      } catch (OrtException | RuntimeException e) {
        cuda.close();
        missing = "CUDA could not start (" + e.getMessage() + "); install CUDA 12 and cuDNN 9";
      }
    }
    if (device == PpOcrOptions.Device.GPU) {
      throw new EngineUnavailableException("PP-OCR device GPU unavailable: " + missing, null);
    }
    LOG.info("PP-OCR runs on the CPU: {}", missing);
    return null;
  }

  private static void closeAll(
      List<OnnxModel> models,
      ExecutorService pool,
      SessionOptions recOptions,
      SessionOptions sessionOptions,
      AutoCloseable cuda,
      DeadlineTimer timer) {
    if (pool != null) {
      pool.shutdownNow();
    }
    timer.close();
    for (OnnxModel m : models) {
      m.close();
    }
    if (recOptions != null) {
      recOptions.close();
    }
    if (sessionOptions != null) {
      sessionOptions.close();
    }
    if (cuda != null) {
      try {
        cuda.close();
      } catch (Exception e) {
        LOG.debug("closing CUDA provider options failed", e);
      }
    }
  }

  /** The dictionary file's lines, without their line ends, as PaddleOCR reads it. */
  static List<String> dictionary(byte[] bytes) {
    String text = new String(bytes, StandardCharsets.UTF_8);
    List<String> out = new ArrayList<>();
    for (String line : text.split("\n", -1)) {
      out.add(line.endsWith("\r") ? line.substring(0, line.length() - 1) : line);
    }
    if (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) {
      out.remove(out.size() - 1);
    }
    return out;
  }

  @Override
  public String id() {
    return ID;
  }

  /** The options this engine was created with. */
  public PpOcrOptions options() {
    return options;
  }

  /** Time spent so far, per stage, summed over all calls. */
  public PpOcrTimings timings() {
    return clock.snapshot();
  }

  /**
   * The words on the page, in reading order within lines, lines top to bottom.
   *
   * @throws IllegalStateException after {@link #close()}
   */
  @Override
  public List<Word> recognize(PageImage page) {
    Objects.requireNonNull(page, "page");
    return whileOpen(() -> run(page, null));
  }

  /**
   * The words on the page; when {@code deadline} passes, the running ONNX Runtime run is terminated
   * through its run options and no further run starts.
   *
   * @throws dev.recto.core.error.DeadlineExceededException when the deadline passed (the engine
   *     stays usable for the next page)
   * @throws IllegalStateException after {@link #close()}
   */
  @Override
  public List<Word> recognize(PageImage page, Deadline deadline) {
    Objects.requireNonNull(page, "page");
    Objects.requireNonNull(deadline, "deadline");
    return whileOpen(() -> run(page, deadline));
  }

  /** ONNX Runtime runs stopped by a deadline since the engine was created, over all models. */
  public long terminatedRuns() {
    return models.stream().mapToLong(OnnxModel::terminatedRuns).sum();
  }

  private List<Word> run(PageImage page, Deadline deadline) {
    long start = System.nanoTime();
    List<LineCrop> crops = detectLines(page, deadline);
    try {
      return readLines(page, crops, deadline);
    } finally {
      crops.forEach(LineCrop::close);
      clock.addPage(System.nanoTime() - start);
    }
  }

  /**
   * Detection stage: the page's text lines cut out (and turned upright when the angle classifier is
   * on), in reading order. The caller owns the crops and must close them.
   */
  List<LineCrop> detectLines(PageImage page, Deadline deadline) {
    Mat bgr = ImageOps.toBgr(page.image());
    List<LineCrop> crops = new ArrayList<>();
    try {
      List<Quad> boxes = detector.detect(bgr, clock, deadline);
      double lineHeight = LoneGlyphs.lineHeight(boxes);
      for (Quad q : boxes) {
        LineCrop crop =
            LineCrop.cut(
                bgr,
                LoneGlyphs.cropBox(q, lineHeight, bgr.cols(), bgr.rows()),
                LoneGlyphs.mayTurn(q, lineHeight));
        if (crop != null) {
          crops.add(crop);
        }
      }
      if (classifier != null) {
        classifier.apply(crops, clock, deadline);
      }
      return crops;
    } catch (RuntimeException | Error e) {
      crops.forEach(LineCrop::close);
      throw e;
    } finally {
      bgr.release();
    }
  }

  /** Recognition stage: reads the crops of {@code page} and splits them into words. */
  List<Word> readLines(PageImage page, List<LineCrop> crops, Deadline deadline) {
    List<RecognizedLine> lines = recognizer.recognize(crops, clock, deadline);
    List<Word> words = new ArrayList<>();
    Provenance base =
        new Provenance(page.pageIndex(), BoundingBox.PAGE, ID, MODEL_ID, MODEL_VERSION);
    for (int i = 0; i < crops.size(); i++) {
      addWords(words, lines.get(i), crops.get(i).geometry(), page, base);
    }
    return words;
  }

  /** Runs {@code stage} under the read lock, failing after {@link #close()}. */
  <T> T whileOpen(java.util.function.Supplier<T> stage) {
    lock.readLock().lock();
    try {
      if (closed) {
        throw new IllegalStateException("PpOcrEngine is closed");
      }
      return stage.get();
    } finally {
      lock.readLock().unlock();
    }
  }

  private void addWords(
      List<Word> out, RecognizedLine line, CropGeometry geometry, PageImage page, Provenance base) {
    if (line.line().chars().isEmpty()) {
      return;
    }
    if (line.line().meanProbability() < options.dropScore()) {
      LOG.debug(
          "dropped line '{}' (mean probability {} < {}) at {}",
          LogContent.text(line.line().text()),
          line.line().meanProbability(),
          options.dropScore(),
          geometry.quad());
      return;
    }
    if (LOG.isTraceEnabled()) {
      LOG.trace(
          "line '{}' p={} at {} crop {}x{}",
          LogContent.text(line.line().text()),
          line.line().meanProbability(),
          geometry.quad(),
          geometry.width(),
          geometry.height());
    }
    double scale = (double) geometry.width() / line.contentWidth();
    CtcDecoder.DecodedLine decoded = line.line();
    if (currencySigns != null) {
      decoded = currencySigns.recover(decoded, line.inputWidth(), line.ink());
    }
    if (options.accentMarks()) {
      decoded = AccentMarks.restore(decoded, line.inputWidth(), line.ink());
    }
    for (WordSpan span : splitter.split(decoded, line.inputWidth(), line.ink().columns())) {
      String text = SmallLetterLookalikes.restore(CapitalO.restore(TextFold.fold(span.text())));
      if (options.sharpS()) {
        text = SharpS.restore(text);
      }
      if (text.isBlank()) {
        continue;
      }
      Quad q = geometry.stripToImage(span.left() * scale, span.right() * scale);
      BoundingBox box =
          BoundingBox.fromAbsolute(
              q.minX(), q.minY(), q.maxX(), q.maxY(), page.width(), page.height());
      double heightPt = box.height() * page.heightInPoints();
      double confidence = Math.max(0, Math.min(1, span.confidence()));
      out.add(new Word(text, box, confidence, 0.75 * heightPt, base.at(base.pageIndex(), box)));
    }
  }

  /** Waits for running calls, then frees the models; idempotent. */
  @Override
  public void close() {
    lock.writeLock().lock();
    try {
      if (closed) {
        return;
      }
      closed = true;
      closeAll(models, recognitionPool, recognitionOptions, sessionOptions, cudaOptions, timer);
    } finally {
      lock.writeLock().unlock();
    }
  }

  /** Daemon worker threads for recognizer batches, named for thread dumps. */
  private static final class RecognitionThreads implements ThreadFactory {
    private final AtomicInteger count = new AtomicInteger();

    @Override
    public Thread newThread(Runnable r) {
      Thread t = new Thread(r, "recto-ppocr-rec-" + count.incrementAndGet());
      t.setDaemon(true);
      return t;
    }
  }
}
