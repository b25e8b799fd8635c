package dev.recto.benchmarks;

import dev.recto.core.process.DocumentProcessor;
import dev.recto.core.process.OcrMode;
import dev.recto.core.process.ProcessingResult;
import dev.recto.ocr.ppocr.PpOcrEngine;
import dev.recto.ocr.tesseract.TesseractEngine;
import dev.recto.samples.synth.ScanOptions;
import dev.recto.samples.synth.ScanPlan;
import dev.recto.samples.synth.ScanRenderer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
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
 * A scanned invoice end to end through {@link DocumentProcessor}: an image-only PDF (the simulated
 * scans of {@value #INVOICES} synthetic invoices, seed {@value SynthPages#SEED}, as {@code ./recto
 * synth --scan} writes them: 150-300 dpi, skew, noise) goes through loading, rasterization, OCR
 * with the engine {@code ocrEngine}, lines, blocks and field extraction; layout detection off. One
 * operation is one PDF; {@link PageCounter} counts its pages. Results are pages per second
 * (fractions of one).
 *
 * <p>Start the JVM with {@code OMP_THREAD_LIMIT=1} for Tesseract (the forks inherit it).
 *
 * <pre>
 * OMP_THREAD_LIMIT=1 java -jar benchmarks/target/benchmarks.jar ScannedEndToEndBenchmark
 * </pre>
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 1, time = 10)
@Measurement(iterations = 3, time = 10)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-Dorg.slf4j.simpleLogger.log.org.apache.pdfbox=error"})
@Threads(1)
public class ScannedEndToEndBenchmark {

  static final int INVOICES = 4;

  /** The scanned PDFs and the processor, shared by all benchmark threads. */
  @State(Scope.Benchmark)
  public static class Scans {
    /** OCR engine id. */
    @Param({PpOcrEngine.ID, TesseractEngine.ID})
    public String ocrEngine;

    final List<PdfCorpus.NamedPdf> pdfs = new ArrayList<>();
    DocumentProcessor processor;

    /** Scans the invoices and builds the processor. */
    @Setup(Level.Trial)
    public void setUp() throws IOException {
      ScanRenderer scanner = new ScanRenderer();
      int i = 0;
      for (SynthPages.BornDigital b : SynthPages.bornDigital(INVOICES, SynthPages.SEED)) {
        ScanPlan plan = ScanPlan.of(SynthPages.SEED, i++, ScanOptions.defaults());
        pdfs.add(
            new PdfCorpus.NamedPdf(
                b.name() + ".scan.pdf", scanner.scan(b.pdf(), b.truth(), plan).pdf()));
      }
      processor =
          DocumentProcessor.builder()
              .limits(EndToEndBenchmark.LIMITS)
              .ocrMode(OcrMode.AUTO)
              .ocrEngine(ocrEngine)
              .noLayout()
              .build();
      System.out.println();
      System.out.println(
          "recto.bench scanned: "
              + PdfCorpus.of("synthetic scans", pdfs).describe()
              + ", OMP_THREAD_LIMIT="
              + System.getenv("OMP_THREAD_LIMIT"));
    }

    /** Closes the processor. */
    @TearDown(Level.Trial)
    public void close() {
      processor.close();
    }
  }

  /** Which PDF a thread processes next. */
  @State(Scope.Thread)
  public static class Cursor {
    int next;
  }

  /** Loading, rasterization, OCR, lines, blocks and fields of one scanned PDF. */
  @Benchmark
  public ProcessingResult scanned(Scans s, Cursor cursor, PageCounter counter) {
    PdfCorpus.NamedPdf pdf = s.pdfs.get(cursor.next++ % s.pdfs.size());
    return EndToEndBenchmark.run(s.processor, pdf, counter);
  }
}
