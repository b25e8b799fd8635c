package dev.recto.extraction.generic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.recto.core.field.ExtractedField;
import dev.recto.core.field.FieldKey;
import dev.recto.core.field.InvoiceFields;
import org.junit.jupiter.api.Test;

/** The total told by a receipt's tender and change lines. */
class TenderedChangeTest {

  private final GenericInvoiceExtractor extractor = new GenericInvoiceExtractor();

  private static String total(InvoiceFields f) {
    return f.get(FieldKey.INVOICE_TOTAL).map(ExtractedField::value).orElse(null);
  }

  @Test
  void cashLessChangeFindsTheTotalWhoseLabelOcrGarbled() {
    InvoiceFields f =
        extractor.extract(
            new PageBuilder()
                .ocr()
                .text(50, 10, "Total Sales (Excluding GST)")
                .text(300, 10, "80.91")
                .text(50, 12, "TotalGST :")
                .text(300, 12, "0.00")
                .text(50, 14, "Rounding")
                .text(300, 14, "-0.01")
                .text(50, 16, "Total Salos(lnclusivo òf GST) :")
                .text(300, 16, "80.90")
                .text(50, 18, "CASH :")
                .text(300, 18, "100.00")
                .text(50, 20, "Change :")
                .text(300, 20, "19.10")
                .document());
    assertThat(total(f)).isEqualTo("80.90");
  }

  @Test
  void aLabelledCandidateOfTheSettledAmountBeatsTheFirstChoice() {
    InvoiceFields f =
        extractor.extract(
            new PageBuilder()
                .ocr()
                .text(50, 10, "SUB TOTAL")
                .text(300, 10, "10.00")
                .text(50, 12, "GRAND TOTAL")
                .text(300, 12, "1000")
                .text(50, 14, "CASH")
                .text(200, 14, "20.00")
                .text(300, 14, "MYR 20.00")
                .text(50, 16, "CHANGE DUE")
                .text(300, 16, "10.00")
                .document());
    assertThat(total(f)).isEqualTo("10.00");
  }

  @Test
  void aTotalThatAgreesWithThePaymentStays() {
    InvoiceFields f =
        extractor.extract(
            new PageBuilder()
                .ocr()
                .text(50, 10, "TOTAL")
                .text(300, 10, "64.15")
                .text(50, 12, "CASH")
                .text(300, 12, "100.00")
                .text(50, 14, "CHANGE")
                .text(300, 14, "35.85")
                .document());
    assertThat(total(f)).isEqualTo("64.15");
  }

  @Test
  void serviceChargeIsNoChangeLine() {
    InvoiceFields f =
        extractor.extract(
            new PageBuilder()
                .ocr()
                .text(50, 8, "Points earned")
                .text(300, 8, "60.00")
                .text(50, 10, "TOTAL")
                .text(300, 10, "64.15")
                .text(50, 12, "CASH")
                .text(300, 12, "64.15")
                .text(50, 14, "Service Charge")
                .text(300, 14, "4.15")
                .document());
    assertThat(total(f)).isEqualTo("64.15");
  }

  @Test
  void withoutAnyTotalTheCashHandedOverIsTheTotal() {
    InvoiceFields f =
        extractor.extract(
            new PageBuilder()
                .ocr()
                .text(50, 10, "DP1.05")
                .text(100, 10, "RM 149.00")
                .text(50, 12, "DPI.04")
                .text(100, 12, "RM 21.00")
                .text(50, 14, "CASH")
                .text(60, 16, "RM 170.00")
                .document());
    assertThat(total(f)).isEqualTo("170.00");
  }

  @Test
  void changeLargerThanTheCashIsNotRead() {
    InvoiceFields f =
        extractor.extract(
            new PageBuilder()
                .ocr()
                .text(50, 10, "TOTAL")
                .text(300, 10, "25.00")
                .text(50, 12, "Subtotal 5.00")
                .text(50, 14, "CASH")
                .text(300, 14, "30.00")
                .text(50, 16, "CHANGE")
                .text(300, 16, "35.00")
                .document());
    assertThat(total(f)).isEqualTo("25.00");
  }

  @Test
  void anAmountDueWithoutATotalIsTheTotal() {
    InvoiceFields f =
        extractor.extract(
            new PageBuilder()
                .ocr()
                .text(50, 10, "Sub Total")
                .text(300, 10, "129.30")
                .text(50, 12, "Amt Due")
                .text(300, 12, "129.30")
                .text(50, 14, "GST @6%")
                .text(300, 14, "7.30")
                .document());
    assertThat(total(f)).isEqualTo("129.30");
  }
}
