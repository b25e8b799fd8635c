package dev.recto.templates.convert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.recto.core.field.FieldKey;
import dev.recto.extraction.parse.DateOrder;
import dev.recto.templates.invoice2data.Invoice2DataLoader;
import dev.recto.templates.recto.FieldRule;
import dev.recto.templates.recto.Grouping;
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

    FieldRule tax = t.fields().get(FieldKey.TOTAL_TAX);
    assertThat(tax.group()).isEqualTo(Grouping.SUM);
    assertThat(((Locator.Regex) tax.locator()).patterns()).hasSize(2);
    assertThat(t.fields().get(FieldKey.INVOICE_DATE).group()).isEqualTo(Grouping.MIN);

    assertThat(c.differences())
        .anyMatch(d -> d.contains("'vat'") && d.contains("static"))
        .anyMatch(d -> d.contains("'order_id'") && d.contains("no core schema key"))
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
}
