package dev.recto.templates.recto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.recto.core.error.TemplateException;
import dev.recto.core.field.ExtractedField;
import dev.recto.core.field.FieldKey;
import dev.recto.core.model.Document;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Money fields that add the amounts beside every occurrence of one label (one tax line a rate). */
class SummingRuleTest {

  /** Two tax lines and no total tax; "Total excl. VAT" also holds the label word, mid-phrase. */
  static Document twoRates() {
    return new Pages()
        .text(50, 40, "Invoice")
        .text(300, 400, "Total excl. VAT")
        .text(450, 400, "1,000.00")
        .text(300, 414, "VAT 19%")
        .text(450, 414, "EUR 190.00")
        .text(300, 428, "VAT 7%")
        .text(450, 428, "EUR 7.00")
        .text(300, 442, "Total")
        .text(450, 442, "1,197.00")
        .text(50, 600, "VAT ID DE123456789")
        .document();
  }

  static Document oneRate() {
    return new Pages()
        .text(50, 40, "Invoice")
        .text(300, 400, "Total excl. VAT")
        .text(450, 400, "2,000.00")
        .text(300, 414, "VAT 19%")
        .text(450, 414, "EUR 380.00")
        .text(300, 428, "Total")
        .text(450, 428, "2,380.00")
        .document();
  }

  @Test
  void inducedFromTwoTaxLinesTheRuleSumsThemAndReadsASingleOneAlone() {
    Map<FieldKey, String> truth =
        Map.of(
            FieldKey.SUB_TOTAL, "1000.00",
            FieldKey.TOTAL_TAX, "197.00",
            FieldKey.INVOICE_TOTAL, "1197.00");
    RectoTemplate t = TemplateInducer.induce("v", "Vendor", twoRates(), truth);

    FieldRule tax = t.fields().get(FieldKey.TOTAL_TAX);
    assertThat(tax).isNotNull();
    assertThat(tax.sum()).isTrue();
    assertThat(((Locator.Anchor) tax.locator()).label()).isEqualTo("VAT");

    Document example = twoRates();
    ExtractedField back =
        TemplateExtractor.extract(t, example, LayoutText.of(example))
            .fields()
            .get(FieldKey.TOTAL_TAX);
    assertThat(back.value()).isEqualTo("197.00");
    assertThat(back.provenance()).hasSize(2);

    Document next = oneRate();
    assertThat(
            TemplateExtractor.extract(t, next, LayoutText.of(next))
                .fields()
                .get(FieldKey.TOTAL_TAX)
                .value())
        .isEqualTo("380.00");
  }

  @Test
  void theSumFlagSurvivesWritingAndReading() {
    RectoTemplate t =
        TemplateInducer.induce(
            "v",
            "Vendor",
            twoRates(),
            Map.of(FieldKey.TOTAL_TAX, "197.00", FieldKey.INVOICE_TOTAL, "1197.00"));
    String yaml = RectoTemplateWriter.write(t);
    assertThat(yaml).contains("sum: true");
    RectoTemplate back = RectoTemplateLoader.parse("v.yml", "v", yaml);
    assertThat(back.fields().get(FieldKey.TOTAL_TAX).sum()).isTrue();
  }

  @Test
  void sumIsRefusedOnNonMoneyFieldsAndWithoutAnAnchor() {
    assertThatThrownBy(
            () ->
                RectoTemplateLoader.parse(
                    "x.yml",
                    "x",
                    """
                    issuer: X
                    match: {keywords: [X]}
                    fields:
                      InvoiceId: {anchor: {label: No, direction: right}, sum: true}
                    """))
        .isInstanceOf(TemplateException.class)
        .hasMessageContaining("fields.InvoiceId.sum");
    assertThatThrownBy(
            () ->
                RectoTemplateLoader.parse(
                    "x.yml",
                    "x",
                    """
                    issuer: X
                    match: {keywords: [X]}
                    fields:
                      TotalTax: {regex: 'VAT (\\d+)', sum: true}
                    """))
        .isInstanceOf(TemplateException.class)
        .hasMessageContaining("anchor");
  }

  @Test
  void aValueRepeatedInALaterPagesRunningHeadIsAnchoredOnTheFirstPage() {
    // page 1: "Invoice no." above the number; page 2 repeats "Invoice 4711 (continued)"
    var first =
        new Pages()
            .text(50, 40, "ACME")
            .text(350, 100, "Invoice no.")
            .text(350, 114, "4711")
            .document()
            .pages()
            .get(0);
    var second = new Pages().text(300, 40, "Invoice 4711 (continued)").document().pages().get(0);
    Document twoPages =
        new Document(
            "t.pdf",
            dev.recto.core.model.InputFormat.PDF,
            java.util.List.of(
                first,
                dev.recto.core.model.Page.of(
                    1,
                    second.width(),
                    second.height(),
                    0,
                    0,
                    dev.recto.core.model.TextSource.TEXT_LAYER,
                    second.words())));
    RectoTemplate t =
        TemplateInducer.induce("v", "ACME", twoPages, Map.of(FieldKey.INVOICE_ID, "4711"));
    Locator.Anchor a = (Locator.Anchor) t.fields().get(FieldKey.INVOICE_ID).locator();
    assertThat(a.label()).isEqualTo("Invoice no.");
    assertThat(a.direction()).isEqualTo(Direction.BELOW);
  }
}
