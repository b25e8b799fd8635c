package dev.recto.layout;

import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.recto.core.error.ModelLoadException;
import dev.recto.core.ingest.PageImage;
import dev.recto.core.model.Page;
import dev.recto.core.model.Provenance;
import dev.recto.core.model.Region;
import dev.recto.core.models.ModelArtifact;
import dev.recto.core.models.ModelArtifactLoader;
import dev.recto.core.process.Deadline;
import dev.recto.core.spi.LayoutEngine;
import dev.recto.layout.table.TableRegions;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Recto's own layout detector (a small CenterNet-style network, see {@code
 * layout/src/main/resources/dev/recto/layout/model/MODEL_CARD.md}) on ONNX Runtime.
 *
 * <p>Per page: {@link LayoutInput} turns the page image into a {@value LayoutInput#WIDTH} x {@value
 * LayoutInput#HEIGHT} ink raster (the same code made the training data), the model gives class
 * heatmaps and boxes at stride 4, {@link HeatmapDecoder} keeps peaks above the score threshold with
 * per-class NMS, {@link ReadingOrder} sorts the regions, and each TABLE region gets its grid
 * ({@link TableRegions}: rows, columns and cells from the words and the image's rulings). Regions
 * are page-relative (see {@link dev.recto.core.model.BoundingBox}); their confidence is the peak
 * score.
 *
 * <p>The model's bytes are checked against the pinned SHA-256 ({@link #MODEL}) before ONNX Runtime
 * sees them; models with external tensor data are refused. Thread-safe: one ONNX Runtime session is
 * shared; each call has its own tensors and run options, freed before it returns. With a deadline
 * ({@link #detect(Page, Optional, Deadline)}) a run still going when it passes is terminated
 * through its run options. {@link #close()} closes the session, its deadline timer and the session
 * options (and the CUDA provider options); whoever created the engine closes it. CPU by default;
 * {@link Options#withDevice} with {@link LayoutDevice#GPU} or {@link LayoutDevice#AUTO} uses ONNX
 * Runtime's CUDA provider, as the PP-OCR engine does.
 *
 * <pre>{@code
 * try (OnnxLayoutEngine engine = OnnxLayoutEngine.create(OnnxLayoutEngine.Options.defaults())) {
 *   List<Region> regions = engine.detect(page, Optional.of(pageImage));
 * }
 * }</pre>
 */
public final class OnnxLayoutEngine implements LayoutEngine {

  /** Provider and engine id. */
  public static final String ID = "recto-layout";

  /** The shipped model, pinned by SHA-256. */
  public static final ModelArtifact MODEL =
      new ModelArtifact(
          "dev/recto/layout/model/recto-layout-v1.onnx",
          "b4cc0558f7ffe80ccf04afc61c31102e39f3d348938e802dd8f2d11adb34fc59",
          "recto-layout",
          "1");

  /** Output rows and columns (stride 4). */
  static final int OUT_ROWS = LayoutInput.HEIGHT / 4;

  static final int OUT_COLS = LayoutInput.WIDTH / 4;

  /**
   * Engine settings.
   *
   * @param scoreThreshold the lowest peak score that becomes a region, in {@code [0,1]}
   * @param nmsIou per-class NMS overlap, in {@code [0,1]}
   * @param intraOpThreads ONNX Runtime threads per inference, {@code >= 1}
   * @param device where the model runs
   */
  public record Options(
      double scoreThreshold, double nmsIou, int intraOpThreads, LayoutDevice device) {

    public Options {
      if (!(scoreThreshold >= 0 && scoreThreshold <= 1)) {
        throw new IllegalArgumentException(
            "scoreThreshold must be in [0,1], was " + scoreThreshold);
      }
      if (!(nmsIou >= 0 && nmsIou <= 1)) {
        throw new IllegalArgumentException("nmsIou must be in [0,1], was " + nmsIou);
      }
      if (intraOpThreads < 1) {
        throw new IllegalArgumentException("intraOpThreads must be >= 1, was " + intraOpThreads);
      }
      Objects.requireNonNull(device, "device");
    }

    /** Threshold 0.3, NMS IoU 0.5, 2 threads, CPU. */
    public static Options defaults() {
      return new Options(0.3, 0.5, 2, LayoutDevice.CPU);
    }

    public Options withScoreThreshold(double threshold) {
      return new Options(threshold, nmsIou, intraOpThreads, device);
    }

    public Options withIntraOpThreads(int threads) {
      return new Options(scoreThreshold, nmsIou, threads, device);
    }

    public Options withDevice(LayoutDevice value) {
      return new Options(scoreThreshold, nmsIou, intraOpThreads, value);
    }
  }

  private final Options options;
  private final OrtSession.SessionOptions sessionOptions;
  private final AutoCloseable cudaOptions;
  private final LayoutSession session;

  private OnnxLayoutEngine(
      Options options,
      OrtSession.SessionOptions sessionOptions,
      AutoCloseable cudaOptions,
      LayoutSession session) {
    this.options = options;
    this.sessionOptions = sessionOptions;
    this.cudaOptions = cudaOptions;
    this.session = session;
  }

  /**
   * Loads the shipped model.
   *
   * @throws ModelLoadException when the model is missing, its SHA-256 differs, or ONNX Runtime
   *     rejects it
   */
  public static OnnxLayoutEngine create(Options options) {
    byte[] onnx = ModelArtifactLoader.read(MODEL, OnnxLayoutEngine.class.getClassLoader());
    DjlOffline.apply();
    OrtSession.SessionOptions so = null;
    AutoCloseable cuda = null;
    try {
      so = cpuOptions(options.intraOpThreads());
      cuda = options.device().addTo(so);
      if (cuda == null && options.device() == LayoutDevice.AUTO) {
        // a failed addCUDA may leave the options half-configured: start again on the CPU
        so.close();
        so = cpuOptions(options.intraOpThreads());
      }
      return new OnnxLayoutEngine(options, so, cuda, LayoutSession.load(MODEL.id(), onnx, so));
    } catch (OrtException e) {
      closeQuietly(so, cuda);
      throw new ModelLoadException("ONNX Runtime could not load model " + MODEL.id(), e);
    } catch (RuntimeException e) {
      closeQuietly(so, cuda);
      throw e;
    }
  }

  private static OrtSession.SessionOptions cpuOptions(int threads) throws OrtException {
    OrtSession.SessionOptions so = new OrtSession.SessionOptions();
    try {
      so.setIntraOpNumThreads(threads);
      so.setInterOpNumThreads(1);
      return so;
    } catch (OrtException | RuntimeException e) {
      so.close();
      throw e;
    }
  }

  private static void closeQuietly(OrtSession.SessionOptions so, AutoCloseable cuda) {
    if (so != null) {
      so.close();
    }
    if (cuda != null) {
      try {
        cuda.close();
      } catch (Exception ignored) {
        // nothing more can be freed
      }
    }
  }

  /** The device the engine was asked for (AUTO may have fallen back to the CPU). */
  public LayoutDevice device() {
    return options.device();
  }

  /** Whether the model runs on CUDA. */
  public boolean onGpu() {
    return cudaOptions != null;
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public boolean needsImage() {
    return true;
  }

  @Override
  public List<Region> detect(Page page, Optional<PageImage> image) {
    return detect(page, image, null);
  }

  /**
   * Regions of the page; a model run still going when {@code deadline} passes is terminated.
   *
   * @param deadline the document's deadline, or null for none
   * @throws dev.recto.core.error.DeadlineExceededException when the deadline passed before or
   *     during the model run (the engine stays usable)
   */
  @Override
  public List<Region> detect(Page page, Optional<PageImage> image, Deadline deadline) {
    PageImage pageImage =
        image.orElseThrow(() -> new IllegalArgumentException("the layout model needs the image"));
    float[][] out = infer(LayoutInput.tensor(pageImage.image()), deadline);
    List<Detection> detections =
        HeatmapDecoder.decode(
            out[0], out[1], OUT_ROWS, OUT_COLS, options.scoreThreshold(), options.nmsIou(), 100);
    List<Region> regions = new ArrayList<>(detections.size());
    for (Detection d : detections) {
      regions.add(
          new Region(
              d.type(),
              d.box(),
              d.score(),
              new Provenance(page.index(), d.box(), ID, MODEL.id(), MODEL.version())));
    }
    return TableRegions.withStructure(page, ReadingOrder.sort(regions), image);
  }

  /** Detections on one page image at the given threshold, in score order. Thread-safe. */
  public List<Detection> detect(java.awt.image.BufferedImage image, double threshold) {
    float[][] out = infer(LayoutInput.tensor(image));
    return HeatmapDecoder.decode(
        out[0], out[1], OUT_ROWS, OUT_COLS, threshold, options.nmsIou(), 100);
  }

  /** Raw outputs (heat, box) for one input tensor of {@code WIDTH * HEIGHT} floats. */
  float[][] infer(float[] input) {
    return infer(input, null);
  }

  /** {@link #infer(float[])} stopped when {@code deadline} (or null) passes. */
  float[][] infer(float[] input, Deadline deadline) {
    return session.run(input, new long[] {1, 1, LayoutInput.HEIGHT, LayoutInput.WIDTH}, deadline);
  }

  /** Model runs stopped by a deadline since the engine was created. */
  public long terminatedRuns() {
    return session.terminatedRuns();
  }

  @Override
  public void close() {
    session.close();
    sessionOptions.close();
    closeQuietly(null, cudaOptions);
  }
}
