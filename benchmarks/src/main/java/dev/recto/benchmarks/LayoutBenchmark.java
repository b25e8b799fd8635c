package dev.recto.benchmarks;

import dev.recto.core.ingest.PdfRasterizer;
import dev.recto.core.process.DocumentProcessor;
import dev.recto.layout.OnnxLayoutEngine;
import dev.recto.samples.synth.SynthCorpus;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
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
 * Layout model inference per page: {@link OnnxLayoutEngine#detect(BufferedImage, double)} on a page
 * already rendered at {@value DocumentProcessor#LAYOUT_DPI} dpi (preprocessing, ONNX Runtime,
 * decoding), with ONNX Runtime's intra-op threads at 1 and 2. The pages are the first pages of 8
 * synthetic invoices (seed 7), rendered once in the setup; one operation is one page, in turn.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar LayoutBenchmark
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
public class LayoutBenchmark {

  @Param({"1", "2"})
  public int intraOpThreads;

  private OnnxLayoutEngine engine;
  private final List<BufferedImage> pages = new ArrayList<>();
  private int next;
  private Path dir;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    dir = Files.createTempDirectory("recto-layout-bench");
    SynthCorpus.write(dir, 8, 7L, 1);
    PdfRasterizer rasterizer = new PdfRasterizer(Long.MAX_VALUE);
    List<Path> pdfs;
    try (Stream<Path> files = Files.list(dir)) {
      pdfs = files.filter(p -> p.toString().endsWith(".pdf")).sorted().toList();
    }
    for (Path pdf : pdfs) {
      try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
        pages.add(
            rasterizer
                .render(doc, 0, DocumentProcessor.LAYOUT_DPI, PdfRasterizer.ColorMode.RGB)
                .image());
      }
    }
    engine =
        OnnxLayoutEngine.create(
            OnnxLayoutEngine.Options.defaults().withIntraOpThreads(intraOpThreads));
  }

  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    engine.close();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.toList()) {
        Files.delete(f);
      }
    }
    Files.delete(dir);
  }

  @Benchmark
  public int detect() {
    BufferedImage page = pages.get(next++ % pages.size());
    return engine.detect(page, 0.3).size();
  }
}
