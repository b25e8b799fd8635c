package dev.recto.benchmarks;

import dev.recto.core.isolate.IsolatedProcessor;
import dev.recto.core.isolate.internal.ResultCodec;
import dev.recto.core.process.DocumentProcessor;
import dev.recto.core.process.ProcessingResult;
import dev.recto.core.source.DocumentSource;
import dev.recto.samples.SampleInvoice;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What the out-of-process mode costs on the bundled sample invoice (one born-digital page, the
 * whole pipeline with the engines on the class path).
 *
 * <ul>
 *   <li>{@code inProcess}: {@link DocumentProcessor#process}, the baseline.
 *   <li>{@code isolated}: {@link IsolatedProcessor#process} with one warm worker that is never
 *       replaced; the difference to the baseline is the per-document overhead (the request and the
 *       result crossing the pipes, encoding and decoding).
 *   <li>{@code isolatedRestartEveryDocument}: one worker replaced after each document, so every
 *       document waits for a fresh JVM: the cost of {@code restartEvery(1)}.
 *   <li>{@code resultRoundTrip}: encoding and decoding the sample's result ({@code ResultCodec}),
 *       the CPU part of that overhead.
 *   <li>{@code workerStart}: building an {@link IsolatedProcessor} with one worker, that is
 *       starting a worker JVM, building its processor and the handshake (single shot).
 * </ul>
 *
 * <p>Scores are milliseconds per operation (per document, or per start).
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar IsolationBenchmark
 * java -jar benchmarks/target/benchmarks.jar IsolationBenchmark -f 1 -wi 2 -i 3 -r 2s  # quick
 * </pre>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-Dorg.slf4j.simpleLogger.log.org.apache.pdfbox=error"})
@Threads(1)
public class IsolationBenchmark {

  /** The sample's bytes and the processors, built once per trial. */
  @State(Scope.Benchmark)
  public static class Processors {
    final byte[] sample = SampleInvoice.pdfBytes();
    DocumentProcessor inProcess;
    IsolatedProcessor isolated;
    IsolatedProcessor restarting;
    ProcessingResult sampleResult;

    @Setup(Level.Trial)
    public void start() {
      inProcess = DocumentProcessor.builder().build();
      isolated = IsolatedProcessor.builder().workers(1).restartEvery(Integer.MAX_VALUE).build();
      restarting = IsolatedProcessor.builder().workers(1).restartEvery(1).build();
      sampleResult = inProcess.process(source());
    }

    @TearDown(Level.Trial)
    public void stop() {
      inProcess.close();
      isolated.close();
      restarting.close();
    }

    DocumentSource source() {
      return DocumentSource.of(sample, SampleInvoice.FILE_NAME);
    }
  }

  /** A processor started by the benchmark method and closed after each invocation. */
  @State(Scope.Thread)
  public static class Started {
    IsolatedProcessor processor;

    @TearDown(Level.Invocation)
    public void close() {
      if (processor != null) {
        processor.close();
        processor = null;
      }
    }
  }

  /** The sample's result, encoded and decoded as it crosses from a worker to its parent. */
  @Benchmark
  public ProcessingResult resultRoundTrip(Processors p) throws IOException {
    return ResultCodec.decode(ResultCodec.encode(p.sampleResult));
  }

  @Benchmark
  public ProcessingResult inProcess(Processors p) {
    return p.inProcess.process(p.source());
  }

  @Benchmark
  public ProcessingResult isolated(Processors p) {
    return p.isolated.process(p.source());
  }

  @Benchmark
  public ProcessingResult isolatedRestartEveryDocument(Processors p) {
    return p.restarting.process(p.source());
  }

  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @Warmup(iterations = 1)
  @Measurement(iterations = 5)
  public IsolatedProcessor workerStart(Started s) {
    s.processor = IsolatedProcessor.builder().workers(1).build();
    return s.processor;
  }
}
