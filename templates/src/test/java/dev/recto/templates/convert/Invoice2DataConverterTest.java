package dev.recto.templates.convert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.recto.core.field.FieldKey;
import dev.recto.extraction.parse.DateOrder;
import dev.recto.templates.invoice2data.Invoice2DataLoader;
import dev.recto.templates.recto.FieldRule;
import dev.recto.templates.recto.Grouping;
import dev.recto.templates.recto.LineItemRule;
import dev.recto.templates.recto.Locator;
import dev.recto.templates.recto.RectoTemplate;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** What the converter now expresses, and what it still lists as not expressed. */
class Invoice2DataConverterTest {

  static final String TEMPLATE =
      """
      issuer: Acme
      keywords: [Acme]
      fields:
        amount: Total\\s+(\\d+\\.\\d+)
        amount_tax:
          parser: regex
          regex:
            - VAT A\\s+(\\d+\\.\\d+)
            - VAT B\\s+(\\d+\\.\\d+)
          group: sum
        date:
          parser: regex
          regex: (\\d+/\\d+/\\d{4})
          group: min
        invoice_number:
          parser: regex
          regex: [No\\.(\\d+), Nr\\.(\\d+)]
        vat:
          parser: static
          value: DE123
        order_id: Order\\s+(\\d+)
      options:
        languages: [en]
        remove_whitespace: true
        lowercase: true
        replace:
          - ['(?P<int>\\d+),(?P<dec>\\d\\d)', '\\g<int>.\\g<dec>']
      """;

  @Test
  void textPreparationPatternsAndGroupsAreConverted() {
    Conversion c =
        Invoice2DataConverter.convert(Invoice2DataLoader.parse("acme.yml", "acme.yml", TEMPLATE));
    RectoTemplate t = c.template();
    assertThat(t.text().removeWhitespace()).isTrue();
    assertThat(t.text().lowercase()).isTrue();
    assertThat(t.text().replace()).hasSize(1);
    assertThat(t.text().replace().get(0).replacement()).isEqualTo("$1.$2");
    assertThat(t.options().dateOrder()).isEqualTo(DateOrder.MDY);

    assertThat(t.fields().get(FieldKey.VENDOR_TAX_ID).locator())
        .isEqualTo(new Locator.Constant("DE123"));

    assertThat(t.customFields()).containsKey("order_id");
    assertThat(t.customFields().get("order_id").type())
        .isEqualTo(dev.recto.core.field.FieldType.TEXT);

    FieldRule tax = t.fields().get(FieldKey.TOTAL_TAX);
    assertThat(tax.group()).isEqualTo(Grouping.SUM);
    assertThat(((Locator.Regex) tax.locator()).patterns()).hasSize(2);
    assertThat(t.fields().get(FieldKey.INVOICE_DATE).group()).isEqualTo(Grouping.MIN);

    assertThat(c.differences())
        .anyMatch(d -> d.contains("'invoice_number'") && d.contains("no group"))
        .noneMatch(d -> d.contains("text preparation"))
        .noneMatch(d -> d.contains("'amount_tax'"));
  }

  @Test
  void pythonReplacementsBecomeJavaOnes() {
    List<String> names = java.util.Arrays.asList("int", null);
    assertThat(PythonReplacement.toJava("\\g<int>-\\2 $5 \\\\", names))
        .isEqualTo("$1-$2 \\$5 \\\\");
    assertThat(PythonReplacement.toJava("a\\tb", names)).isEqualTo("a\tb");
    assertThatThrownBy(() -> PythonReplacement.toJava("\\g<qty>", names))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> PythonReplacement.toJava("\\3", names))
        .isInstanceOf(IllegalArgumentException.class);
    String java = PythonReplacement.toJava("\\g<int>.\\g<dec>", List.of("int", "dec"));
    assertThat(Pattern.compile("(\\d+),(\\d\\d)").matcher("a 12,50").replaceAll(java))
        .isEqualTo("a 12.50");
  }

  static final String LINES_AND_TABLES =
      """
      issuer: Globex
      keywords: [Globex]
      fields:
        partner_name:
          parser: static
          value: Globex BV
        lines:
          parser: lines
          start: Artikel
          end: Totaal
          first_line: '^(?P<name>\\S+)\\s+(?P<qty>\\d+)\\s+(?P<barcode>\\d{6})\\s+(?P<price_subtotal>\\d+,\\d{2})'
          line: '^\\s+(?P<name>\\S.*)$'
          skip_line: Serienummer
          types: {qty: int, price_subtotal: float}
      tables:
        - start: Periode
          end: Einde
          body: 'Van\\s+(?P<date>\\S+)\\s+klant\\s+(?P<client_id>\\d+)'
      """;

  @Test
  void linesTablesAndStaticValuesAreConvertedWithTheirColumnsRenamed() {
    Conversion c =
        Invoice2DataConverter.convert(
            Invoice2DataLoader.parse("globex.yml", "globex.yml", LINES_AND_TABLES));
    RectoTemplate t = c.template();
    assertThat(t.fields().get(FieldKey.VENDOR_NAME).locator())
        .isEqualTo(new Locator.Constant("Globex BV"));
    assertThat(t.lineItems()).hasSize(1);
    LineItemRule lines = t.lineItems().get(0);
    assertThat(lines.mode()).isEqualTo(LineItemRule.Mode.LINES);
    java.util.regex.Matcher first = lines.firstLine().get(0).matcher("Lamp 2 123456 10,00");
    assertThat(first.find()).isTrue();
    assertThat(first.group("Description")).isEqualTo("Lamp");
    assertThat(first.group("Quantity")).isEqualTo("2");
    assertThat(first.group("Amount")).isEqualTo("10,00");
    assertThat(first.group("barcode")).isEqualTo("123456"); // a custom column
    assertThat(lines.rows().get(0).matcher("   warm wit").find()).isTrue();
    assertThat(lines.skipLine()).hasSize(1);
    assertThat(t.tables()).hasSize(1);
    java.util.regex.Matcher row = t.tables().get(0).row().matcher("Van 01.02.2024 klant 4711");
    assertThat(row.find()).isTrue();
    assertThat(row.group("InvoiceDate")).isEqualTo("01.02.2024");
    assertThat(c.differences())
        .noneMatch(d -> d.contains("lines 'lines'"))
        .noneMatch(d -> d.contains("tables"));
    java.util.regex.Matcher client = t.tables().get(0).row().matcher("Van 01.02.2024 klant 4711");
    assertThat(client.find()).isTrue();
    assertThat(client.group("clientId")).isEqualTo("4711");
  }

  @Test
  void renamedGroupsKeepBackReferencesWorking() {
    String java =
        dev.recto.templates.regex.PythonRegex.toJava(
            "(?P<a>x)(?P<b>y)(?P=a)(?P=b)", n -> n.equals("a") ? "Alpha" : null);
    java.util.regex.Matcher m = Pattern.compile(java).matcher("xyxy");
    assertThat(m.matches()).isTrue();
    assertThat(m.group("Alpha")).isEqualTo("x");
    assertThat(m.group(2)).isEqualTo("y");
    assertThat(Pattern.compile(java).matcher("xyxx").matches()).isFalse();
  }
}
