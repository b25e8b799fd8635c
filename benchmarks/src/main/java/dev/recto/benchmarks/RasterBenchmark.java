package dev.recto.benchmarks;

import dev.recto.core.ingest.PageImage;
import dev.recto.core.ingest.PdfRasterizer;
import java.io.IOException;
import java.util.ArrayList;
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
 * Rasterization with Recto's {@link PdfRasterizer} (PDFBox rendering, gray, the mode OCR uses), in
 * pages per second: one operation renders one page at {@code dpi} dots per inch, taking the pages
 * of the {@code corpus} ({@link BenchCorpora}) in turn.
 *
 * <p>Each benchmark thread opens its own copy of every PDF in {@code @Setup} (a {@link PDDocument}
 * must not be used by two threads at once), so parsing is outside the measured code and the
 * per-page cost is what a multi-page scanned PDF pays; fonts and images are decoded per render.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar RasterBenchmark -t 1
 * java -jar benchmarks/target/benchmarks.jar RasterBenchmark -t 2 -p corpus=shared
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
public class RasterBenchmark {

  /** The corpus, loaded once per trial. */
  @State(Scope.Benchmark)
  public static class Corpus {
    /** Which corpus ({@link BenchCorpora#NAMES}). */
    @Param({"samples", "synthetic", "shared"})
    public String corpus;

    /** Resolution in dots per inch. */
    @Param({"150", "300"})
    public int dpi;

    PdfCorpus pdfs;

    /** Loads the PDFs into memory. */
    @Setup(Level.Trial)
    public void load() {
      pdfs = BenchCorpora.load(corpus);
      System.out.println();
      System.out.println(pdfs.describe());
    }
  }

  /** One thread's open documents and its position in the page list. */
  @State(Scope.Thread)
  public static class Pages {
    final List<PDDocument> documents = new ArrayList<>();
    final List<int[]> pages = new ArrayList<>();
    final PdfRasterizer rasterizer = new PdfRasterizer(200_000_000L);
    int next;

    /** Opens this thread's copies of the PDFs and lists their pages. */
    @Setup(Level.Trial)
    public void open(Corpus corpus) throws IOException {
      for (PdfCorpus.NamedPdf pdf : corpus.pdfs.documents()) {
        PDDocument d = Loader.loadPDF(pdf.bytes());
        for (int p = 0; p < d.getNumberOfPages(); p++) {
          pages.add(new int[] {documents.size(), p});
        }
        documents.add(d);
      }
    }

    /** Closes the documents. */
    @TearDown(Level.Trial)
    public void close() throws IOException {
      for (PDDocument d : documents) {
        d.close();
      }
    }
  }

  /** Renders the next page. */
  @Benchmark
  public PageImage render(Corpus corpus, Pages pages) throws IOException {
    int[] page = pages.pages.get(pages.next++ % pages.pages.size());
    return pages.rasterizer.render(
        pages.documents.get(page[0]), page[1], corpus.dpi, PdfRasterizer.ColorMode.GRAY);
  }
}
