package dev.recto.ocr.ppocr;

import ai.djl.MalformedModelException;
import ai.djl.Model;
import ai.djl.inference.Predictor;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.translate.NoBatchifyTranslator;
import ai.djl.translate.TranslateException;
import ai.djl.translate.TranslatorContext;
import ai.onnxruntime.OrtSession.SessionOptions;
import dev.recto.core.error.ModelLoadException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.FloatBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * One ONNX model loaded into DJL's ONNX Runtime engine from verified bytes, shared by all threads.
 *
 * <p>{@link #run} creates a short-lived DJL {@link Predictor} per call (predictors are not
 * thread-safe; ONNX Runtime sessions are), whose NDManager frees the call's native tensors when the
 * call returns. {@link #close()} closes the DJL model and with it the ONNX Runtime session; the
 * session options stay owned by the caller.
 *
 * <p>The session is configured through an {@code OrtSession.SessionOptions} handed to DJL (its
 * {@code "sessionOptions"} load option) rather than DJL's string options, because DJL 0.31.1's
 * {@code OrtModel} applies {@code intraOpNumThreads} only when {@code interOpNumThreads} is also
 * given, and has no option for the CUDA provider's settings.
 */
final class OnnxModel implements AutoCloseable {

  private static final Translator TRANSLATOR = new Translator();

  private final Model model;

  private OnnxModel(Model model) {
    this.model = model;
  }

  /**
   * Loads a model from its bytes. Call {@link DjlOffline#apply()} first.
   *
   * @param name a name for logs
   * @param onnx the verified model bytes
   * @param options ONNX Runtime session options, owned by the caller and kept open until this model
   *     is closed
   * @throws ModelLoadException when ONNX Runtime rejects the bytes
   */
  static OnnxModel load(String name, byte[] onnx, SessionOptions options) {
    Model model = Model.newInstance(name, ai.djl.Device.cpu(), "OnnxRuntime");
    try {
      model.load(new ByteArrayInputStream(onnx), Map.of("sessionOptions", options));
      return new OnnxModel(model);
    } catch (IOException | MalformedModelException | RuntimeException e) {
      close(model);
      throw new ModelLoadException("ONNX Runtime could not load model " + name, e);
    }
  }

  /** Runs the model on one input; returns its first output copied to the heap. Thread-safe. */
  FloatTensor run(FloatTensor input) {
    try (Predictor<FloatTensor, FloatTensor> predictor = model.newPredictor(TRANSLATOR)) {
      return predictor.predict(input);
    } catch (TranslateException e) {
      throw new IllegalStateException("inference failed in " + model.getName(), e);
    }
  }

  @Override
  public void close() {
    close(model);
  }

  private static void close(Model model) {
    // OrtModel.load(InputStream) makes an empty temporary directory; remove it with the model.
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

  /** Copies a float tensor in and the first output out, within the predictor's NDManager. */
  private static final class Translator implements NoBatchifyTranslator<FloatTensor, FloatTensor> {
    @Override
    public NDList processInput(TranslatorContext ctx, FloatTensor input) {
      NDArray array =
          ctx.getNDManager().create(FloatBuffer.wrap(input.data()), new Shape(input.shape()));
      return new NDList(array);
    }

    @Override
    public FloatTensor processOutput(TranslatorContext ctx, NDList list) {
      NDArray out = list.get(0);
      return new FloatTensor(out.toFloatArray(), out.getShape().getShape());
    }
  }
}
