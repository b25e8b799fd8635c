package dev.recto.templates.recto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.recto.core.field.ExtractedField;
import dev.recto.core.field.FieldKey;
import dev.recto.core.field.InvoiceFields;
import dev.recto.core.model.Document;
import java.util.List;
import org.junit.jupiter.api.Test;

class TemplateFieldExtractorTest {

  private static RectoTemplate withLayoutMarks(String marks) {
    return RectoTemplateLoader.parse(
        "acme.yml",
        "acme",
        """
        issuer: ACME Tools GmbH
        match:
          keywords: [ACME Tools GmbH]
          layout:
        %s
        options: {decimal_separator: ',', currency: EUR}
        fields:
          InvoiceId:
            anchor: {label: 'Rechnungsnummer:', direction: right, distance: 0.3}
          InvoiceTotal:
            anchor: {label: Gesamtbetrag, direction: right, distance: 0.3}
        line_items:
          start: 'Pos\\s+Beschreibung'
          end: 'Zwischensumme'
          row: '^\\s*\\d+\\s+(?<Description>\\S+)\\s{2,}(?<Quantity>\\d+)\\s+(?<Amount>\\d+,\\d{2})\\s*$'
        """
            .formatted(marks));
  }

  @Test
  void aTemplateWithoutLayoutMarksKeepsThePrior() {
    InvoiceFields f =
        new TemplateFieldExtractor(new TemplateMatcher(List.of(TemplateExtractorTest.template())))
            .extract(TemplateExtractorTest.invoice());

    assertThat(f.fields()).isNotEmpty();
    for (ExtractedField e : f.fields().values()) {
      assertThat(e.rawScore()).isCloseTo(TemplateExtractor.SCORE, within(1e-9));
      assertThat(e.confidence()).isCloseTo(TemplateExtractor.SCORE, within(1e-9));
    }
  }

  @Test
  void coreFieldsAreScaledByTheMatchScoreAndLineItemsAreNot() {
    Document doc = TemplateExtractorTest.invoice();
    // Two marks: one where the page has "Rechnung", one where it has nothing -> score 0.9.
    RectoTemplate t =
        withLayoutMarks(
            """
                - {text: Rechnung, page: 0, box: [0.08, 0.2, 0.16, 0.22], tolerance: 0.03}
                - {text: Storno, page: 0, box: [0.7, 0.9, 0.8, 0.92], tolerance: 0.03}
            """);
    TemplateMatch match = new TemplateMatcher(List.of(t)).match(doc).orElseThrow();
    assertThat(match.score()).isGreaterThanOrEqualTo(0.8).isLessThan(1.0);

    InvoiceFields f = new TemplateFieldExtractor(new TemplateMatcher(List.of(t))).extract(doc);

    ExtractedField id = f.get(FieldKey.INVOICE_ID).orElseThrow();
    assertThat(id.value()).isEqualTo("R-2024");
    assertThat(id.rawScore()).isCloseTo(TemplateExtractor.SCORE * match.score(), within(1e-9));
    assertThat(id.confidence()).isCloseTo(TemplateExtractor.SCORE * match.score(), within(1e-9));
    assertThat(f.get(FieldKey.INVOICE_TOTAL).orElseThrow().rawScore())
        .isCloseTo(TemplateExtractor.SCORE * match.score(), within(1e-9));
    assertThat(f.lineItems()).isNotEmpty();
    for (ExtractedField cell : f.lineItems().get(0).fields().values()) {
      assertThat(cell.rawScore()).isCloseTo(TemplateExtractor.SCORE, within(1e-9));
    }
  }

  @Test
  void withMatchScoreKeepsValuesProvenanceAndCustomFields() {
    Document doc = TemplateExtractorTest.invoice();
    InvoiceFields raw =
        TemplateExtractor.extract(TemplateExtractorTest.template(), doc, LayoutText.of(doc));

    InvoiceFields scaled = TemplateFieldExtractor.withMatchScore(raw, 0.8);

    assertThat(scaled.fields().keySet()).isEqualTo(raw.fields().keySet());
    raw.fields()
        .forEach(
            (k, e) -> {
              ExtractedField s = scaled.fields().get(k);
              assertThat(s.value()).isEqualTo(e.value());
              assertThat(s.provenance()).isEqualTo(e.provenance());
              assertThat(s.extractorId()).isEqualTo(e.extractorId());
              assertThat(s.rawScore()).isCloseTo(e.rawScore() * 0.8, within(1e-9));
            });
    assertThat(scaled.customFields()).isEqualTo(raw.customFields());
    assertThat(scaled.lineItems()).isEqualTo(raw.lineItems());
  }
}
