package dev.recto.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.recto.core.field.ExtractedField;
import dev.recto.core.field.FieldKey;
import dev.recto.core.field.InvoiceFields;
import dev.recto.core.field.LineItem;
import dev.recto.core.field.LineItemKey;
import dev.recto.core.model.BoundingBox;
import dev.recto.core.model.Provenance;
import dev.recto.core.process.DocumentProcessor;
import dev.recto.core.process.OcrMode;
import dev.recto.core.process.ProcessingResult;
import dev.recto.core.source.DocumentSource;
import dev.recto.core.testkit.TestPdfs;
import dev.recto.core.testkit.TestTables;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ResultJsonTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static JsonSchema schema() throws Exception {
    try (InputStream in = ResultJson.class.getResourceAsStream(ResultJson.SCHEMA_RESOURCE)) {
      assertThat(in).as("schema on the class path").isNotNull();
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
    }
  }

  private static DocumentProcessor processor() {
    return DocumentProcessor.builder()
        .ocrMode(OcrMode.AUTO)
        .ocrProviders(List.of())
        .layoutProviders(List.of())
        .extractorProviders(List.of())
        .build();
  }

  @Test
  void successPartialAndFailureAllValidateAgainstTheSchema() throws Exception {
    List<ProcessingResult> results;
    try (DocumentProcessor p = processor()) {
      results =
          List.of(
              p.process(DocumentSource.of(TestPdfs.textPages(List.of("Total 4.11 EUR")), "a.pdf")),
              p.process(DocumentSource.of(TestPdfs.imageOnlyPage(), "scan.pdf")),
              p.process(DocumentSource.of(new byte[] {1, 2, 3}, "junk.bin")));
    }
    String json = ResultJson.toJson(results, true);
    JsonNode node = MAPPER.readTree(json);

    Set<ValidationMessage> errors = schema().validate(node);
    assertThat(errors).isEmpty();
    assertThat(node.get("schemaVersion").asText()).isEqualTo(ResultJson.SCHEMA_VERSION);
    JsonNode docs = node.get("documents");
    assertThat(docs.get(0).get("status").asText()).isEqualTo("SUCCESS");
    assertThat(docs.get(1).get("status").asText()).isEqualTo("PARTIAL_SUCCESS");
    assertThat(docs.get(2).get("status").asText()).isEqualTo("FAILURE");
    assertThat(docs.get(2).get("diagnostics").get(0).get("code").asText())
        .isEqualTo("UNSUPPORTED_FORMAT");
    JsonNode word = docs.get(0).get("pages").get(0).get("words").get(0);
    assertThat(word.get("text").asText()).isEqualTo("Total");
    assertThat(word.get("box")).hasSize(4);
  }

  @Test
  void fieldsAndLineItemsValidateAndKeepFixedPrecision() throws Exception {
    ProcessingResult base;
    try (DocumentProcessor p = processor()) {
      base = p.process(DocumentSource.of(TestPdfs.textPages(List.of("Total 4.11")), "a.pdf"));
    }
    BoundingBox box = new BoundingBox(0.123456789, 0.2, 0.3, 0.25);
    ExtractedField total =
        new ExtractedField(
            "4.11",
            "EUR",
            "4,11 €",
            0.8,
            0.912345,
            List.of(new Provenance(0, box, "test", "m", "1")),
            "test-extractor");
    InvoiceFields invoice =
        new InvoiceFields(
            Map.of(FieldKey.INVOICE_TOTAL, total),
            List.of(new LineItem(Map.of(LineItemKey.AMOUNT, total))));
    ProcessingResult withFields =
        new ProcessingResult(
            base.source(), base.status(), base.diagnostics(), base.document(), invoice);

    JsonNode node = MAPPER.readTree(ResultJson.toJson(List.of(withFields), false));

    assertThat(schema().validate(node)).isEmpty();
    JsonNode field = node.get("documents").get(0).get("fields").get("InvoiceTotal");
    assertThat(field.get("value").asText()).isEqualTo("4.11");
    assertThat(field.get("currency").asText()).isEqualTo("EUR");
    assertThat(field.get("confidence").decimalValue()).isEqualByComparingTo("0.912");
    assertThat(field.get("box").get(0).decimalValue()).isEqualByComparingTo("0.1235");
    assertThat(field.get("raw").asText()).isEqualTo("4,11 €");
    assertThat(node.get("documents").get(0).get("lineItems").get(0).has("Amount")).isTrue();
  }

  @Test
  void customFieldsAreWrittenOnlyWhenPresentAndValidate() throws Exception {
    ProcessingResult base;
    try (DocumentProcessor p = processor()) {
      base = p.process(DocumentSource.of(TestPdfs.textPages(List.of("Order 4711")), "a.pdf"));
    }
    JsonNode plain = MAPPER.readTree(ResultJson.toJson(List.of(base), false));
    assertThat(plain.get("documents").get(0).has("customFields")).isFalse();
    ExtractedField order = dev.recto.core.testkit.TestFields.field("4711", "templates:acme");
    ProcessingResult withCustom =
        new ProcessingResult(
            base.source(),
            base.status(),
            base.diagnostics(),
            base.document(),
            new InvoiceFields(
                Map.of(),
                List.of(new LineItem(Map.of(LineItemKey.AMOUNT, order), Map.of("discount", order))),
                Map.of("order_id", order)));
    JsonNode node = MAPPER.readTree(ResultJson.toJson(List.of(withCustom), false));
    assertThat(schema().validate(node)).isEmpty();
    assertThat(
            node.get("documents").get(0).get("customFields").get("order_id").get("value").asText())
        .isEqualTo("4711");
    assertThat(
            node.get("documents")
                .get(0)
                .get("lineItems")
                .get(0)
                .get("customFields")
                .get("discount")
                .get("value")
                .asText())
        .isEqualTo("4711");
    ((com.fasterxml.jackson.databind.node.ObjectNode)
            node.get("documents").get(0).get("customFields"))
        .set("Order Id", node.get("documents").get(0).get("customFields").get("order_id"));
    assertThat(schema().validate(node)).isNotEmpty();
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> new InvoiceFields(Map.of(), List.of(), Map.of("Order Id", order)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("custom field name");
  }

  @Test
  void alternativesAreWrittenUnderTheirFieldOnlyWhenPresentAndValidate() throws Exception {
    ProcessingResult base;
    try (DocumentProcessor p = processor()) {
      base = p.process(DocumentSource.of(TestPdfs.textPages(List.of("Invoice A-1")), "a.pdf"));
    }
    ExtractedField kept = dev.recto.core.testkit.TestFields.field("A-1", "templates:acme");
    ExtractedField other = dev.recto.core.testkit.TestFields.field("A-7", "recto-generic");
    ProcessingResult r =
        new ProcessingResult(
            base.source(),
            base.status(),
            base.diagnostics(),
            base.document(),
            new InvoiceFields(
                Map.of(FieldKey.INVOICE_ID, kept, FieldKey.INVOICE_TOTAL, other),
                List.of(),
                Map.of(),
                Map.of(FieldKey.INVOICE_ID, List.of(other))));
    JsonNode node = MAPPER.readTree(ResultJson.toJson(List.of(r), false));
    assertThat(schema().validate(node)).isEmpty();
    JsonNode fields = node.get("documents").get(0).get("fields");
    JsonNode alternatives = fields.get(FieldKey.INVOICE_ID.jsonName()).get("alternatives");
    assertThat(alternatives).hasSize(1);
    assertThat(alternatives.get(0).get("value").asText()).isEqualTo("A-7");
    assertThat(alternatives.get(0).get("extractor").asText()).isEqualTo("recto-generic");
    assertThat(fields.get(FieldKey.INVOICE_TOTAL.jsonName()).has("alternatives")).isFalse();
    ((com.fasterxml.jackson.databind.node.ArrayNode) alternatives).removeAll();
    assertThat(schema().validate(node)).isNotEmpty();
  }

  @Test
  void tableRegionsWriteTheirGridAndValidate() throws Exception {
    ProcessingResult base;
    try (DocumentProcessor p = processor()) {
      base = p.process(DocumentSource.of(TestPdfs.textPages(List.of("Qty 2 4.11")), "a.pdf"));
    }
    JsonNode node =
        MAPPER.readTree(ResultJson.toJson(List.of(TestTables.withOneRowTable(base)), false));

    assertThat(schema().validate(node)).isEmpty();
    JsonNode table = node.get("documents").get(0).get("pages").get(0).get("regions").get(0);
    assertThat(table.get("type").asText()).isEqualTo("TABLE");
    assertThat(table.get("table").get("rows")).hasSize(1);
    assertThat(table.get("table").get("columns")).hasSize(3);
    JsonNode cells = table.get("table").get("cells");
    assertThat(cells).hasSize(3);
    assertThat(cells.get(2).get("text").asText()).isEqualTo("4.11");
    assertThat(cells.get(2).get("column").asInt()).isEqualTo(2);

    JsonNode plain = MAPPER.readTree(ResultJson.toJson(List.of(base), false));
    for (JsonNode r : plain.get("documents").get(0).get("pages").get(0).get("regions")) {
      assertThat(r.has("table")).isFalse();
    }
    ((com.fasterxml.jackson.databind.node.ObjectNode) cells.get(0)).remove("text");
    assertThat(schema().validate(node)).isNotEmpty();
  }

  @Test
  void schemaRejectsWhatItShould() throws Exception {
    JsonNode bad =
        MAPPER.readTree(
            "{\"schemaVersion\":\"1.2\",\"documents\":[{\"source\":\"a\",\"status\":\"DONE\","
                + "\"diagnostics\":[],\"pages\":[],\"fields\":{\"Totl\":{}},\"lineItems\":[]}]}");
    assertThat(schema().validate(bad)).isNotEmpty();
  }

  @Test
  void roundingIsHalfUpWithoutTrailingZeros() {
    assertThat(ResultJson.round(0.12345, 4).toPlainString()).isEqualTo("0.1235");
    assertThat(ResultJson.round(1.0, 4).toPlainString()).isEqualTo("1");
    assertThat(ResultJson.round(612.0, 2).toPlainString()).isEqualTo("612");
  }
}
