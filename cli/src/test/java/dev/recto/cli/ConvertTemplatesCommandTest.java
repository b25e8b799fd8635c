package dev.recto.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.recto.core.field.FieldKey;
import dev.recto.templates.recto.RectoTemplate;
import dev.recto.templates.recto.RectoTemplateLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConvertTemplatesCommandTest {

  static final String ACME =
      """
      issuer: Acme
      keywords: [Acme]
      fields:
        amount: Total\\s+(\\d+\\.\\d+)
        order_id: Order\\s+(\\d+)
        partner_name:
          parser: static
          value: Acme Ltd
      options:
        currency: EUR
      """;

  @Test
  void everyTemplateIsWrittenAsRectoYamlThatLoads(@TempDir Path dir) throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.writeString(in.resolve("acme.yml"), ACME);
    Files.writeString(in.resolve("broken.yml"), "issuer: [unclosed\n");
    Path out = dir.resolve("out");

    ExtractCommandTest.Run r =
        ExtractCommandTest.run(
            "convert-templates", in.toString(), "--out", out.toString(), "--verbose");

    assertThat(r.exitCode()).as(r.err()).isEqualTo(RectoCli.EXIT_SOME_FAILED); // broken.yml
    assertThat(r.out()).contains("acme.yml: 0 not expressed");
    assertThat(r.err()).contains("broken.yml").contains("1 written");
    RectoTemplate t = RectoTemplateLoader.load(out.resolve("acme.yml"));
    assertThat(t.fields()).containsKeys(FieldKey.INVOICE_TOTAL, FieldKey.VENDOR_NAME);
    assertThat(t.customFields()).containsKey("order_id");

    Files.writeString(out.resolve("acme.yml"), "mine");
    ExtractCommandTest.Run again =
        ExtractCommandTest.run("convert-templates", in.toString(), "--out", out.toString());
    assertThat(again.err()).contains("exists: kept");
    assertThat(Files.readString(out.resolve("acme.yml"))).isEqualTo("mine");
  }
}
