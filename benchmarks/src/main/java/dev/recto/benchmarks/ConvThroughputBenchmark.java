package dev.recto.benchmarks;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.recto.core.models.ModelArtifact;
import dev.recto.core.models.ModelArtifactLoader;
import dev.recto.core.models.OnnxRuntimeNatives;
import java.nio.FloatBuffer;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The machine's convolution throughput in ONNX Runtime: one dense 3 x 3 convolution, 64 to 64
 * channels, on a 1 x 64 x 128 x 128 input ({@value #FLOPS} floating-point operations per run; the
 * model is made by {@code benchmarks/conv-probe/make_conv_probe.py} and pinned by SHA-256), at 1
 * and 2 intra-op threads. GFLOP/s = {@value #FLOPS} / (ms per op x 10^6). The layout model's own
 * figure ({@link LayoutBenchmark}, 0.67 GFLOP per page) is read against it in {@code
 * docs/layout.md}.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar ConvThroughputBenchmark
 * </pre>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx1g"})
@Threads(1)
@State(Scope.Benchmark)
public class ConvThroughputBenchmark {

  /** Floating-point operations of one run: 2 x 64 x 64 x 3 x 3 x 128 x 128. */
  public static final long FLOPS = 1_207_959_552L;

  /** The probe model, pinned. */
  public static final ModelArtifact PROBE =
      new ModelArtifact(
          "dev/recto/benchmarks/conv-probe.onnx",
          "d1efe92181a244d0143815a297f4298ce753da76c0330f26b12a82963424971f",
          "conv-probe",
          "1");

  private static final long[] SHAPE = {1, 64, 128, 128};

  @Param({"1", "2"})
  public int intraOpThreads;

  private OrtEnvironment env;
  private OrtSession.SessionOptions options;
  private OrtSession session;
  private OnnxTensor input;

  @Setup(Level.Trial)
  public void setUp() throws OrtException {
    byte[] onnx = ModelArtifactLoader.read(PROBE, getClass().getClassLoader());
    OnnxRuntimeNatives.verify(OrtEnvironment.class.getClassLoader());
    env = OrtEnvironment.getEnvironment();
    options = new OrtSession.SessionOptions();
    options.setIntraOpNumThreads(intraOpThreads);
    options.setInterOpNumThreads(1);
    session = env.createSession(onnx, options);
    float[] data = new float[64 * 128 * 128];
    Random random = new Random(7);
    for (int i = 0; i < data.length; i++) {
      data[i] = random.nextFloat();
    }
    input = OnnxTensor.createTensor(env, FloatBuffer.wrap(data), SHAPE);
  }

  @TearDown(Level.Trial)
  public void tearDown() throws OrtException {
    input.close();
    session.close();
    options.close();
  }

  @Benchmark
  public long conv() throws OrtException {
    try (OrtSession.Result result = session.run(Map.of("x", input))) {
      return ((OnnxTensor) result.get(0)).getFloatBuffer().remaining();
    }
  }
}
