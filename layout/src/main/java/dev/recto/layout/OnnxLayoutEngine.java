package dev.recto.layout;

import ai.djl.MalformedModelException;
import ai.djl.Model;
import ai.djl.inference.Predictor;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.translate.NoBatchifyTranslator;
import ai.djl.translate.TranslateException;
import ai.djl.translate.TranslatorContext;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.recto.core.error.ModelLoadException;
import dev.recto.core.ingest.PageImage;
import dev.recto.core.model.Page;
import dev.recto.core.model.Provenance;
import dev.recto.core.model.Region;
import dev.recto.core.models.ModelArtifact;
import dev.recto.core.models.ModelArtifactLoader;
import dev.recto.core.spi.LayoutEngine;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.FloatBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Recto's own layout detector (a small CenterNet-style network, see {@code
 * layout/src/main/resources/dev/recto/layout/model/MODEL_CARD.md}) on ONNX Runtime through DJL.
 *
 * <p>Per page: {@link LayoutInput} turns the page image into a {@value LayoutInput#WIDTH} x {@value
 * LayoutInput#HEIGHT} ink raster (the same code made the training data), the model gives class
 * heatmaps and boxes at stride 4, {@link HeatmapDecoder} keeps peaks above the score threshold with
 * per-class NMS, and {@link ReadingOrder} sorts the regions. Regions are page-relative (see {@link
 * dev.recto.core.model.BoundingBox}); their confidence is the peak score.
 *
 * <p>The model's bytes are checked against the pinned SHA-256 ({@link #MODEL}) before ONNX Runtime
 * sees them. Thread-safe: one ONNX Runtime session is shared; each call makes a short-lived DJL
 * predictor whose NDManager frees the call's native tensors. {@link #close()} closes the model and
 * the session options; whoever created the engine closes it. CPU only for now.
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
   */
  public record Options(double scoreThreshold, double nmsIou, int intraOpThreads) {

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
    }

    /** Threshold 0.3, NMS IoU 0.5, 2 threads. */
    public static Options defaults() {
      return new Options(0.3, 0.5, 2);
    }

    public Options withScoreThreshold(double threshold) {
      return new Options(threshold, nmsIou, intraOpThreads);
    }

    public Options withIntraOpThreads(int threads) {
      return new Options(scoreThreshold, nmsIou, threads);
    }
  }

  private static final Translator TRANSLATOR = new Translator();

  private final Options options;
  private final OrtSession.SessionOptions sessionOptions;
  private final Model model;

  private OnnxLayoutEngine(Options options, OrtSession.SessionOptions sessionOptions, Model model) {
    this.options = options;
    this.sessionOptions = sessionOptions;
    this.model = model;
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
    OrtSession.SessionOptions so = new OrtSession.SessionOptions();
    Model model = null;
    try {
      so.setIntraOpNumThreads(options.intraOpThreads());
      so.setInterOpNumThreads(1);
      model = Model.newInstance(MODEL.id(), ai.djl.Device.cpu(), "OnnxRuntime");
      model.load(new ByteArrayInputStream(onnx), Map.of("sessionOptions", so));
      return new OnnxLayoutEngine(options, so, model);
    } catch (IOException | MalformedModelException | OrtException | RuntimeException e) {
      if (model != null) {
        closeModel(model);
      }
      so.close();
      throw new ModelLoadException("ONNX Runtime could not load model " + MODEL.id(), e);
    }
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
    PageImage pageImage =
        image.orElseThrow(() -> new IllegalArgumentException("the layout model needs the image"));
    List<Detection> detections = detect(pageImage.image(), options.scoreThreshold());
    List<Region> regions = new ArrayList<>(detections.size());
    for (Detection d : detections) {
      regions.add(
          new Region(
              d.type(),
              d.box(),
              d.score(),
              new Provenance(page.index(), d.box(), ID, MODEL.id(), MODEL.version())));
    }
    return ReadingOrder.sort(regions);
  }

  /** Detections on one page image at the given threshold, in score order. Thread-safe. */
  public List<Detection> detect(java.awt.image.BufferedImage image, double threshold) {
    float[][] out = infer(LayoutInput.tensor(image));
    return HeatmapDecoder.decode(
        out[0], out[1], OUT_ROWS, OUT_COLS, threshold, options.nmsIou(), 100);
  }

  /** Raw outputs (heat, box) for one input tensor of {@code WIDTH * HEIGHT} floats. */
  float[][] infer(float[] input) {
    try (Predictor<float[], float[][]> predictor = model.newPredictor(TRANSLATOR)) {
      return predictor.predict(input);
    } catch (TranslateException e) {
      throw new IllegalStateException("layout inference failed", e);
    }
  }

  @Override
  public void close() {
    closeModel(model);
    sessionOptions.close();
  }

  private static void closeModel(Model model) {
    Path dir = model.getModelPath();
    model.close();
    if (dir != null) {
      try {
        Files.deleteIfExists(dir);
      } catch (IOException | RuntimeException ignored) {
        // not empty or not ours: leave it
      }
    }
  }

  private static final class Translator implements NoBatchifyTranslator<float[], float[][]> {
    @Override
    public NDList processInput(TranslatorContext ctx, float[] input) {
      NDArray array =
          ctx.getNDManager()
              .create(
                  FloatBuffer.wrap(input), new Shape(1, 1, LayoutInput.HEIGHT, LayoutInput.WIDTH));
      return new NDList(array);
    }

    @Override
    public float[][] processOutput(TranslatorContext ctx, NDList list) {
      return new float[][] {list.get(0).toFloatArray(), list.get(1).toFloatArray()};
    }
  }
}
