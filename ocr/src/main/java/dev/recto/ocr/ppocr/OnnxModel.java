package dev.recto.ocr.ppocr;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OnnxValue;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.OrtSession.RunOptions;
import ai.onnxruntime.OrtSession.SessionOptions;
import dev.recto.core.error.DeadlineExceededException;
import dev.recto.core.error.ModelLoadException;
import dev.recto.core.models.OnnxExternalData;
import dev.recto.core.process.Deadline;
import dev.recto.core.process.DeadlineTimer;
import java.nio.FloatBuffer;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One ONNX model loaded into an ONNX Runtime session from verified bytes, shared by all threads.
 *
 * <p>Each {@link #run} gets its own input tensor and {@link RunOptions}, closed before it returns
 * (ONNX Runtime sessions are thread-safe; the tensors and options are not shared). With a {@link
 * Deadline}, a {@link DeadlineTimer} alarm sets the run options' terminate flag when the deadline
 * passes: ONNX Runtime stops the run between operators and the call throws {@link
 * DeadlineExceededException}. The session is used directly through the ONNX Runtime Java API rather
 * than through DJL's predictor because DJL 0.31.1 neither exposes the session nor accepts run
 * options. {@link #close()} closes the session; the session options and the timer stay owned by the
 * caller.
 */
final class OnnxModel implements AutoCloseable {

  private final String name;
  private final OrtEnvironment env;
  private final OrtSession session;
  private final String inputName;
  private final DeadlineTimer timer;
  private final AtomicLong terminated = new AtomicLong();

  private OnnxModel(
      String name, OrtEnvironment env, OrtSession session, String inputName, DeadlineTimer timer) {
    this.name = name;
    this.env = env;
    this.session = session;
    this.inputName = inputName;
    this.timer = timer;
  }

  /**
   * Loads a model from its bytes after refusing external tensor data ({@link OnnxExternalData}).
   * Call {@link DjlOffline#apply()} and {@link OnnxRuntimeNatives#verify()} first.
   *
   * @param name a name for logs and errors
   * @param onnx the verified model bytes
   * @param options ONNX Runtime session options, owned by the caller and kept open until this model
   *     is closed
   * @param timer stops runs at their deadline; owned by the caller, kept open while this model runs
   * @throws ModelLoadException when the model has external data or ONNX Runtime rejects the bytes
   */
  static OnnxModel load(String name, byte[] onnx, SessionOptions options, DeadlineTimer timer) {
    OnnxExternalData.refuse(name, onnx);
    OrtEnvironment env = OrtEnvironment.getEnvironment();
    OrtSession session = null;
    try {
      session = env.createSession(onnx, options);
      String input = session.getInputNames().iterator().next();
      return new OnnxModel(name, env, session, input, timer);
    } catch (OrtException | RuntimeException e) {
      closeQuietly(session);
      throw new ModelLoadException("ONNX Runtime could not load model " + name + ": " + e, e);
    }
  }

  /** Runs the model on one input without a deadline; see {@link #run(FloatTensor, Deadline)}. */
  FloatTensor run(FloatTensor input) {
    return run(input, null);
  }

  /**
   * Runs the model on one input; returns its first output copied to the heap. Thread-safe.
   *
   * @param deadline stops the run when it passes, or null to run to the end
   * @throws DeadlineExceededException when the deadline had passed before the run or stopped it
   */
  FloatTensor run(FloatTensor input, Deadline deadline) {
    if (deadline != null) {
      deadline.check(name);
    }
    try (OnnxTensor tensor =
            OnnxTensor.createTensor(env, FloatBuffer.wrap(input.data()), input.shape());
        RunOptions runOptions = new RunOptions()) {
      DeadlineTimer.Alarm alarm =
          deadline == null ? null : timer.arm(deadline, () -> terminate(runOptions));
      try (OrtSession.Result result = session.run(Map.of(inputName, tensor), runOptions)) {
        return copy(result.get(0));
      } catch (OrtException e) {
        if (alarm != null && alarm.fired()) {
          terminated.incrementAndGet();
          DeadlineExceededException d = deadline.exceeded(name + " (ONNX Runtime run terminated)");
          d.addSuppressed(e);
          throw d;
        }
        throw new IllegalStateException("inference failed in " + name + ": " + e.getMessage(), e);
      } finally {
        if (alarm != null) {
          alarm.close();
        }
      }
    } catch (OrtException e) {
      throw new IllegalStateException("inference failed in " + name + ": " + e.getMessage(), e);
    }
  }

  /** Runs stopped by their deadline so far. */
  long terminatedRuns() {
    return terminated.get();
  }

  private static void terminate(RunOptions runOptions) {
    try {
      runOptions.setTerminate(true);
    } catch (OrtException e) {
      throw new IllegalStateException(e);
    }
  }

  private FloatTensor copy(OnnxValue value) throws OrtException {
    if (!(value instanceof OnnxTensor out)) {
      throw new IllegalStateException(name + ": first output is not a tensor but " + value);
    }
    FloatBuffer buffer = out.getFloatBuffer();
    if (buffer == null) {
      throw new IllegalStateException(name + ": first output is not a float tensor");
    }
    float[] data = new float[buffer.remaining()];
    buffer.get(data);
    return new FloatTensor(data, out.getInfo().getShape());
  }

  @Override
  public void close() {
    closeQuietly(session);
  }

  private static void closeQuietly(OrtSession session) {
    if (session != null) {
      try {
        session.close();
      } catch (OrtException ignored) {
        // nothing more can be freed
      }
    }
  }
}
