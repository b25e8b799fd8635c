package dev.recto.samples.induction;

import dev.recto.core.field.ExtractedField;
import dev.recto.core.field.FieldKey;
import dev.recto.core.field.InvoiceFields;
import dev.recto.core.model.Document;
import dev.recto.core.process.DocumentProcessor;
import dev.recto.core.process.OcrMode;
import dev.recto.core.source.DocumentSource;
import dev.recto.extraction.eval.FieldComparison;
import dev.recto.extraction.generic.GenericInvoiceExtractor;
import dev.recto.samples.synth.Design;
import dev.recto.samples.synth.Designs;
import dev.recto.samples.synth.FontLibrary;
import dev.recto.samples.synth.InvoiceGenerator;
import dev.recto.samples.synth.InvoiceRenderer;
import dev.recto.samples.synth.InvoiceSpec;
import dev.recto.samples.synth.SynthLocales;
import dev.recto.samples.synth.Truth;
import dev.recto.templates.recto.LayoutText;
import dev.recto.templates.recto.RectoTemplate;
import dev.recto.templates.recto.TemplateExtractor;
import dev.recto.templates.recto.TemplateInducer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Template induction on the synthetic corpus: per design, a template is induced from one invoice
 * (index 0, in the design's locale: locale {@code i mod 7} for the {@code i}-th design) and applied
 * to {@code n} other invoices of the same design and locale (indexes 1..n) and, as a separate row,
 * to {@code n} invoices of the same design in the other six locales (indexes n+1..2n, locales in
 * turn). Accuracy is over the fields printed on each test invoice (truth value with raw text): a
 * field counts when the extracted value equals the truth as {@link FieldComparison} compares; a
 * field not extracted counts as wrong. Born-digital PDFs read through their text layer.
 *
 * <p>Run: {@code java ... dev.recto.samples.induction.InductionEvaluation [n] [seed] [designs]}.
 * Not thread-safe; one run at a time.
 */
public final class InductionEvaluation {

  /** Fields right and fields printed. */
  public record Score(int right, int total) {
    public static final Score ZERO = new Score(0, 0);

    public Score plus(Score o) {
      return new Score(right + o.right, total + o.total);
    }

    public double accuracy() {
      return total == 0 ? 0 : (double) right / total;
    }
  }

  /** One design's figures. */
  /**
   * One design's figures: template alone (over all printed fields, and over the fields the example
   * also printed), template with the generic extractor filling the fields the template has no rule
   * for (as {@link DocumentProcessor} merges them by priority), and the generic extractor alone.
   */
  public record Row(
      String design,
      String locale,
      int induced,
      Score sameLocale,
      Score sameLocaleExampleFields,
      Score sameLocaleWithGeneric,
      Score sameLocaleGenericAlone,
      Score otherLocales,
      Score otherLocalesWithGeneric) {}

  private final GenericInvoiceExtractor generic = new GenericInvoiceExtractor();

  private static final boolean VERBOSE = Boolean.getBoolean("induction.verbose");

  /** Design id prefixes ({@code d21,d31}) to evaluate alone, from {@code -Dinduction.designs}. */
  private static final java.util.Set<String> ONLY =
      java.util.Set.of(System.getProperty("induction.designs", "").split(",")).stream()
          .filter(x -> !x.isBlank())
          .collect(java.util.stream.Collectors.toSet());

  /** Invoices drawn at most per design while looking for the vendor's numbering scheme. */
  static final int MAX_DRAWS = 5000;

  private final InvoiceGenerator generator = new InvoiceGenerator();

  /**
   * A processor that only reads PDF text layers into documents: no OCR, layout, extractors or
   * calibrator. The caller closes it.
   */
  static DocumentProcessor textLayerReader() {
    return DocumentProcessor.builder()
        .ocrMode(OcrMode.OFF)
        .noLayout()
        .extractorProviders(List.of())
        .calibratorProviders(List.of())
        .build();
  }

  /** Evaluates the first {@code designs} designs with {@code n} test invoices per row. */
  public List<Row> run(int n, long seed, int designs) throws Exception {
    List<Row> rows = new ArrayList<>();
    List<Design> all = Designs.all();
    try (FontLibrary fonts = new FontLibrary();
        DocumentProcessor processor = textLayerReader()) {
      InvoiceRenderer renderer = new InvoiceRenderer(fonts);
      for (int d = 0; d < Math.min(designs, all.size()); d++) {
        Design design = all.get(d);
        if (!ONLY.isEmpty() && !ONLY.contains(design.id().substring(0, 3))) {
          continue;
        }
        String locale = SynthLocales.IDS.get(d % SynthLocales.IDS.size());
        InvoiceSpec first = generator.generate(seed + d, 0, locale);
        Sample example = sample(processor, renderer, design, first, 0);
        Map<FieldKey, String> given = reviewed(example.truth);
        RectoTemplate template =
            TemplateInducer.induce(design.id(), design.id(), example.document, given);
        if (VERBOSE) {
          System.out.println(dev.recto.templates.recto.RectoTemplateWriter.write(template));
          if (Boolean.getBoolean("induction.dumpExample")) {
            System.out.println(LayoutText.of(example.document).text());
          }
        }
        Score[] same = {Score.ZERO, Score.ZERO, Score.ZERO, Score.ZERO};
        Score[] other = {Score.ZERO, Score.ZERO, Score.ZERO, Score.ZERO};
        java.util.Set<FieldKey> shown = given.keySet();
        int found = 0;
        for (int i = 1; found < n && i < MAX_DRAWS; i++) {
          InvoiceSpec next = generator.generate(seed + d, i, locale);
          if (sameNumbering(first, next)) {
            found++;
            add(
                same,
                template,
                shown,
                sample(processor, renderer, design, sameVendor(first, next), i));
          }
        }
        List<String> others = new ArrayList<>(SynthLocales.IDS);
        others.remove(locale);
        for (int i = 0; i < n; i++) {
          String l = others.get(i % others.size());
          InvoiceSpec spec = generator.generate(seed + d, MAX_DRAWS + i, l);
          add(other, template, shown, sample(processor, renderer, design, spec, MAX_DRAWS + i));
        }
        rows.add(
            new Row(
                design.id(),
                locale,
                template.fields().size(),
                same[0],
                same[3],
                same[1],
                same[2],
                other[0],
                other[1]));
      }
    }
    return rows;
  }

  private record Sample(Document document, Truth truth) {}

  private Sample sample(
      DocumentProcessor processor,
      InvoiceRenderer renderer,
      Design design,
      InvoiceSpec spec,
      int index) {
    String name = String.format(Locale.ROOT, "ind-%s-%04d", design.id(), index);
    InvoiceRenderer.Rendered r = renderer.render(spec, design, name);
    Document doc =
        processor
            .process(DocumentSource.of(r.pdf(), name + ".pdf"))
            .documentIfPresent()
            .orElseThrow();
    return new Sample(doc, r.truth());
  }

  /**
   * Invoice {@code next} as the example's vendor would issue it: the vendor's party, labels,
   * currency, date pattern and payment details (bank, terms) from {@code first}; number, dates,
   * customer, items and totals from {@code next}.
   */
  public static InvoiceSpec sameVendor(InvoiceSpec first, InvoiceSpec next) {
    return new InvoiceSpec(
        first.locale(),
        next.invoiceId(),
        next.invoiceDate(),
        next.dueDate(),
        next.purchaseOrder(),
        next.customerId(),
        first.vendor(),
        next.customer(),
        first.currency(),
        first.currencyAsCode(),
        first.datePattern(),
        next.items(),
        next.totals(),
        first.payment(),
        first.labels(),
        next.inconsistency(),
        next.shipTo());
  }

  /** True when the invoice, customer and order numbers are written in the same scheme. */
  public static boolean sameNumbering(InvoiceSpec a, InvoiceSpec b) {
    return shape(a.invoiceId()).equals(shape(b.invoiceId()))
        && shape(a.customerId()).equals(shape(b.customerId()))
        && shape(a.purchaseOrder()).equals(shape(b.purchaseOrder()));
  }

  /** Letters as {@code A}, digits as {@code 9}, runs collapsed; null as the empty string. */
  static String shape(String id) {
    if (id == null) {
      return "";
    }
    return id.replaceAll("\\p{L}+", "A").replaceAll("\\d+", "9");
  }

  /**
   * The values a reviewer gives with the example: every field of its truth that has a value,
   * printed or not (the total tax of an invoice that prints one tax line per rate and no total is
   * known to a reviewer, who adds the lines).
   */
  static Map<FieldKey, String> reviewed(Truth truth) {
    Map<FieldKey, String> out = new EnumMap<>(FieldKey.class);
    for (Map.Entry<FieldKey, Truth.FieldTruth> e : truth.fields().entrySet()) {
      if (e.getValue().value() != null) {
        out.put(e.getKey(), e.getValue().value());
      }
    }
    return out;
  }

  /** The printed fields of a truth with their normalized values. */
  public static Map<FieldKey, String> values(Truth truth) {
    Map<FieldKey, String> out = new EnumMap<>(FieldKey.class);
    for (Map.Entry<FieldKey, Truth.FieldTruth> e : truth.fields().entrySet()) {
      if (e.getValue().value() != null && e.getValue().raw() != null) {
        out.put(e.getKey(), e.getValue().value());
      }
    }
    return out;
  }

  private void add(
      Score[] scores, RectoTemplate template, java.util.Set<FieldKey> shown, Sample s) {
    InvoiceFields found =
        TemplateExtractor.extract(template, s.document, LayoutText.of(s.document));
    scores[0] = scores[0].plus(score(found, s, null, VERBOSE));
    InvoiceFields alone = generic.extract(s.document);
    Map<FieldKey, ExtractedField> merged = new EnumMap<>(FieldKey.class);
    merged.putAll(alone.fields());
    merged.putAll(found.fields());
    scores[1] = scores[1].plus(score(new InvoiceFields(merged, List.of()), s, null, false));
    scores[2] = scores[2].plus(score(alone, s, null, false));
    scores[3] = scores[3].plus(score(found, s, shown, false));
  }

  private static Score score(
      InvoiceFields found, Sample s, java.util.Set<FieldKey> only, boolean verbose) {
    int right = 0;
    Map<FieldKey, String> truth = new EnumMap<>(FieldKey.class);
    truth.putAll(values(s.truth));
    if (only != null) {
      truth.keySet().retainAll(only);
    }
    for (Map.Entry<FieldKey, String> e : truth.entrySet()) {
      ExtractedField f = found.fields().get(e.getKey());
      if (f != null && FieldComparison.matches(e.getKey().type(), e.getValue(), f.value())) {
        right++;
      }
    }
    if (verbose) {
      for (Map.Entry<FieldKey, String> e : truth.entrySet()) {
        ExtractedField f = found.fields().get(e.getKey());
        String got = f == null ? null : f.value();
        if (got == null || !FieldComparison.matches(e.getKey().type(), e.getValue(), got)) {
          if (System.getProperty("induction.dump", "").equals(s.truth.name())) {
            System.out.println(LayoutText.of(s.document).text());
          }
          System.out.printf(
              "  %s %s: want %s got %s%n",
              s.truth.name(), e.getKey().jsonName(), e.getValue(), got);
        }
      }
    }
    return new Score(right, truth.size());
  }

  /** Prints the per-design table as Markdown. */
  public static void main(String[] args) throws Exception {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 20;
    long seed = args.length > 1 ? Long.parseLong(args[1]) : 2026L;
    int designs = args.length > 2 ? Integer.parseInt(args[2]) : Integer.MAX_VALUE;
    List<Row> rows = new InductionEvaluation().run(n, seed, designs);
    System.out.println(
        "| design | locale | fields induced | same locale: template | template, fields the example"
            + " shows | template + generic | generic alone | other locales: template"
            + " | template + generic |");
    System.out.println("|---|---|---|---|---|---|---|---|---|");
    Score[] sum = new Score[6];
    java.util.Arrays.fill(sum, Score.ZERO);
    for (Row r : rows) {
      Score[] s = {
        r.sameLocale(),
        r.sameLocaleExampleFields(),
        r.sameLocaleWithGeneric(),
        r.sameLocaleGenericAlone(),
        r.otherLocales(),
        r.otherLocalesWithGeneric()
      };
      StringBuilder line = new StringBuilder();
      line.append("| ").append(r.design()).append(" | ").append(r.locale()).append(" | ");
      line.append(r.induced()).append(" |");
      for (int i = 0; i < s.length; i++) {
        line.append(cell(s[i], false));
        sum[i] = sum[i].plus(s[i]);
      }
      System.out.println(line);
    }
    StringBuilder line = new StringBuilder("| **all** | | |");
    for (Score x : sum) {
      line.append(cell(x, true));
    }
    System.out.println(line);
  }

  private static String cell(Score s, boolean bold) {
    String a = String.format(Locale.ROOT, "%.3f", s.accuracy());
    return String.format(
        Locale.ROOT, " %s (%d/%d) |", bold ? "**" + a + "**" : a, s.right(), s.total());
  }
}
