package dev.recto.templates.recto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.recto.core.error.TemplateException;
import dev.recto.core.field.FieldKey;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class RectoTemplateLoaderTest {

  @Test
  void theDocumentedExampleLoads() {
    Path example = Path.of("../docs/template-examples/acme-tools.yml");
    if (!Files.exists(example)) {
      example = Path.of("docs/template-examples/acme-tools.yml");
    }
    RectoTemplate t = RectoTemplateLoader.load(example);
    assertThat(t.name()).isEqualTo("acme-tools");
    assertThat(t.match().keywords()).containsExactly("ACME Tools GmbH", "DE123456789");
    assertThat(t.match().layout()).hasSize(1);
    assertThat(t.fields()).containsKeys(FieldKey.INVOICE_ID, FieldKey.VENDOR_NAME);
    assertThat(t.lineItems()).hasSize(1);
  }

  @Test
  void everyExampleInTheDocsLoads() throws java.io.IOException {
    Path dir = Path.of("../docs/template-examples");
    if (!Files.isDirectory(dir)) {
      dir = Path.of("docs/template-examples");
    }
    try (var files = Files.list(dir)) {
      List<Path> yml = files.filter(p -> p.toString().endsWith(".yml")).toList();
      assertThat(yml).hasSizeGreaterThanOrEqualTo(2);
      for (Path f : yml) {
        assertThat(RectoTemplateLoader.load(f).fields()).as(f.toString()).isNotEmpty();
      }
    }
  }

  @Test
  void errorsNameTheFileAndTheFieldPath() {
    assertThatThrownBy(() -> parse("issuer: A\nmatch: {keywords: [A]}\nfields: {Totl: {regex: x}}"))
        .isInstanceOf(TemplateException.class)
        .hasMessageContaining("t.yml: fields.Totl: unknown field");
    assertThatThrownBy(
            () -> parse("issuer: A\nmatch: {keywords: [A]}\nfields: {InvoiceTotal: {regex: '(x'}}"))
        .isInstanceOfSatisfying(
            TemplateException.class,
            e -> {
              assertThat(e.file()).isEqualTo("t.yml");
              assertThat(e.fieldPath()).isEqualTo("fields.InvoiceTotal.regex");
            });
    assertThatThrownBy(
            () ->
                parse(
                    "issuer: A\nmatch: {keywords: [A]}\n"
                        + "fields: {InvoiceTotal: {anchor: {label: T, direction: up}}}"))
        .hasMessageContaining("fields.InvoiceTotal.anchor.direction");
    assertThatThrownBy(() -> parse("issuer: A\nmatch: {keywrds: [A]}"))
        .hasMessageContaining("match: unknown key 'keywrds'");
    assertThatThrownBy(() -> parse("issuer: A\nmatch: {}"))
        .hasMessageContaining("at least one keyword or regex");
  }

  @Test
  void yamlTagsThatBuildObjectsAreRefused() {
    assertThatThrownBy(() -> parse("issuer: !!java.io.File /tmp\nmatch: {keywords: [A]}"))
        .isInstanceOf(TemplateException.class)
        .hasMessageContaining("invalid YAML");
  }

  @Test
  void anInvalidLineItemRowRegexIsATemplateError() {
    // Found by TemplateLoaderFuzzTest#rectoYaml (finding 2): it escaped as PatternSyntaxException.
    assertThatThrownBy(
            () ->
                parse(
                    "issuer: A\nmatch: {keywords: [A]}\n"
                        + "line_items: {start: Pos, row: '^(?<Amount>[\\d.]+))$'}"))
        .isInstanceOf(TemplateException.class)
        .hasMessageContaining("line_items.row")
        .hasMessageContaining("invalid regular expression");
  }

  @Test
  void theSchemaIsOnTheClassPath() {
    assertThat(RectoTemplateLoader.class.getResource(RectoTemplateLoader.SCHEMA_RESOURCE))
        .isNotNull();
  }

  private static RectoTemplate parse(String yaml) {
    return RectoTemplateLoader.parse("t.yml", "t", yaml);
  }
}
