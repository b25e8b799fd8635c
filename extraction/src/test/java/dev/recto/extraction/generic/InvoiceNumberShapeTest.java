package dev.recto.extraction.generic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.recto.core.field.ExtractedField;
import dev.recto.core.field.FieldKey;
import dev.recto.core.field.InvoiceFields;
import org.junit.jupiter.api.Test;

/** Invoice numbers read by their shape when their label row was lost. */
class InvoiceNumberShapeTest {

  private final GenericInvoiceExtractor extractor = new GenericInvoiceExtractor();

  private static String id(InvoiceFields f) {
    return f.get(FieldKey.INVOICE_ID).map(ExtractedField::value).orElse(null);
  }

  @Test
  void anUnlabelledInvPrefixedNumberInTheHeaderIsTheInvoiceNumber() {
    InvoiceFields f =
        extractor.extract(
            new PageBuilder()
                .ocr()
                .text(50, 0, "Silverline & Pinecrest KG")
                .text(250, 10, "Zahlbar bis")
                .text(50, 11, "INV7666")
                .text(150, 11, "24.12.2023")
                .text(250, 11, "07.02.2024")
                .document());
    assertThat(id(f)).isEqualTo("INV7666");
  }

  @Test
  void aLabelledNumberWinsAndNumbersLowOnThePageOrOfOtherShapesAreNotTaken() {
    InvoiceFields labelled =
        extractor.extract(
            new PageBuilder()
                .ocr()
                .text(50, 0, "INV-2024-0001")
                .text(50, 2, "Invoice No: 2024-17")
                .document());
    assertThat(id(labelled)).isEqualTo("2024-17");
    InvoiceFields low =
        extractor.extract(new PageBuilder().ocr().text(50, 45, "Replaces INV0042").document());
    assertThat(id(low)).isNull();
    InvoiceFields other =
        extractor.extract(new PageBuilder().ocr().text(50, 1, "INVENTORY 2024").document());
    assertThat(id(other)).isNull();
  }
}
