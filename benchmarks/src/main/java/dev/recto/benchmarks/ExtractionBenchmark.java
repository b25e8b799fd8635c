package dev.recto.benchmarks;

import dev.recto.core.field.InvoiceFields;
import dev.recto.core.model.Document;
import dev.recto.core.process.DocumentProcessor;
import dev.recto.core.process.OcrMode;
import dev.recto.core.source.DocumentSource;
import dev.recto.extraction.generic.GenericInvoiceExtractor;
import dev.recto.samples.synth.SynthCorpus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
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
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Template-free extraction time per page after OCR, against reading the same page's text layer in
 * the same run.
 *
 * <p>The corpus is {@value #INVOICES} synthetic invoices of seed {@value #SEED} (Recto's generator,
 * all designs), one-page ones only. Setup reads each into a {@link Document} once; then {@code
 * genericExtraction} runs {@link GenericInvoiceExtractor#extract} on one page per operation
 * (cycling through the pages), and {@code textLayerProcessing}, the baseline, runs the whole
 * processor without extractors on one page's PDF bytes (parse, text layer, lines, blocks). Scores
 * are milliseconds per operation, that is per page. The bar: extraction under 20 ms per
 * page.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar ExtractionBenchmark
 * java -jar benchmarks/target/benchmarks.jar ExtractionBenchmark -f 1 -wi 1 -i 3 -r 2s  # quick
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
public class ExtractionBenchmark {

  static final int INVOICES = 60;
  static final long SEED = 2026L;

  /** The pages, read once, and the extractor; shared by all threads. */
  @State(Scope.Benchmark)
  public static class Pages {
    final List<Document> documents = new ArrayList<>();
    final List<byte[]> pdfs = new ArrayList<>();
    final GenericInvoiceExtractor extractor = new GenericInvoiceExtractor();
    DocumentProcessor reader;

    /** Generates the invoices and reads the one-page ones. */
    @Setup(Level.Trial)
    public void load() throws IOException {
      Path dir = Files.createTempDirectory("recto-extraction-bench");
      try {
        SynthCorpus.write(dir, INVOICES, SEED, 1);
        reader =
            DocumentProcessor.builder()
                .ocrMode(OcrMode.OFF)
                .noLayout()
                .extractorProviders(List.of())
                .build();
        try (Stream<Path> files = Files.list(dir)) {
          for (Path pdf : files.filter(p -> p.toString().endsWith(".pdf")).sorted().toList()) {
            byte[] bytes = Files.readAllBytes(pdf);
            Document d =
                reader
                    .process(DocumentSource.of(bytes, pdf.getFileName().toString()))
                    .documentIfPresent()
                    .orElseThrow();
            if (d.pages().size() == 1) {
              documents.add(d);
              pdfs.add(bytes);
            }
          }
        }
      } finally {
        try (Stream<Path> files = Files.walk(dir)) {
          files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
      }
      System.out.println("ExtractionBenchmark: " + documents.size() + " one-page invoices");
    }
  }

  /** Which page a thread reads next. */
  @State(Scope.Thread)
  public static class Cursor {
    int next;
  }

  /** Template-free extraction of one page (fields and line items). */
  @Benchmark
  public InvoiceFields genericExtraction(Pages pages, Cursor cursor) {
    Document d = pages.documents.get(cursor.next++ % pages.documents.size());
    return pages.extractor.extract(d);
  }

  /** Baseline: the processor reading one page's text layer without extraction. */
  @Benchmark
  public Object textLayerProcessing(Pages pages, Cursor cursor) {
    byte[] pdf = pages.pdfs.get(cursor.next++ % pages.pdfs.size());
    return pages.reader.process(DocumentSource.of(pdf, "page.pdf"));
  }
}
