package dev.recto.samples.induction;

import dev.recto.core.model.Document;
import dev.recto.core.process.DocumentProcessor;
import dev.recto.core.source.DocumentSource;
import dev.recto.samples.synth.Design;
import dev.recto.samples.synth.Designs;
import dev.recto.samples.synth.FontLibrary;
import dev.recto.samples.synth.InvoiceGenerator;
import dev.recto.samples.synth.InvoiceRenderer;
import dev.recto.samples.synth.InvoiceSpec;
import dev.recto.samples.synth.ScanFiles;
import dev.recto.samples.synth.ScanOptions;
import dev.recto.samples.synth.ScanPlan;
import dev.recto.samples.synth.SynthLocales;
import dev.recto.samples.synth.TruthJson;
import dev.recto.templates.recto.RectoTemplate;
import dev.recto.templates.recto.RectoTemplateWriter;
import dev.recto.templates.recto.TemplateInducer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * A synthetic corpus of recurring vendors, the case templates exist for: per design, one vendor (in
 * locale {@code i mod 7} for the {@code i}-th design, as {@link InductionEvaluation}) whose first
 * invoice a reviewer "corrected" (a Recto template induced from its truth, written to the templates
 * folder) and {@code perDesign} later invoices of the same vendor with the same numbering scheme,
 * written as {@code rv-DESIGN-NNN.pdf} with {@code .truth.json} (and simulated scans when asked).
 * The first invoice itself is not in the corpus.
 *
 * <p>Used to fit and measure calibration where templates and the generic extractor both read a
 * document: {@code recto calibrate --docs DIR --templates DIR/templates}. Deterministic for a seed.
 * Not thread-safe; one call at a time.
 */
public final class RecurringVendorCorpus {

  /**
   * What was written.
   *
   * @param designs designs (and templates)
   * @param invoices invoices in the corpus
   */
  public record Summary(int designs, int invoices) {}

  private RecurringVendorCorpus() {}

  /**
   * Writes the corpus.
   *
   * @param dir the documents' folder (created)
   * @param templates the templates' folder (created), one {@code rv-DESIGN.yml} per design
   * @param perDesign later invoices per vendor, at least 1
   * @param seed the generator seed
   * @param scan how to scan each invoice too, or null for born-digital files only
   */
  public static Summary write(Path dir, Path templates, int perDesign, long seed, ScanOptions scan)
      throws IOException {
    return write(dir, templates, perDesign, seed, scan, d -> true);
  }

  /**
   * As {@link #write(Path, Path, int, long, ScanOptions)}, for the designs {@code include} accepts
   * only (each keeps the vendor, locale and seed it has in the whole corpus).
   */
  public static Summary write(
      Path dir,
      Path templates,
      int perDesign,
      long seed,
      ScanOptions scan,
      Predicate<Design> include)
      throws IOException {
    if (perDesign < 1) {
      throw new IllegalArgumentException("perDesign must be >= 1, was " + perDesign);
    }
    Files.createDirectories(dir);
    Files.createDirectories(templates);
    InvoiceGenerator generator = new InvoiceGenerator();
    List<Design> designs = Designs.all();
    int written = 0;
    int invoices = 0;
    try (FontLibrary fonts = new FontLibrary();
        DocumentProcessor processor = InductionEvaluation.textLayerReader()) {
      InvoiceRenderer renderer = new InvoiceRenderer(fonts);
      for (int d = 0; d < designs.size(); d++) {
        Design design = designs.get(d);
        if (!include.test(design)) {
          continue;
        }
        written++;
        String locale = SynthLocales.IDS.get(d % SynthLocales.IDS.size());
        InvoiceSpec first = generator.generate(seed + d, 0, locale);
        String stem = "rv-" + design.id().substring(0, 3);
        InvoiceRenderer.Rendered example = renderer.render(first, design, stem + "-000");
        Document doc =
            processor
                .process(DocumentSource.of(example.pdf(), stem + "-000.pdf"))
                .documentIfPresent()
                .orElseThrow(() -> new IOException("cannot read back " + stem + "-000.pdf"));
        RectoTemplate template =
            TemplateInducer.induce(
                stem, first.vendor().name(), doc, InductionEvaluation.reviewed(example.truth()));
        Files.writeString(
            templates.resolve(stem + ".yml"),
            RectoTemplateWriter.write(template),
            StandardCharsets.UTF_8);
        int found = 0;
        for (int i = 1; found < perDesign && i < InductionEvaluation.MAX_DRAWS; i++) {
          InvoiceSpec next = generator.generate(seed + d, i, locale);
          if (!InductionEvaluation.sameNumbering(first, next)) {
            continue;
          }
          found++;
          String name = String.format(Locale.ROOT, "%s-%03d", stem, found);
          InvoiceRenderer.Rendered r =
              renderer.render(InductionEvaluation.sameVendor(first, next), design, name);
          Files.write(dir.resolve(name + ".pdf"), r.pdf());
          Files.write(dir.resolve(name + ".truth.json"), TruthJson.toBytes(r.truth()));
          if (scan != null) {
            ScanFiles.write(dir, name, r, ScanPlan.of(seed, d * 1000 + found, scan));
          }
          invoices++;
        }
      }
    }
    return new Summary(written, invoices);
  }
}
