package dev.recto.templates.recto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.recto.core.error.TemplateException;
import dev.recto.core.field.ExtractedField;
import dev.recto.core.field.FieldKey;
import dev.recto.core.model.Document;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Regex fields with several patterns reduced by a {@link Grouping}. */
class GroupingRuleTest {

  static Document invoice() {
    return new Pages()
        .text(50, 40, "Facture")
        .text(50, 80, "Issued 20.03.2023")
        .text(50, 100, "Delivered 04.04.2023")
        .text(50, 120, "Ordered 01.03.2023")
        .text(50, 200, "Tax A 10.00")
        .text(50, 214, "Tax B 0.00")
        .text(50, 228, "Tax C 2.50")
        .text(50, 260, "Ref AB1")
        .text(50, 274, "Ref CD2")
        .document();
  }

  static ExtractedField run(FieldKey key, Grouping g, String... regexes) {
    Document doc = invoice();
    FieldRule rule =
        new FieldRule(
            key,
            new Locator.Regex(List.of(regexes).stream().map(Pattern::compile).toList()),
            null,
            ParseOptions.NONE,
            false,
            g);
    RectoTemplate t = TextPreparationRuleTest.template(TextOptions.NONE, rule);
    return TemplateExtractor.extract(t, doc, LayoutText.of(doc)).fields().get(key);
  }

  @Test
  void minAndMaxCompareDatesAsDates() {
    String date = "(\\d\\d\\.\\d\\d\\.\\d{4})";
    assertThat(run(FieldKey.INVOICE_DATE, Grouping.MIN, date).value()).isEqualTo("2023-03-01");
    assertThat(run(FieldKey.INVOICE_DATE, Grouping.MAX, date).value()).isEqualTo("2023-04-04");
    assertThat(run(FieldKey.INVOICE_DATE, Grouping.LAST, date).value()).isEqualTo("2023-03-01");
    assertThat(run(FieldKey.INVOICE_DATE, null, date).value()).isEqualTo("2023-03-20");
  }

  @Test
  void sumAddsEveryMatchDropsZerosAndKeepsEachWordsProvenance() {
    ExtractedField tax = run(FieldKey.TOTAL_TAX, Grouping.SUM, "Tax \\w ([\\d.]+)");
    assertThat(tax.value()).isEqualTo("12.50");
    assertThat(tax.provenance()).hasSize(2);
    assertThat(run(FieldKey.TOTAL_TAX, Grouping.MIN, "Tax \\w ([\\d.]+)").value())
        .isEqualTo("2.50");
  }

  @Test
  void patternsAreTakenInOrderAndJoinJoinsTheirValues() {
    ExtractedField ref = run(FieldKey.PURCHASE_ORDER, Grouping.JOIN, "Ref (CD\\d)", "Ref (AB\\d)");
    assertThat(ref.value()).isEqualTo("CD2 AB1");
    assertThat(run(FieldKey.PURCHASE_ORDER, null, "Ref (XY\\d)", "Ref (AB\\d)").value())
        .isEqualTo("AB1");
    assertThat(run(FieldKey.PURCHASE_ORDER, Grouping.FIRST, "Nothing (\\d)")).isNull();
  }

  @Test
  void aGroupIsForRegexLocatorsAndSumForMoney() {
    assertThatThrownBy(
            () ->
                new FieldRule(
                    FieldKey.PURCHASE_ORDER,
                    new Locator.Regex(Pattern.compile("x")),
                    null,
                    ParseOptions.NONE,
                    false,
                    Grouping.SUM))
        .isInstanceOf(IllegalArgumentException.class);
    String head = "issuer: X\nmatch:\n  keywords: [Facture]\nfields:\n";
    assertThatThrownBy(
            () ->
                RectoTemplateLoader.parse(
                    "x.yml",
                    "x",
                    head
                        + "  InvoiceId:\n    anchor: {label: Ref, direction: right}\n"
                        + "    group: first\n"))
        .isInstanceOf(TemplateException.class)
        .hasMessageContaining("x.yml")
        .hasMessageContaining("fields.InvoiceId.group");
    assertThatThrownBy(
            () ->
                RectoTemplateLoader.parse(
                    "x.yml", "x", head + "  InvoiceId:\n    regex: [a, '(']\n"))
        .isInstanceOf(TemplateException.class)
        .hasMessageContaining("fields.InvoiceId.regex[1]");
    assertThatThrownBy(
            () ->
                RectoTemplateLoader.parse(
                    "x.yml", "x", head + "  InvoiceId:\n    regex: a\n    group: median\n"))
        .isInstanceOf(TemplateException.class)
        .hasMessageContaining("fields.InvoiceId.group")
        .hasMessageContaining("median");
  }

  @Test
  void severalPatternsAndTheGroupSurviveWritingAndReading() {
    String yaml =
        "issuer: X\nmatch:\n  keywords: [Facture]\nfields:\n"
            + "  TotalTax:\n    regex: ['Tax A ([\\d.]+)', 'Tax C ([\\d.]+)']\n    group: sum\n";
    RectoTemplate t = RectoTemplateLoader.parse("x.yml", "x", yaml);
    FieldRule r = t.fields().get(FieldKey.TOTAL_TAX);
    assertThat(r.group()).isEqualTo(Grouping.SUM);
    assertThat(((Locator.Regex) r.locator()).patterns()).hasSize(2);
    String written = RectoTemplateWriter.write(t);
    RectoTemplate back = RectoTemplateLoader.parse("x.yml", "x", written);
    assertThat(RectoTemplateWriter.write(back)).isEqualTo(written);
    Document doc = invoice();
    assertThat(
            TemplateExtractor.extract(back, doc, LayoutText.of(doc))
                .fields()
                .get(FieldKey.TOTAL_TAX)
                .value())
        .isEqualTo("12.50");
  }
}
