package dev.recto.templates.recto;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import dev.recto.core.testkit.SharedData;
import dev.recto.templates.convert.Invoice2DataConverter;
import dev.recto.templates.invoice2data.Invoice2DataTemplate;
import dev.recto.templates.invoice2data.Invoice2DataTemplates;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The JSON Schema of the template format ({@code template.schema.json}) accepts what the writer
 * writes and the documented examples, and refuses what the loader refuses for shape.
 */
class TemplateSchemaTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static JsonSchema schema() throws IOException {
    try (InputStream in =
        RectoTemplateLoader.class.getResourceAsStream(
            "/dev/recto/templates/recto/template.schema.json")) {
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
    }
  }

  private static JsonNode tree(String yaml) {
    Object plain = new Yaml().load(yaml);
    return JSON.valueToTree(plain);
  }

  @Test
  void writtenTemplatesWithLinesTablesAndStaticValuesValidate() throws IOException {
    JsonSchema schema = schema();
    String tables =
        """
        tables:
          - start: 'Periode'
            end: 'Einde periode'
            row: 'Klant\\s+(?<CustomerId>\\d+)'
        """;
    RectoTemplate t = LinesTablesConstantsTest.template(LinesTablesConstantsTest.LINES + tables);
    assertThat(schema.validate(tree(RectoTemplateWriter.write(t)))).isEmpty();
    assertThat(schema.validate(tree(RectoTemplateWriter.write(TemplateExtractorTest.template()))))
        .isEmpty();
    RectoTemplate custom =
        LinesTablesConstantsTest.template(
            LinesTablesConstantsTest.LINES + LinesTablesConstantsTest.CUSTOM);
    assertThat(schema.validate(tree(RectoTemplateWriter.write(custom)))).isEmpty();
  }

  @Test
  void theDocumentedExamplesValidate() throws IOException {
    JsonSchema schema = schema();
    Path examples = Path.of("..", "docs", "template-examples");
    List<Path> files;
    try (Stream<Path> s = Files.list(examples)) {
      files = s.filter(p -> p.toString().endsWith(".yml")).sorted().toList();
    }
    assertThat(files).isNotEmpty();
    for (Path f : files) {
      assertThat(schema.validate(tree(Files.readString(f)))).as(f.toString()).isEmpty();
    }
  }

  @Test
  void aFieldWithTwoKindsOrAnUnknownKeyIsRefused() throws IOException {
    JsonSchema schema = schema();
    assertThat(
            schema.validate(
                tree(
                    "issuer: X\nmatch: {keywords: [X]}\n"
                        + "fields: {VendorName: {static: X, regex: Y}}\n")))
        .isNotEmpty();
    assertThat(
            schema.validate(
                tree(
                    "issuer: X\nmatch: {keywords: [X]}\nline_items: {start: a, row: b, rows: c}\n")))
        .isNotEmpty();
  }

  @Test
  void everyConvertedInvoice2DataTemplateValidates() throws IOException {
    Optional<Path> root = SharedData.locate("invoice2data");
    org.junit.jupiter.api.Assumptions.assumeTrue(
        root.isPresent(), "shared/data/invoice2data is absent: converted templates not checked");
    JsonSchema schema = schema();
    List<String> invalid = new ArrayList<>();
    int n = 0;
    for (Invoice2DataTemplate t :
        Invoice2DataTemplates.load(root.get().resolve("templates")).templates()) {
      String yaml = RectoTemplateWriter.write(Invoice2DataConverter.convert(t).template());
      if (!schema.validate(tree(yaml)).isEmpty()) {
        invalid.add(t.name() + ": " + schema.validate(tree(yaml)));
      }
      n++;
    }
    assertThat(invalid).isEmpty();
    assertThat(n).isGreaterThan(200);
  }
}
