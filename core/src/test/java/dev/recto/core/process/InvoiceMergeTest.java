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
}
