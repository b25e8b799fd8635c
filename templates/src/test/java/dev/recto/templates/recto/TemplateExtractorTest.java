package dev.recto.templates.recto;

import static org.assertj.core.api.Assertions.assertThat;

import dev.recto.core.field.ExtractedField;
import dev.recto.core.field.FieldKey;
import dev.recto.core.field.InvoiceFields;
import dev.recto.core.field.LineItemKey;
import dev.recto.core.model.Document;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TemplateExtractorTest {

  static Document invoice() {
    return new Pages()
        .text(330, 40, "ACME Tools GmbH")
        .text(50, 170, "Rechnung")
        .text(50, 200, "Rechnung an")
        .text(50, 214, "Kunde AG")
        .text(50, 228, "Hauptstr. 1")
        .text(50, 242, "10115 Berlin")
        .text(330, 200, "Rechnungsnummer:")
        .text(430, 200, "R-2024")
        .text(330, 214, "Datum: 05.03.2024")
        .text(50, 300, "Pos Beschreibung")
        .text(50, 314, "1 Schrauben")
        .text(300, 314, "10")
        .text(400, 314, "12,50")
        .text(50, 328, "2 Muttern")
        .text(300, 328, "5")
        .text(400, 328, "3,00")
        .text(50, 360, "Zwischensumme")
        .text(400, 360, "15,50")
        .text(300, 380, "Gesamtbetrag")
        .text(400, 380, "1.234,56 €")
        .document();
  }

  static RectoTemplate template() {
    return RectoTemplateLoader.parse(
        "acme.yml",
        "acme",
        """
        issuer: ACME Tools GmbH
        match: {keywords: [ACME Tools GmbH]}
        options: {decimal_separator: ',', currency: EUR}
        fields:
          InvoiceId:
            anchor: {label: 'Rechnungsnummer:', direction: right, distance: 0.3}
          InvoiceDate:
            regex: 'Datum:\\s+(\\d{2}\\.\\d{2}\\.\\d{4})'
            options: {date_formats: [dd.MM.yyyy]}
          CustomerName:
            anchor: {label: Rechnung an, direction: below, distance: 0.05}
          CustomerAddress:
            anchor: {label: Rechnung an, direction: below, distance: 0.05, lines: 3, skip: 1}
          VendorName:
            region: {box: [0.5, 0.03, 0.9, 0.07]}
          InvoiceTotal:
            anchor: {label: Gesamtbetrag, direction: right, distance: 0.3}
          Currency:
            anchor: {label: Gesamtbetrag, direction: right, distance: 0.3}
        line_items:
          start: 'Pos\\s+Beschreibung'
          end: 'Zwischensumme'
          row: '^\\s*\\d+\\s+(?<Description>\\S+)\\s{2,}(?<Quantity>\\d+)\\s+(?<Amount>\\d+,\\d{2})\\s*$'
        """);
  }

  @Test
  void everyLocatorFindsItsValueWithTheWordsItCameFrom() {
    Document doc = invoice();
    InvoiceFields f = TemplateExtractor.extract(template(), doc, LayoutText.of(doc));
    assertThat(values(f))
        .containsEntry(FieldKey.INVOICE_ID, "R-2024")
        .containsEntry(FieldKey.INVOICE_DATE, "2024-03-05")
        .containsEntry(FieldKey.CUSTOMER_NAME, "Kunde AG")
        .containsEntry(FieldKey.CUSTOMER_ADDRESS, "Hauptstr. 1 10115 Berlin")
        .containsEntry(FieldKey.VENDOR_NAME, "ACME Tools GmbH")
        .containsEntry(FieldKey.INVOICE_TOTAL, "1234.56")
        .containsEntry(FieldKey.CURRENCY, "EUR");
    ExtractedField total = f.fields().get(FieldKey.INVOICE_TOTAL);
    assertThat(total.currency()).isEqualTo("EUR");
    assertThat(total.rawText()).isEqualTo("1.234,56 €");
    assertThat(total.provenance()).hasSize(2);
    assertThat(total.provenance().get(0).box().left()).isCloseTo(400 / Pages.W, within());
    assertThat(total.extractorId()).isEqualTo(TemplateExtractor.ID + ":" + template().name());
    ExtractedField date = f.fields().get(FieldKey.INVOICE_DATE);
    assertThat(date.provenance()).hasSize(1);
    assertThat(date.provenance().get(0).box().top()).isCloseTo(214 / Pages.H, within());
    assertThat(f.lineItems()).hasSize(2);
    assertThat(f.lineItems().get(0).get(LineItemKey.AMOUNT).orElseThrow().value())
        .isEqualTo("12.50");
    assertThat(f.lineItems().get(1).get(LineItemKey.DESCRIPTION).orElseThrow().value())
        .isEqualTo("Muttern");
  }

  @Test
  void theMatcherPicksTheTemplateWhoseKeywordsOccur() {
    RectoTemplate other =
        RectoTemplateLoader.parse(
            "other.yml", "other", "issuer: Other\nmatch: {keywords: [Other Corp]}\n");
    TemplateMatcher matcher = new TemplateMatcher(java.util.List.of(other, template()));
    TemplateMatch m = matcher.match(invoice()).orElseThrow();
    assertThat(m.template().name()).isEqualTo("acme");
    assertThat(m.score()).isEqualTo(1.0);
    assertThat(new TemplateMatcher(java.util.List.of(other)).match(invoice())).isEmpty();
  }

  @Test
  void writtenTemplatesReadBackEqual() {
    RectoTemplate t = template();
    String yaml = RectoTemplateWriter.write(t);
    RectoTemplate back = RectoTemplateLoader.parse("acme.yml", "acme", yaml);
    assertThat(RectoTemplateWriter.write(back)).isEqualTo(yaml);
    Document doc = invoice();
    assertThat(values(TemplateExtractor.extract(back, doc, LayoutText.of(doc))))
        .isEqualTo(values(TemplateExtractor.extract(t, doc, LayoutText.of(doc))));
  }

  @Test
  void inductionFromOneDocumentFindsTheValuesAgain() {
    Document doc = invoice();
    Map<FieldKey, String> truth =
        Map.of(
            FieldKey.INVOICE_ID, "R-2024",
            FieldKey.INVOICE_DATE, "2024-03-05",
            FieldKey.CUSTOMER_NAME, "Kunde AG",
            FieldKey.CUSTOMER_ADDRESS, "Hauptstr. 1 10115 Berlin",
            FieldKey.INVOICE_TOTAL, "1234.56");
    RectoTemplate t = TemplateInducer.induce("acme", "ACME", doc, truth);
    assertThat(t.fields().keySet()).containsAll(truth.keySet());
    assertThat(t.fields().get(FieldKey.INVOICE_ID).locator())
        .isInstanceOfSatisfying(
            Locator.Anchor.class,
            a -> {
              assertThat(a.label()).isEqualTo("Rechnungsnummer:");
              assertThat(a.direction()).isEqualTo(Direction.RIGHT);
            });
    assertThat(t.fields().get(FieldKey.CUSTOMER_ADDRESS).locator())
        .isInstanceOfSatisfying(
            Locator.Anchor.class,
            a -> {
              assertThat(a.label()).isEqualTo("Rechnung an");
              assertThat(a.skip()).isEqualTo(1);
            });
    Map<FieldKey, String> back = values(TemplateExtractor.extract(t, doc, LayoutText.of(doc)));
    assertThat(back).containsAllEntriesOf(truth);
  }

  static Map<FieldKey, String> values(InvoiceFields f) {
    Map<FieldKey, String> out = new java.util.EnumMap<>(FieldKey.class);
    f.fields().forEach((k, v) -> out.put(k, v.value()));
    return out;
  }

  static org.assertj.core.data.Offset<Double> within() {
    return org.assertj.core.data.Offset.offset(1e-3);
  }
}
