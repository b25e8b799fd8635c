package dev.recto.layout;

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
import dev.recto.core.models.OnnxRuntimeNatives;
import dev.recto.core.process.Deadline;
import dev.recto.core.process.DeadlineTimer;
import java.nio.FloatBuffer;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The layout model's ONNX Runtime session, run with per-call {@link RunOptions} whose terminate
 * flag a {@link DeadlineTimer} alarm sets when the caller's deadline passes (ONNX Runtime then
 * stops between operators and the call throws {@link DeadlineExceededException}). The ONNX Runtime
 * Java API is used directly because DJL's predictor accepts no run options.
 *
 * <p>Thread-safe (ONNX Runtime sessions are; tensors and run options are per call). Owns the
 * session and the timer; {@link #close()} frees both. The session options stay the caller's.
 */
final class LayoutSession implements AutoCloseable {

  private final String name;
  private final OrtEnvironment env;
  private final OrtSession session;
  private final String inputName;
  private final DeadlineTimer timer;
  private final AtomicLong terminated = new AtomicLong();

  private LayoutSession(String name, OrtEnvironment env, OrtSession session, DeadlineTimer timer)
      throws OrtException {
    this.name = name;
    this.env = env;
    this.session = session;
    this.inputName = session.getInputNames().iterator().next();
    this.timer = timer;
  }

  /**
   * Checks ONNX Runtime's natives and the model's tensors (no external data), then loads the
   * verified bytes.
   *
   * @throws ModelLoadException when the model has external data or ONNX Runtime rejects it
   * @throws dev.recto.core.error.EngineUnavailableException when a native library is not pinned
   */
  static LayoutSession load(String name, byte[] onnx, SessionOptions options) {
    OnnxExternalData.refuse(name, onnx);
    OnnxRuntimeNatives.verify(OrtEnvironment.class.getClassLoader());
    OrtEnvironment env = OrtEnvironment.getEnvironment();
    OrtSession session = null;
    try {
      session = env.createSession(onnx, options);
      return new LayoutSession(name, env, session, new DeadlineTimer("recto-layout-deadline"));
    } catch (OrtException | RuntimeException e) {
      if (session != null) {
        try {
          session.close();
        } catch (OrtException ignored) {
          // nothing more can be freed
        }
      }
      throw new ModelLoadException("ONNX Runtime could not load model " + name + ": " + e, e);
    }
  }

  /**
   * Runs the model on one input of the given shape; returns every output flattened, in output
   * order.
   *
   * @param deadline stops the run when it passes, or null to run to the end
   * @throws DeadlineExceededException when the deadline had passed before the run or stopped it
   */
  float[][] run(float[] input, long[] shape, Deadline deadline) {
    if (deadline != null) {
      deadline.check(name);
    }
    try (OnnxTensor tensor = OnnxTensor.createTensor(env, FloatBuffer.wrap(input), shape);
        RunOptions runOptions = new RunOptions()) {
      DeadlineTimer.Alarm alarm =
          deadline == null ? null : timer.arm(deadline, () -> terminate(runOptions));
      try (OrtSession.Result result = session.run(Map.of(inputName, tensor), runOptions)) {
        float[][] out = new float[result.size()][];
        for (int i = 0; i < out.length; i++) {
          out[i] = floats(result.get(i));
        }
        return out;
      } catch (OrtException e) {
        if (alarm != null && alarm.fired()) {
          terminated.incrementAndGet();
          DeadlineExceededException d = deadline.exceeded(name + " (ONNX Runtime run terminated)");
          d.addSuppressed(e);
          throw d;
        }
        throw new IllegalStateException("layout inference failed: " + e.getMessage(), e);
      } finally {
        if (alarm != null) {
          alarm.close();
        }
      }
    } catch (OrtException e) {
      throw new IllegalStateException("layout inference failed: " + e.getMessage(), e);
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

  private float[] floats(OnnxValue value) {
    if (!(value instanceof OnnxTensor t) || t.getFloatBuffer() == null) {
      throw new IllegalStateException(name + ": an output is not a float tensor");
    }
    FloatBuffer buffer = t.getFloatBuffer();
    float[] data = new float[buffer.remaining()];
    buffer.get(data);
    return data;
  }

  @Override
  public void close() {
    timer.close();
    try {
      session.close();
    } catch (OrtException ignored) {
      // nothing more can be freed
    }
  }
}
