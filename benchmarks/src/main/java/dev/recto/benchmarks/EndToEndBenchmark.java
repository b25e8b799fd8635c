package dev.recto.benchmarks;

import dev.recto.core.process.DocumentProcessor;
import dev.recto.core.process.Limits;
import dev.recto.core.process.OcrMode;
import dev.recto.core.process.ProcessingResult;
import dev.recto.core.source.DocumentSource;
import dev.recto.layout.OnnxLayoutEngine;
import java.time.Duration;
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
 * A born-digital invoice end to end through {@link DocumentProcessor}: sniffing, PDF loading, text
 * layer, lines and blocks, field extraction (the class path's extractors: the template-free one;
 * the template stage needs a template folder and is not configured here) and calibration, with OCR
 * off. One operation processes one PDF of the {@code corpus} ({@link BenchCorpora}), taking them in
 * turn from the bytes in memory; {@link PageCounter} counts its pages, so {@link SuiteSummary}
 * reports pages per second.
 *
 * <ul>
 *   <li>{@code bornDigital}: layout detection off ({@code noLayout()}).
 *   <li>{@code bornDigitalLayout}: Recto's ONNX layout model in the path ({@value
 *       OnnxLayoutEngine#ID}, page rendered at {@value DocumentProcessor#LAYOUT_DPI} dpi).
 * </ul>
 *
 * <p>The processors are built once per trial and shared by the benchmark threads (the processor is
 * thread-safe); the bar is 100 pages/s at 2 threads without the model and 20 with it.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar EndToEndBenchmark -t 2
 * </pre>
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-Dorg.slf4j.simpleLogger.log.org.apache.pdfbox=error"})
@Threads(1)
public class EndToEndBenchmark {

  /** The corpus and both processors, shared by all benchmark threads. */
  @State(Scope.Benchmark)
  public static class Processors {
    /** Which corpus ({@link BenchCorpora#NAMES}). */
    @Param({"samples", "synthetic", "shared"})
    public String corpus;

    PdfCorpus pdfs;
    DocumentProcessor plain;
    DocumentProcessor withLayout;

    /** Loads the corpus, builds the processors and checks that each reads every PDF. */
    @Setup(Level.Trial)
    public void setUp() {
      pdfs = BenchCorpora.load(corpus);
      plain = DocumentProcessor.builder().limits(LIMITS).ocrMode(OcrMode.OFF).noLayout().build();
      withLayout =
          DocumentProcessor.builder()
              .limits(LIMITS)
              .ocrMode(OcrMode.OFF)
              .layoutEngine(OnnxLayoutEngine.ID)
              .build();
      System.out.println();
      System.out.println(pdfs.describe());
      System.out.println(check("no layout", plain) + "; " + check("layout model", withLayout));
    }

    /** Closes the processors' engines. */
    @TearDown(Level.Trial)
    public void close() {
      plain.close();
      withLayout.close();
    }

    private String check(String label, DocumentProcessor processor) {
      int failed = 0;
      int fields = 0;
      for (PdfCorpus.NamedPdf pdf : pdfs.documents()) {
        ProcessingResult r = processor.process(DocumentSource.of(pdf.bytes(), pdf.name()));
        failed += r.documentIfPresent().isPresent() ? 0 : 1;
        fields += r.invoice().fields().size();
      }
      return "recto.bench check " + label + ": " + fields + " fields, failures " + failed;
    }
  }

  /** Which PDF a thread processes next. */
  @State(Scope.Thread)
  public static class Cursor {
    int next;

    PdfCorpus.NamedPdf next(PdfCorpus corpus) {
      return corpus.documents().get(next++ % corpus.documents().size());
    }
  }

  /** Text layer and fields, no layout model. */
  @Benchmark
  public ProcessingResult bornDigital(Processors p, Cursor cursor, PageCounter counter) {
    return run(p.plain, cursor.next(p.pdfs), counter);
  }

  /** Text layer, layout model and fields. */
  @Benchmark
  public ProcessingResult bornDigitalLayout(Processors p, Cursor cursor, PageCounter counter) {
    return run(p.withLayout, cursor.next(p.pdfs), counter);
  }

  /** Generous: a benchmark measures time, and a loaded machine must not turn it into failures. */
  static final Limits LIMITS = Limits.defaults().withDeadline(Duration.ofMinutes(10));

  static ProcessingResult run(
      DocumentProcessor processor, PdfCorpus.NamedPdf pdf, PageCounter counter) {
    counter.start();
    ProcessingResult r = processor.process(DocumentSource.of(pdf.bytes(), pdf.name()));
    if (r.documentIfPresent().isEmpty()) {
      // A failed document would count as zero pages and look fast; fail the benchmark instead.
      throw new IllegalStateException(
          "processing failed for " + pdf.name() + ": " + r.diagnostics());
    }
    counter.finish(r.documentIfPresent().get().pages().size());
    return r;
  }
}
