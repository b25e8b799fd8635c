package dev.recto.benchmarks;

import dev.recto.core.ingest.PageImage;
import dev.recto.core.ingest.PdfRasterizer;
import dev.recto.core.model.Word;
import dev.recto.ocr.ppocr.PpOcrEngine;
import dev.recto.ocr.ppocr.PpOcrOptions;
import dev.recto.ocr.ppocr.PpOcrStages;
import dev.recto.samples.SampleInvoice;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
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
 * What smoothing small print before recognition ({@link PpOcrOptions#smoothSmallPrint()}) costs:
 * PP-OCR recognition and word splitting ({@link PpOcrStages#read}) of one detection run's crops,
 * milliseconds per page (average time), with smoothing on and off in the same run. Pages whose
 * crops are enlarged to the recognizer's height, where the smoothing runs: the sample invoice
 * rendered at {@code dpi} (150) and the first synthetic scan ({@link SynthPages}, at its own
 * resolution).
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar SmallPrintSmoothingBenchmark
 * </pre>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1, time = 10)
@Measurement(iterations = 3, time = 10)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-Dorg.slf4j.simpleLogger.log.org.apache.pdfbox=error"})
@Threads(1)
public class SmallPrintSmoothingBenchmark {

  /** The page, its detected lines and the engine. */
  @State(Scope.Benchmark)
  public static class Page {
    /** Which page to read. */
    @Param({"sample-invoice", "synthetic-scan"})
    public String page;

    /** Resolution the sample invoice is drawn at, dpi (the synthetic scan keeps its own). */
    @Param({"150"})
    public int dpi;

    /** {@link PpOcrOptions#smoothSmallPrint()}. */
    @Param({"true", "false"})
    public boolean smooth;

    PageImage image;
    PpOcrEngine engine;
    PpOcrStages stages;
    PpOcrStages.Lines lines;

    /** Renders the page, starts the engine and detects the lines once. */
    @Setup(Level.Trial)
    public void setUp() throws IOException {
      image = render(page, dpi);
      engine =
          PpOcrEngine.create(
              PpOcrOptions.defaults().withIntraOpThreads(2).withSmoothSmallPrint(smooth));
      stages = new PpOcrStages(engine);
      lines = stages.detect(image);
      System.out.printf(
          "recto.bench smoothing page %s %dx%d px, %d lines, smooth %s%n",
          page, image.width(), image.height(), lines.size(), smooth);
    }

    /** Closes the crops and the engine. */
    @TearDown(Level.Trial)
    public void tearDown() {
      lines.close();
      engine.close();
    }

    private static PageImage render(String name, int dpi) throws IOException {
      if (name.equals("synthetic-scan")) {
        return SynthPages.scannedFirstPages(1, SynthPages.SEED).get(0).image();
      }
      if (!name.equals("sample-invoice")) {
        throw new IllegalArgumentException(
            "unknown page " + name + "; known: sample-invoice, synthetic-scan");
      }
      try (PDDocument doc = Loader.loadPDF(SampleInvoice.pdfBytes())) {
        return new PdfRasterizer(100_000_000L).render(doc, 0, dpi, PdfRasterizer.ColorMode.GRAY);
      }
    }
  }

  /** Recognition and word splitting of the page's lines. */
  @Benchmark
  public List<Word> ppocrRecognize(Page p) {
    return p.stages.read(p.image, p.lines);
  }
}
