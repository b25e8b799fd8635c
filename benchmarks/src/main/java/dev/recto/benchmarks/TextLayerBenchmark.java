package dev.recto.benchmarks;

import dev.recto.core.ingest.TextLayerPage;
import dev.recto.core.ingest.TextLayerReader;
import dev.recto.core.process.Deadline;
import dev.recto.core.process.DocumentProcessor;
import dev.recto.core.process.OcrMode;
import dev.recto.core.process.ProcessingResult;
import dev.recto.core.source.DocumentSource;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * Text-layer ingestion throughput of Recto against plain PDFBox on the same PDFs.
 *
 * <p>One operation is one pass over every page of every PDF of the corpus, starting from the bytes
 * in memory: each PDF is parsed with {@link Loader#loadPDF(byte[])} inside the measured code on
 * both sides (the {@code rectoProcessor} benchmark parses it through Recto's own loader). The
 * primary score is passes per second; the secondary scores (from {@link PageCounter}) are {@code
 * pages}, pages per second summed over all benchmark threads, and {@code cpuMs}, the CPU time the
 * benchmark threads got, from which {@link ResultSummary} derives pages per CPU second. The corpus
 * is every PDF of the real invoice folder (see {@link CorpusLocator}), or three generated invoices
 * when it is absent.
 *
 * <ul>
 *   <li>{@code pdfboxStripper}: {@link PDFTextStripper#getText} per document, PDFBox defaults
 *       (sortByPosition false).
 *   <li>{@code pdfboxStripperSorted}: the same with sortByPosition true, which Recto also uses.
 *   <li>{@code rectoTextLayerReader}: Recto's {@link TextLayerReader}, words with boxes, page by
 *       page.
 *   <li>{@code rectoProcessor}: the whole {@link DocumentProcessor} with OCR off (format sniffing,
 *       loading under limits, text layer, lines and blocks, extraction if any is on the class
 *       path).
 * </ul>
 *
 * <p>The forked JVMs get a fixed 1 GiB heap, and PDFBox's logging is cut to errors: PDFBox warns
 * about every non-embedded Standard-14 font it substitutes, once per loaded document, and printing
 * those warnings would be measured as well (equally on both sides, but it drowns the difference).
 *
 * <p>Runs one thread by default; run again with {@code -t 2} for two. Each thread reads the whole
 * corpus with its own documents; the corpus bytes and the processor are shared.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar TextLayerBenchmark -t 1
 * java -jar benchmarks/target/benchmarks.jar TextLayerBenchmark -t 2
 * java -jar benchmarks/target/benchmarks.jar TextLayerBenchmark -f 1 -wi 0 -i 1 -r 1s  # smoke
 * </pre>
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 2,
    jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-Dorg.slf4j.simpleLogger.log.org.apache.pdfbox=error"})
@Threads(1)
public class TextLayerBenchmark {

  /** Budget per document for Recto's deadline checks; far above any real pass. */
  private static final Duration DEADLINE = Duration.ofMinutes(5);

  /** The corpus and the processor, shared by all benchmark threads. */
  @State(Scope.Benchmark)
  public static class Corpus {
    PdfCorpus corpus;
    DocumentProcessor processor;

    /** Loads the PDFs into memory, builds the processor and logs what will be read. */
    @Setup(Level.Trial)
    public void load() throws IOException {
      corpus = PdfCorpus.load(CorpusLocator.fromSystemProperties());
      // Text layer only: the layout model and the extractors are on this module's class path now.
      processor =
          DocumentProcessor.builder()
              .ocrMode(OcrMode.OFF)
              .noLayout()
              .extractorProviders(List.of())
              .build();
      System.out.println();
      System.out.println(corpus.describe());
      System.out.println(sanityLine());
    }

    /** Releases the processor's engines. */
    @TearDown(Level.Trial)
    public void close() {
      processor.close();
    }

    /** Words and characters each side finds, to show both read the same text. */
    private String sanityLine() throws IOException {
      long chars = 0;
      long words = 0;
      int failed = 0;
      for (PdfCorpus.NamedPdf pdf : corpus.documents()) {
        try (PDDocument document = Loader.loadPDF(pdf.bytes())) {
          chars += new PDFTextStripper().getText(document).length();
          for (int i = 0; i < document.getNumberOfPages(); i++) {
            TextLayerPage page =
                new TextLayerReader().read(document, i, Deadline.startingNow(DEADLINE));
            words += page.words().size();
          }
        }
        ProcessingResult result = processor.process(DocumentSource.of(pdf.bytes(), pdf.name()));
        if (result.documentIfPresent().isEmpty()) {
          failed++;
          System.out.println("recto.bench: processor failed on " + pdf.name() + ": " + result);
        }
      }
      return "recto.bench check: PDFBox "
          + chars
          + " chars, Recto "
          + words
          + " words, processor failures "
          + failed;
    }
  }

  /** Plain PDFBox, default settings. */
  @Benchmark
  public void pdfboxStripper(Corpus state, PageCounter counter, Blackhole bh) throws IOException {
    strip(state, counter, bh, false);
  }

  /** Plain PDFBox with sortByPosition true, the ordering Recto asks for. */
  @Benchmark
  public void pdfboxStripperSorted(Corpus state, PageCounter counter, Blackhole bh)
      throws IOException {
    strip(state, counter, bh, true);
  }

  /** Recto's text-layer reader: words with boxes, page by page. */
  @Benchmark
  public void rectoTextLayerReader(Corpus state, PageCounter counter, Blackhole bh)
      throws IOException {
    counter.start();
    long pagesRead = 0;
    TextLayerReader reader = new TextLayerReader();
    for (PdfCorpus.NamedPdf pdf : state.corpus.documents()) {
      try (PDDocument document = Loader.loadPDF(pdf.bytes())) {
        Deadline deadline = Deadline.startingNow(DEADLINE);
        int pages = document.getNumberOfPages();
        for (int i = 0; i < pages; i++) {
          bh.consume(reader.read(document, i, deadline).words());
        }
        pagesRead += pages;
      }
    }
    counter.finish(pagesRead);
  }

  /** Recto's whole processor with OCR off. */
  @Benchmark
  public void rectoProcessor(Corpus state, PageCounter counter, Blackhole bh) {
    counter.start();
    long pagesRead = 0;
    for (PdfCorpus.NamedPdf pdf : state.corpus.documents()) {
      ProcessingResult result = state.processor.process(DocumentSource.of(pdf.bytes(), pdf.name()));
      bh.consume(result);
      pagesRead += result.documentIfPresent().map(d -> d.pages().size()).orElse(0);
    }
    counter.finish(pagesRead);
  }

  private static void strip(Corpus state, PageCounter counter, Blackhole bh, boolean sorted)
      throws IOException {
    counter.start();
    long pagesRead = 0;
    for (PdfCorpus.NamedPdf pdf : state.corpus.documents()) {
      try (PDDocument document = Loader.loadPDF(pdf.bytes())) {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setSortByPosition(sorted);
        bh.consume(stripper.getText(document));
        pagesRead += document.getNumberOfPages();
      }
    }
    counter.finish(pagesRead);
  }
}
