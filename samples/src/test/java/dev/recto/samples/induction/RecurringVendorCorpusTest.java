package dev.recto.samples.induction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.recto.core.model.Document;
import dev.recto.core.process.DocumentProcessor;
import dev.recto.core.source.DocumentSource;
import dev.recto.templates.recto.RectoTemplate;
import dev.recto.templates.recto.RectoTemplateLoader;
import dev.recto.templates.recto.TemplateMatch;
import dev.recto.templates.recto.TemplateMatcher;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecurringVendorCorpusTest {

  @Test
  void eachVendorsLaterInvoicesMatchTheTemplateInducedFromItsFirst(@TempDir Path dir)
      throws Exception {
    Path templatesDir = dir.resolve("templates");
    RecurringVendorCorpus.Summary s =
        RecurringVendorCorpus.write(
            dir,
            templatesDir,
            2,
            11L,
            null,
            d -> d.id().startsWith("d01") || d.id().startsWith("d02"));

    assertThat(s).isEqualTo(new RecurringVendorCorpus.Summary(2, 4));
    List<RectoTemplate> templates = new ArrayList<>();
    try (Stream<Path> files = Files.list(templatesDir)) {
      files.sorted().forEach(f -> templates.add(RectoTemplateLoader.load(f)));
    }
    assertThat(templates).extracting(RectoTemplate::name).containsExactly("rv-d01", "rv-d02");
    TemplateMatcher matcher = new TemplateMatcher(templates);
    ObjectMapper json = new ObjectMapper();
    try (DocumentProcessor processor = InductionEvaluation.textLayerReader()) {
      for (String name : List.of("rv-d01-001", "rv-d01-002", "rv-d02-001", "rv-d02-002")) {
        JsonNode truth = json.readTree(dir.resolve(name + ".truth.json").toFile());
        Document doc =
            processor
                .process(DocumentSource.of(dir.resolve(name + ".pdf")))
                .documentIfPresent()
                .orElseThrow();
        TemplateMatch m = matcher.match(doc).orElseThrow(() -> new AssertionError(name));
        assertThat(m.template().name()).as(name).isEqualTo(name.substring(0, 6));
        assertThat(m.template().issuer())
            .as(name)
            .isEqualTo(truth.get("fields").get("VendorName").get("value").asText());
      }
    }
    assertThat(dir.resolve("rv-d01-003.pdf")).doesNotExist();
    assertThat(dir.resolve("rv-d01-000.pdf")).as("the template's own invoice").doesNotExist();
  }

  @Test
  void sameSeedWritesTheSameFiles(@TempDir Path a, @TempDir Path b) throws Exception {
    RecurringVendorCorpus.write(a, a.resolve("t"), 1, 5L, null, d -> d.id().startsWith("d01"));
    RecurringVendorCorpus.write(b, b.resolve("t"), 1, 5L, null, d -> d.id().startsWith("d01"));
    for (String f : List.of("rv-d01-001.pdf", "rv-d01-001.truth.json", "t/rv-d01.yml")) {
      assertThat(Files.readAllBytes(a.resolve(f)))
          .as(f)
          .isEqualTo(Files.readAllBytes(b.resolve(f)));
    }
  }

  @Test
  void refusesNoInvoicesPerVendor(@TempDir Path dir) {
    assertThatThrownBy(() -> RecurringVendorCorpus.write(dir, dir, 0, 1L, null, d -> true))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("perDesign");
  }
}
