package dev.recto.templates.convert;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.recto.core.field.ExtractedField;
import dev.recto.core.field.FieldKey;
import dev.recto.core.field.InvoiceFields;
import dev.recto.core.model.Document;
import dev.recto.core.process.DocumentProcessor;
import dev.recto.core.process.OcrMode;
import dev.recto.core.source.DocumentSource;
import dev.recto.core.testkit.SharedData;
import dev.recto.extraction.eval.FieldComparison;
import dev.recto.templates.invoice2data.Invoice2DataTemplate;
import dev.recto.templates.invoice2data.Invoice2DataTemplates;
import dev.recto.templates.recto.LayoutText;
import dev.recto.templates.recto.RectoTemplate;
import dev.recto.templates.recto.RectoTemplateLoader;
import dev.recto.templates.recto.RectoTemplateWriter;
import dev.recto.templates.recto.TemplateExtractor;
import dev.recto.templates.recto.TemplateMatch;
import dev.recto.templates.recto.TemplateMatcher;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * invoice2data's 215 templates converted to Recto YAML (written and read back), matched over all
 * converted templates and run on the PDFs of {@code shared/data/invoice2data/compare}: each field
 * both formats express (an invoice2data key with a core schema key) must equal invoice2data's
 * expected output. Differences are printed per file with the converter's list of what it could not
 * express. Skipped when the shared folder is absent.
 */
class ConvertedTemplatesParityTest {

  /**
   * Fields both express that agree, over all PDFs: 51 of 51 (47 before text preparation, groups).
   */
  static final int AGREEING_FIELDS_FLOOR = 51;

  /** PDFs for which the converted templates pick the original's template: 10 of 11 when written. */
  static final int SAME_TEMPLATE_FLOOR = 10;

  @Test
  void convertedTemplatesGiveTheOriginalsResultsForTheFieldsBothExpress() throws IOException {
    Optional<Path> root = SharedData.locate("invoice2data");
    Assumptions.assumeTrue(
        root.isPresent(),
        "shared/data/invoice2data is absent (put invoice2data's templates/ and compare/ there);"
            + " skipping the converter parity test");
    Invoice2DataTemplates originals = Invoice2DataTemplates.load(root.get().resolve("templates"));
    List<RectoTemplate> converted = new ArrayList<>();
    Map<String, List<String>> differences = new java.util.HashMap<>();
    for (Invoice2DataTemplate t : originals.templates()) {
      Conversion c = Invoice2DataConverter.convert(t);
      String yaml = RectoTemplateWriter.write(c.template());
      RectoTemplate back = RectoTemplateLoader.parse(t.name(), c.template().name(), yaml);
      assertThat(RectoTemplateWriter.write(back)).as(t.name()).isEqualTo(yaml);
      converted.add(back);
      differences.put(back.name(), c.differences());
    }
    TemplateMatcher matcher = new TemplateMatcher(converted);
    List<Path> pdfs;
    try (Stream<Path> s = Files.list(root.get().resolve("compare"))) {
      pdfs = s.filter(p -> p.toString().endsWith(".pdf")).sorted().toList();
    }
    ObjectMapper json = new ObjectMapper();
    int agree = 0;
    int compared = 0;
    int sameTemplate = 0;
    try (DocumentProcessor processor =
        DocumentProcessor.builder()
            .ocrMode(OcrMode.OFF)
            .noLayout()
            .extractorProviders(List.of())
            .build()) {
      for (Path pdf : pdfs) {
        Document doc = processor.process(DocumentSource.of(pdf)).documentIfPresent().orElseThrow();
        LayoutText text = LayoutText.of(doc);
        String original = originals.match(text.text()).map(Invoice2DataTemplate::name).orElse("-");
        Optional<TemplateMatch> m = matcher.match(doc, text);
        String name = m.map(x -> x.template().name()).orElse("-");
        if (m.isPresent() && original.startsWith(name)) {
          sameTemplate++;
        }
        InvoiceFields found =
            m.map(x -> TemplateExtractor.extract(x.template(), doc, text))
                .orElse(InvoiceFields.EMPTY);
        JsonNode expected =
            json.readTree(
                    pdf.resolveSibling(pdf.getFileName().toString().replace(".pdf", ".json"))
                        .toFile())
                .get(0);
        List<String> report = new ArrayList<>();
        for (Map.Entry<String, FieldKey> e : Invoice2DataConverter.KEYS.entrySet()) {
          JsonNode want = expected.get(e.getKey());
          if (want == null || !want.isValueNode()) {
            continue;
          }
          if (m.isEmpty() || !m.get().template().fields().containsKey(e.getValue())) {
            continue; // not expressed by the converted template
          }
          compared++;
          ExtractedField got = found.fields().get(e.getValue());
          String value = got == null ? null : got.value();
          if (FieldComparison.matches(e.getValue().type(), want.asText(), value)) {
            agree++;
          } else {
            report.add(e.getKey() + ": expected " + want.asText() + " was " + value);
          }
        }
        System.out.printf(
            "parity %-28s original %-36s converted %-36s %s%n",
            pdf.getFileName(), original, name, report.isEmpty() ? "same" : report);
        m.ifPresent(
            x -> differences.get(x.template().name()).forEach(d -> System.out.println("    " + d)));
      }
    }
    System.out.printf(
        "parity: %d of %d PDFs pick the same template; %d of %d shared fields agree%n",
        sameTemplate, pdfs.size(), agree, compared);
    assertThat(agree).isGreaterThanOrEqualTo(AGREEING_FIELDS_FLOOR);
    assertThat(sameTemplate).isGreaterThanOrEqualTo(SAME_TEMPLATE_FLOOR);
  }
}
