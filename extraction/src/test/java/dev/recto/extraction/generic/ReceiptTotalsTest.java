package dev.recto.extraction.generic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.recto.core.field.ExtractedField;
import dev.recto.core.field.FieldKey;
import dev.recto.core.field.InvoiceFields;
import org.junit.jupiter.api.Test;

/** Totals read from till receipts' footers. */
class ReceiptTotalsTest {

  private final GenericInvoiceExtractor extractor = new GenericInvoiceExtractor();

  private static String value(InvoiceFields f, FieldKey k) {
    return f.get(k).map(ExtractedField::value).orElse(null);
  }

  @Test
  void labelsWithTheRinggitInBracketsNameTaxAndTotal() {
    InvoiceFields f =
        extractor.extract(
            new PageBuilder()
                .ocr()
                .text(50, 10, "(Excluded GST) Sub Total(RM) :")
                .text(300, 10, "313.50")
                .text(50, 12, "Total GST(RM) :")
                .text(300, 12, "18.81")
                .text(50, 14, "Rounding (RM) :")
                .text(300, 14, "-0.01")
                .text(50, 16, "Total (RM) :")
                .text(300, 16, "332.30")
                .text(50, 18, "CASH :")
                .text(300, 18, "332.30")
                .document());
    assertThat(value(f, FieldKey.TOTAL_TAX)).isEqualTo("18.81");
    assertThat(value(f, FieldKey.INVOICE_TOTAL)).isEqualTo("332.30");
  }

  @Test
  void anSReadForTheDollarSignStillGivesTheTotal() {
    InvoiceFields f =
        extractor.extract(
            new PageBuilder()
                .ocr()
                .text(50, 10, "Vege")
                .text(300, 10, "$5.50")
                .text(50, 12, "Pork")
                .text(300, 12, "$2.70")
                .text(200, 14, "GST @6%:")
                .text(300, 14, "$0.46")
                .text(200, 16, "Nett Total:")
                .text(300, 16, "S8.20")
                .document());
    assertThat(value(f, FieldKey.INVOICE_TOTAL)).isEqualTo("8.20");
  }

  @Test
  void totalInclusiveOfGstIsTheTotalAndExclusiveTheSubtotal() {
    InvoiceFields f =
        extractor.extract(
            new PageBuilder()
                .ocr()
                .text(50, 10, "Total Excl. of GST")
                .text(300, 10, "96.23")
                .text(50, 12, "Total Incl. of GST")
                .text(300, 12, "102.00")
                .text(50, 14, "GST Summary")
                .text(50, 16, "SR @6%")
                .text(200, 16, "96.23")
                .text(300, 16, "5.77")
                .document());
    assertThat(value(f, FieldKey.SUB_TOTAL)).isEqualTo("96.23");
    assertThat(value(f, FieldKey.INVOICE_TOTAL)).isEqualTo("102.00");
  }

  @Test
  void aTotalWhoseLabelOcrGarbledIsFoundAsSubtotalPlusTaxUnderTheTaxLine() {
    InvoiceFields f =
        extractor.extract(
            new PageBuilder()
                .ocr()
                .text(50, 10, "Sub Total")
                .text(250, 10, "RM")
                .text(300, 10, "68.87")
                .text(50, 11, "Service Charge")
                .text(250, 11, "RM")
                .text(300, 11, "0.00")
                .text(50, 12, "GST/TAX 6%")
                .text(250, 12, "RM")
                .text(300, 12, "4.13")
                .text(50, 13, "TOT\"I")
                .text(250, 13, "RM")
                .text(300, 13, "73.00")
                .document());
    assertThat(value(f, FieldKey.SUB_TOTAL)).isEqualTo("68.87");
    assertThat(value(f, FieldKey.TOTAL_TAX)).isEqualTo("4.13");
    assertThat(value(f, FieldKey.INVOICE_TOTAL)).isEqualTo("73.00");
  }

  @Test
  void noSumPrintedUnderTheTaxLineLeavesTheTotalAlone() {
    InvoiceFields f =
        extractor.extract(
            new PageBuilder()
                .ocr()
                .text(50, 10, "Sub Total")
                .text(300, 10, "68.87")
                .text(50, 12, "GST 6%")
                .text(300, 12, "4.13")
                .text(50, 13, "Points earned")
                .text(300, 13, "70.00")
                .document());
    assertThat(value(f, FieldKey.INVOICE_TOTAL)).isNull();
  }

  @Test
  void aCurrencyCodeUnderTheTenderLabelTakesTheAmountRightOfIt() {
    InvoiceFields f =
        extractor.extract(
            new PageBuilder()
                .ocr()
                .text(50, 10, "DP1.05")
                .text(120, 10, "RM")
                .text(150, 10, "149.00")
                .text(50, 11, "DP1.04")
                .text(120, 11, "RM")
                .text(150, 11, "21.00")
                .text(50, 13, "CASH")
                .text(52, 14, "RM")
                .text(150, 14, "170.00")
                .document());
    assertThat(value(f, FieldKey.INVOICE_TOTAL)).isEqualTo("170.00");
  }

  @Test
  void aTotalWithItsPointLostIsReadFromTheSumWhenTheTaxTotalTookTheTotalLabel() {
    InvoiceFields f =
        extractor.extract(
            new PageBuilder()
                .ocr()
                .text(200, 10, "SUB-TOTAL")
                .text(300, 10, "6.60")
                .text(200, 11, "DISC")
                .text(300, 11, "0.00")
                .text(200, 12, "6ST")
                .text(300, 12, "0.40")
                .text(50, 14, "TOTAL")
                .text(300, 14, "700")
                .text(50, 20, "GST SUMMARY")
                .text(200, 22, "TAX TOTAL:")
                .text(300, 22, "0.40")
                .document());
    assertThat(value(f, FieldKey.TOTAL_TAX)).isEqualTo("0.40");
    assertThat(value(f, FieldKey.INVOICE_TOTAL)).isEqualTo("7.00");
  }
}
