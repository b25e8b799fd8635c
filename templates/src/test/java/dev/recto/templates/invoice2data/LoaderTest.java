package dev.recto.templates.invoice2data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.recto.core.error.ErrorCode;
import dev.recto.core.error.TemplateException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LoaderTest {

  @TempDir Path dir;

  private static Invoice2DataTemplate yaml(String text) {
    return Invoice2DataLoader.parse("t.yml", "t.yml", text);
  }

  private static TemplateException error(String name, String text) {
    try {
      Invoice2DataLoader.parse("dir/" + name, name, text);
    } catch (TemplateException e) {
      return e;
    }
    throw new AssertionError("no error for " + text);
  }

  @Test
  void readsAllPartsWithInvoice2DatasDefaults() {
    Invoice2DataTemplate t =
        yaml(
            """
            keywords: ACME
            fields:
              amount: Total (\\d+)
              static_vat: NL123
              ref: {parser: static, value: 04080176}
              due: {parser: static, value: 2023-03-01}
              n: {parser: static, value: 7740001454}
              total: {parser: regex, regex: ['a(\\d)', 'b(\\d)'], type: float, group: sum}
              items: {parser: lines, start: S, end: E, line: '(?P<x>\\w+)'}
              odd: {parser: nope}
            lines: {start: A, end: B, line: '(?P<y>\\d)'}
            tables: [{start: C, end: D, body: '(?P<z>\\w)'}]
            """);
    assertThat(t.issuer()).isEqualTo("ACME");
    assertThat(t.priority()).isEqualTo(5);
    assertThat(t.options()).isEqualTo(Options.defaults());
    assertThat(t.effectiveRequiredFields())
        .containsExactly("date", "amount", "invoice_number", "issuer");
    assertThat(t.fields()).hasSize(8);
    FieldRule.Regex amount = (FieldRule.Regex) t.fields().get(0);
    assertThat(amount.legacy()).isTrue();
    assertThat(amount.type()).contains(ValueType.FLOAT);
    assertThat(t.fields().get(1))
        .isEqualTo(new FieldRule.Static("vat", new Value.Text("NL123"), true));
    assertThat(((FieldRule.Static) t.fields().get(2)).value())
        .isEqualTo(new Value.Text("04080176"));
    assertThat(((FieldRule.Static) t.fields().get(3)).value())
        .isEqualTo(new Value.DateTime(LocalDateTime.of(2023, 3, 1, 0, 0)));
    assertThat(((FieldRule.Static) t.fields().get(4)).value())
        .isEqualTo(new Value.Int(7740001454L));
    FieldRule.Regex total = (FieldRule.Regex) t.fields().get(5);
    assertThat(total.regexes()).hasSize(2);
    assertThat(total.grouping()).contains(Grouping.SUM);
    assertThat(t.fields().get(6)).isInstanceOf(FieldRule.Lines.class);
    assertThat(t.fields().get(7)).isInstanceOf(FieldRule.Ignored.class);
    assertThat(t.lines()).hasSize(1);
    assertThat(t.tables()).hasSize(1);
  }

  @Test
  void readsJsonTemplates() {
    Invoice2DataTemplate t =
        Invoice2DataLoader.parse(
            "x.json",
            "x.json",
            "{\"issuer\": \"X\", \"keywords\": [\"a\"], \"priority\": 7,"
                + " \"fields\": {\"amount\": \"T (\\\\d+)\"},"
                + " \"options\": {\"remove_whitespace\": true, \"currency\": \"INR\"},"
                + " \"required_fields\": [\"amount\"]}");
    assertThat(t.priority()).isEqualTo(7);
    assertThat(t.options().removeWhitespace()).isTrue();
    assertThat(t.options().currency()).isEqualTo("INR");
    assertThat(t.requiredFields()).contains(List.of("amount"));
  }

  @Test
  void errorsNameTheFileAndTheFieldPath() {
    TemplateException e =
        error(
            "bad.yml",
            "keywords: [a]\nfields:\n  total:\n    parser: regex\n    regex: [ok, '(bad']\n");
    assertThat(e.file()).isEqualTo("dir/bad.yml");
    assertThat(e.fieldPath()).isEqualTo("fields.total.regex[1]");
    assertThat(e.code()).isEqualTo(ErrorCode.TEMPLATE_ERROR);
    assertThat(e.getMessage())
        .contains("dir/bad.yml")
        .contains("fields.total.regex[1]")
        .contains("(bad");

    assertThat(error("a.yml", "fields: {}\n").fieldPath()).isEqualTo("keywords");
    assertThat(
            error("b.yml", "keywords: [a]\nfields:\n  x: {parser: regex, regex: a, type: money}\n")
                .fieldPath())
        .isEqualTo("fields.x.type");
    assertThat(
            error("c.yml", "keywords: [a]\nfields:\n  x: {parser: lines, start: a, end: b}\n")
                .fieldPath())
        .isEqualTo("fields.x.line");
    assertThat(error("d.yml", "keywords: [a]\noptions:\n  replace: [[a]]\n").fieldPath())
        .isEqualTo("options.replace[0]");
    assertThat(error("e.yml", "keywords: ['(']\n").fieldPath()).isEqualTo("keywords[0]");
    assertThat(error("f.yml", "keywords: [a]\ntables:\n  - {start: a, body: b}\n").fieldPath())
        .isEqualTo("tables[0].end");
    assertThat(error("g.json", "{\"keywords\": [").getMessage()).contains("invalid JSON");
    assertThat(error("h.yml", "keywords: [a\n").getMessage()).contains("invalid YAML");
  }

  @Test
  void unsafeYamlTagsAreRefused() {
    TemplateException e =
        error("evil.yml", "keywords: [a]\nx: !!javax.script.ScriptEngineManager []\n");
    assertThat(e.getMessage()).contains("invalid YAML");
  }

  @Test
  void loadSetsAsideInvalidFilesAndOrdersByPriority() throws Exception {
    Files.createDirectories(dir.resolve("b"));
    Files.writeString(dir.resolve("a.yml"), "issuer: A\nkeywords: [Invoice]\n");
    Files.writeString(dir.resolve("b/b.yml"), "issuer: B\nkeywords: [Invoice]\npriority: 6\n");
    Files.writeString(dir.resolve("c.yml"), "issuer: C\nkeywords: ['(']\n");
    Files.writeString(dir.resolve("notes.txt"), "not a template");
    Invoice2DataTemplates set = Invoice2DataTemplates.load(dir);
    assertThat(set.templates()).extracting(Invoice2DataTemplate::issuer).containsExactly("B", "A");
    assertThat(set.rejected())
        .singleElement()
        .satisfies(e -> assertThat(e.file()).endsWith("c.yml"));
    assertThat(set.match("Invoice").map(Invoice2DataTemplate::issuer)).isEqualTo(Optional.of("B"));
    assertThatThrownBy(() -> Invoice2DataTemplates.loadStrict(dir))
        .isInstanceOf(TemplateException.class)
        .hasMessageContaining("c.yml");
  }
}
