package dev.recto.benchmarks;

import dev.recto.core.field.FieldKey;
import dev.recto.core.model.Document;
import dev.recto.core.process.DocumentProcessor;
import dev.recto.core.process.OcrMode;
import dev.recto.core.source.DocumentSource;
import dev.recto.samples.synth.Design;
import dev.recto.samples.synth.Designs;
import dev.recto.samples.synth.FontLibrary;
import dev.recto.samples.synth.InvoiceGenerator;
import dev.recto.samples.synth.InvoiceRenderer;
import dev.recto.samples.synth.SynthLocales;
import dev.recto.samples.synth.Truth;
import dev.recto.templates.convert.Invoice2DataConverter;
import dev.recto.templates.invoice2data.Invoice2DataTemplate;
import dev.recto.templates.invoice2data.Invoice2DataTemplates;
import dev.recto.templates.recto.RectoTemplate;
import dev.recto.templates.recto.TemplateInducer;
import dev.recto.templates.recto.TemplateMatch;
import dev.recto.templates.recto.TemplateMatcher;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Time to pick the template for one document with {@link TemplateMatcher} over invoice2data's
 * templates converted to Recto ({@link Invoice2DataConverter}; 214 load, one has an invalid
 * pattern) plus one Recto template induced per synthetic design (42), 256 templates in all.
 *
 * <p>One operation matches one document, taking the documents in turn: the PDFs of {@code
 * shared/data/invoice2data/compare} and the 42 synthetic invoices the Recto templates were induced
 * from, already read into {@link Document}s (reading is not measured). Matching folds the
 * document's words into tokens, looks candidates up in the keyword index, and renders the layout
 * text when a candidate has regexes (every converted template has), so rendering is measured.
 * Without the shared folder only the synthetic part runs.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar TemplateMatchingBenchmark
 * java -jar benchmarks/target/benchmarks.jar TemplateMatchingBenchmark -f 1 -wi 2 -w 2s -i 3 -r 2s  # smoke
 * </pre>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-Dorg.slf4j.simpleLogger.log.org.apache.pdfbox=error"})
@State(Scope.Thread)
public class TemplateMatchingBenchmark {

  /** System property naming the invoice2data folder (with templates/ and compare/). */
  public static final String PROPERTY = "recto.bench.invoice2data";

  private TemplateMatcher matcher;
  private List<Document> documents;
  private int next;

  @Setup
  public void setUp() throws Exception {
    List<RectoTemplate> templates = new ArrayList<>();
    documents = new ArrayList<>();
    try (DocumentProcessor processor =
        DocumentProcessor.builder()
            .ocrMode(OcrMode.OFF)
            .noLayout()
            .extractorProviders(List.of())
            .build()) {
      Optional<Path> i2d = locate();
      if (i2d.isPresent()) {
        for (Invoice2DataTemplate t :
            Invoice2DataTemplates.load(i2d.get().resolve("templates")).templates()) {
          templates.add(Invoice2DataConverter.convert(t).template());
        }
        try (Stream<Path> s = Files.list(i2d.get().resolve("compare"))) {
          for (Path pdf : s.filter(p -> p.toString().endsWith(".pdf")).sorted().toList()) {
            documents.add(
                processor.process(DocumentSource.of(pdf)).documentIfPresent().orElseThrow());
          }
        }
      }
      InvoiceGenerator generator = new InvoiceGenerator();
      try (FontLibrary fonts = new FontLibrary()) {
        InvoiceRenderer renderer = new InvoiceRenderer(fonts);
        List<Design> designs = Designs.all();
        for (int d = 0; d < designs.size(); d++) {
          String locale = SynthLocales.IDS.get(d % SynthLocales.IDS.size());
          InvoiceRenderer.Rendered r =
              renderer.render(generator.generate(2026L + d, 0, locale), designs.get(d), "b" + d);
          Document doc =
              processor
                  .process(DocumentSource.of(r.pdf(), "b" + d + ".pdf"))
                  .documentIfPresent()
                  .orElseThrow();
          templates.add(
              TemplateInducer.induce(
                  designs.get(d).id(), designs.get(d).id(), doc, values(r.truth())));
          documents.add(doc);
        }
      }
    }
    matcher = new TemplateMatcher(templates);
    System.out.printf(
        "%n%d templates, %d documents%n", matcher.templates().size(), documents.size());
  }

  private static Map<FieldKey, String> values(Truth truth) {
    Map<FieldKey, String> out = new EnumMap<>(FieldKey.class);
    truth
        .fields()
        .forEach(
            (k, v) -> {
              if (v.value() != null && v.raw() != null) {
                out.put(k, v.value());
              }
            });
    return out;
  }

  private static Optional<Path> locate() throws IOException {
    String property = System.getProperty(PROPERTY);
    if (property != null) {
      return Optional.of(Path.of(property));
    }
    Path dir = Path.of("").toAbsolutePath();
    for (int i = 0; i < 4 && dir != null; i++, dir = dir.getParent()) {
      Path candidate = dir.resolve("shared/data/invoice2data");
      if (Files.isDirectory(candidate.resolve("templates"))) {
        return Optional.of(candidate);
      }
      candidate = dir.resolveSibling("shared").resolve("data/invoice2data");
      if (Files.isDirectory(candidate.resolve("templates"))) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  /** Picks the template of the next document. */
  @Benchmark
  public Optional<TemplateMatch> matchOneDocument() {
    Document d = documents.get(next);
    next = (next + 1) % documents.size();
    return matcher.match(d);
  }
}
