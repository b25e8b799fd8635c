package dev.recto.core.process;

import static org.assertj.core.api.Assertions.assertThat;

import dev.recto.core.field.ExtractedField;
import dev.recto.core.field.FieldKey;
import dev.recto.core.field.InvoiceFields;
import dev.recto.core.testkit.TestFields;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InvoiceMergeTest {

  private static ExtractedField field(String value, String extractor) {
    return TestFields.field(value, extractor);
  }

  @Test
  void theFirstExtractorsCoreAndCustomFieldsWinAndTheSecondFillsTheRest() {
    InvoiceFields template =
        new InvoiceFields(
            Map.of(FieldKey.INVOICE_ID, field("A-1", "templates:t")),
            List.of(),
            Map.of("order_id", field("77", "templates:t")));
    InvoiceFields generic =
        new InvoiceFields(
            Map.of(
                FieldKey.INVOICE_ID, field("B-2", "generic"),
                FieldKey.INVOICE_TOTAL, field("4.11", "generic")),
            List.of(),
            Map.of("order_id", field("88", "generic"), "note", field("x", "generic")));
    InvoiceFields merged = InvoiceMerge.preferFirst(template, generic);
    assertThat(merged.fields().get(FieldKey.INVOICE_ID).value()).isEqualTo("A-1");
    assertThat(merged.fields().get(FieldKey.INVOICE_TOTAL).value()).isEqualTo("4.11");
    assertThat(merged.customFields().get("order_id").value()).isEqualTo("77");
    assertThat(merged.customFields().get("note").value()).isEqualTo("x");
  }

  @Test
  void theLosingValuesBecomeAlternativesInExtractorOrder() {
    InvoiceFields template =
        new InvoiceFields(Map.of(FieldKey.INVOICE_ID, field("A-1", "templates:t")), List.of());
    InvoiceFields generic =
        new InvoiceFields(
            Map.of(
                FieldKey.INVOICE_ID, field("A-1", "generic"),
                FieldKey.INVOICE_TOTAL, field("4.11", "generic")),
            List.of());
    InvoiceFields third =
        new InvoiceFields(Map.of(FieldKey.INVOICE_ID, field("B-2", "third")), List.of());
    InvoiceFields merged =
        InvoiceMerge.preferFirst(
            InvoiceMerge.preferFirst(
                InvoiceMerge.preferFirst(InvoiceFields.EMPTY, template), generic),
            third);
    assertThat(merged.fields().get(FieldKey.INVOICE_ID).extractorId()).isEqualTo("templates:t");
    assertThat(merged.alternativesOf(FieldKey.INVOICE_ID))
        .extracting(ExtractedField::extractorId, ExtractedField::value)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("generic", "A-1"),
            org.assertj.core.groups.Tuple.tuple("third", "B-2"));
    assertThat(merged.alternativesOf(FieldKey.INVOICE_TOTAL)).isEmpty();
    assertThat(merged.alternatives()).containsOnlyKeys(FieldKey.INVOICE_ID);
  }

  @Test
  void alternativesFollowTheirFieldThroughWithCoreAndMayNotOutliveIt() {
    InvoiceFields merged =
        InvoiceMerge.preferFirst(
            new InvoiceFields(Map.of(FieldKey.INVOICE_ID, field("A-1", "t")), List.of()),
            new InvoiceFields(Map.of(FieldKey.INVOICE_ID, field("B-2", "g")), List.of()));
    assertThat(merged.withCore(merged.fields(), List.of()).alternativesOf(FieldKey.INVOICE_ID))
        .hasSize(1);
    assertThat(merged.withCore(Map.of(), List.of()).alternatives()).isEmpty();
    org.junit.jupiter.api.Assertions.assertThrows(
        IllegalArgumentException.class,
        () ->
            new InvoiceFields(
                Map.of(),
                List.of(),
                Map.of(),
                Map.of(FieldKey.INVOICE_ID, List.of(field("B-2", "g")))));
  }
}
