package dev.recto.extraction.generic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.recto.core.field.ExtractedField;
import dev.recto.core.field.FieldKey;
import dev.recto.core.field.InvoiceFields;
import org.junit.jupiter.api.Test;

class GenericInvoiceExtractorTest {

  private final GenericInvoiceExtractor extractor = new GenericInvoiceExtractor();

  private static String value(InvoiceFields f, FieldKey k) {
    return f.get(k).map(ExtractedField::value).orElse(null);
  }

  @Test
  void readsAGermanInvoiceWithLabelsLeftOfTheirValues() {
    InvoiceFields f =
        extractor.extract(
            new PageBuilder()
                .text(50, 0, "Muster Werkzeuge GmbH", 16)
                .text(50, 2, "Hauptstraße 5")
                .text(50, 3, "10115 Berlin")
                .text(50, 4, "USt-IdNr.: DE136695976")
                .text(50, 7, "Rechnungsadresse")
                .text(50, 8, "Beispiel AG")
                .text(50, 9, "Ringweg 2")
                .text(50, 10, "80331 München")
                .text(330, 7, "Rechnungsnummer:")
                .text(450, 7, "RE-2024-0042")
                .text(330, 8, "Datum:")
                .text(450, 8, "03.05.2024")
                .text(330, 9, "Fällig am:")
                .text(450, 9, "17. Mai 2024")
                .text(330, 20, "Zwischensumme")
                .text(480, 20, "1.000,00 €")
                .text(330, 21, "MwSt. 19%")
                .text(480, 21, "190,00 €")
                .text(330, 22, "Gesamtbetrag")
                .text(480, 22, "1.190,00 €")
                .text(50, 25, "IBAN: DE89 3704 0044 0532 0130 00")
                .text(50, 26, "BIC: COBADEFFXXX")
                .text(50, 27, "Zahlbar innerhalb von 14 Tagen ohne Abzug")
                .document());
    assertThat(value(f, FieldKey.VENDOR_NAME)).isEqualTo("Muster Werkzeuge GmbH");
    assertThat(value(f, FieldKey.VENDOR_ADDRESS)).isEqualTo("Hauptstraße 5 10115 Berlin");
    assertThat(value(f, FieldKey.VENDOR_TAX_ID)).isEqualTo("DE136695976");
    assertThat(value(f, FieldKey.CUSTOMER_NAME)).isEqualTo("Beispiel AG");
    assertThat(value(f, FieldKey.CUSTOMER_ADDRESS)).isEqualTo("Ringweg 2 80331 München");
    assertThat(value(f, FieldKey.INVOICE_ID)).isEqualTo("RE-2024-0042");
    assertThat(value(f, FieldKey.INVOICE_DATE)).isEqualTo("2024-05-03");
    assertThat(value(f, FieldKey.DUE_DATE)).isEqualTo("2024-05-17");
    assertThat(value(f, FieldKey.SUB_TOTAL)).isEqualTo("1000.00");
    assertThat(value(f, FieldKey.TOTAL_TAX)).isEqualTo("190.00");
    assertThat(value(f, FieldKey.INVOICE_TOTAL)).isEqualTo("1190.00");
    assertThat(value(f, FieldKey.CURRENCY)).isEqualTo("EUR");
    assertThat(value(f, FieldKey.IBAN)).isEqualTo("DE89370400440532013000");
    assertThat(value(f, FieldKey.SWIFT)).isEqualTo("COBADEFFXXX");
    assertThat(value(f, FieldKey.PAYMENT_TERM))
        .isEqualTo("Zahlbar innerhalb von 14 Tagen ohne Abzug");
    ExtractedField total = f.get(FieldKey.INVOICE_TOTAL).orElseThrow();
    assertThat(total.extractorId()).isEqualTo(GenericInvoiceExtractor.ID);
    assertThat(total.provenance()).isNotEmpty();
    assertThat(total.provenance().get(0).box().left()).isGreaterThan(0.75);
  }

  @Test
  void readsValuesUnderARowOfLabels() {
    InvoiceFields f =
        extractor.extract(
            new PageBuilder()
                .text(50, 0, "Acme Supplies LLC", 16)
                .text(50, 5, "Invoice Number")
                .text(200, 5, "Date")
                .text(330, 5, "Due Date")
                .text(50, 6, "INV-7731")
                .text(200, 6, "03/14/2024")
                .text(330, 6, "04/13/2024")
                .text(50, 9, "Description")
                .text(300, 9, "Qty")
                .text(450, 9, "Total")
                .text(50, 10, "Widgets")
                .text(300, 10, "2")
                .text(450, 10, "$20.00")
                .text(330, 12, "Total")
                .text(450, 12, "$21.60")
                .document());
    assertThat(value(f, FieldKey.INVOICE_ID)).isEqualTo("INV-7731");
    assertThat(value(f, FieldKey.INVOICE_DATE)).isEqualTo("2024-03-14");
    assertThat(value(f, FieldKey.DUE_DATE)).isEqualTo("2024-04-13");
    // the table header's "Total" must not take the first row's amount
    assertThat(value(f, FieldKey.INVOICE_TOTAL)).isEqualTo("21.60");
    assertThat(value(f, FieldKey.CURRENCY)).isEqualTo("USD");
  }

  @Test
  void aRowOfLabelsReadsUnderItsLastLabelBeforeTheBlockRightOfIt() {
    InvoiceFields f =
        extractor.extract(
            new PageBuilder()
                .text(50, 0, "Brightwater Conseil SA", 16)
                .text(50, 5, "A PAYER AVANT LE")
                .text(160, 5, "N° CLIENT")
                .text(300, 5, "59559 Grenoble")
                .text(50, 6, "28/03/2025")
                .text(160, 6, "539363")
                .document());
    assertThat(value(f, FieldKey.DUE_DATE)).isEqualTo("2025-03-28");
    assertThat(value(f, FieldKey.CUSTOMER_ID)).isEqualTo("539363");
  }

  @Test
  void aCountOfItemsIsNotTheTotal() {
    // A receipt's footer: "Total Qty" and "Total Items" count units; only "Total" is the amount.
    InvoiceFields f =
        extractor.extract(
            new PageBuilder()
                .text(50, 10, "MAKANAN")
                .text(200, 10, "1")
                .text(300, 10, "15.00")
                .text(50, 20, "Total Items: 1.00")
                .text(50, 22, "Total Qty:")
                .text(300, 22, "1.00")
                .text(50, 26, "Total:")
                .text(300, 26, "15.00")
                .document());
    assertThat(value(f, FieldKey.INVOICE_TOTAL)).isEqualTo("15.00");
  }

  @Test
  void gstReceiptLabelsNameTheSubtotalAndTheTotal() {
    InvoiceFields f =
        extractor.extract(
            new PageBuilder()
                .text(50, 10, "NASI LEMAK")
                .text(300, 10, "28.30")
                .text(50, 20, "Total Sales (Excluding GST):")
                .text(300, 20, "26.70")
                .text(50, 22, "GST @6%:")
                .text(300, 22, "1.60")
                .text(50, 24, "Rounding:")
                .text(300, 24, "0.02")
                .text(50, 26, "Total Sales (Inclusive of GST):")
                .text(300, 26, "28.30")
                .text(50, 28, "Cash:")
                .text(300, 28, "50.00")
                .document());
    assertThat(value(f, FieldKey.SUB_TOTAL)).isEqualTo("26.70");
    assertThat(value(f, FieldKey.INVOICE_TOTAL)).isEqualTo("28.30");
  }

  @Test
  void aRoundingAdjustmentMakesTheRoundedAmountTheTotal() {
    // The exact total, the rounding, then the amount paid with no label of its own.
    InvoiceFields f =
        extractor.extract(
            new PageBuilder()
                .text(50, 10, "MAGGI CURRY")
                .text(300, 10, "60.31")
                .text(50, 20, "TOTAL AMT........ RM")
                .text(300, 20, "60.31")
                .text(50, 22, "ROUNDING ADJ......")
                .text(300, 22, "-0.01")
                .text(250, 24, "RM")
                .text(300, 24, "60.30")
                .text(50, 26, "CASH........ RM")
                .text(300, 26, "70.30")
                .text(50, 28, "CHANGE...... RM")
                .text(300, 28, "10.00")
                .document());
    assertThat(value(f, FieldKey.INVOICE_TOTAL)).isEqualTo("60.30");
  }

  @Test
  void withoutARoundingLabelANearbyRoundAmountIsNotTheTotal() {
    InvoiceFields f =
        extractor.extract(
            new PageBuilder()
                .text(50, 10, "MAGGI CURRY")
                .text(300, 10, "60.31")
                .text(50, 20, "TOTAL AMT........ RM")
                .text(300, 20, "60.31")
                .text(50, 22, "VOUCHER")
                .text(300, 22, "60.30")
                .document());
    assertThat(value(f, FieldKey.INVOICE_TOTAL)).isEqualTo("60.31");
  }

  @Test
  void aDiscountIsPositiveAndAnEmptyDocumentGivesNothing() {
    InvoiceFields f =
        extractor.extract(
            new PageBuilder().text(330, 20, "Discount").text(480, 20, "-12.50").document());
    assertThat(value(f, FieldKey.TOTAL_DISCOUNT)).isEqualTo("12.50");
    assertThat(
            extractor.extract(
                new dev.recto.core.model.Document(
                    "empty", dev.recto.core.model.InputFormat.PDF, java.util.List.of())))
        .isEqualTo(InvoiceFields.EMPTY);
  }

  @Test
  void aReceiptHeaderKeepsRegistrationNumbersDatesAndTitleOutOfNameAndAddress() {
    InvoiceFields f =
        extractor.extract(
            new PageBuilder()
                .ocr()
                .text(200, 0, "AEON CO. (M) BHD (126926-H)", 12)
                .text(200, 1, "03 Mar 2018 18:22")
                .text(200, 2, "(CO.REG : 933109-X)")
                .text(200, 3, "12, JALAN TAMPOI 7/4,KAWASAN PERINDUSTRIAN")
                .text(200, 4, "TAMPOI,81200 JOHOR BAHRU,JOHOR")
                .text(200, 5, "TAX INVOICE")
                .text(200, 6, "THANK YOU")
                .text(50, 20, "TOTAL")
                .text(300, 20, "8.20")
                .document());
    assertThat(value(f, FieldKey.VENDOR_NAME)).isEqualTo("AEON CO. (M) BHD");
    assertThat(value(f, FieldKey.VENDOR_ADDRESS))
        .isEqualTo("12, JALAN TAMPOI 7/4,KAWASAN PERINDUSTRIAN TAMPOI,81200 JOHOR BAHRU,JOHOR");
  }

  @Test
  void aDateAndTimeLineIsRecognizedOnlyWhenItHoldsNothingElse() {
    assertThat(BlockReader.isDateTime("03 Mar 2018 18:22")).isTrue();
    assertThat(BlockReader.isDateTime("25/12/2018 8:13:39 PM")).isTrue();
    assertThat(BlockReader.isDateTime("2018-03-03")).isTrue();
    assertThat(BlockReader.isDateTime("12, JALAN TAMPOI 7/4")).isFalse();
    assertThat(BlockReader.isDateTime("Date: 03 Mar 2018 Cashier 5")).isFalse();
    assertThat(BlockReader.isDateTime("81200 JOHOR")).isFalse();
  }

  @Test
  void aNameWrappedAboveItsLegalFormIsJoined() {
    InvoiceFields f =
        extractor.extract(
            new PageBuilder()
                .ocr()
                .text(200, 0, "PASARAYA BORONG PINTAR", 12)
                .text(200, 1, "SDN BHD", 12)
                .text(200, 2, "NO 2, JALAN MERANTI")
                .text(200, 3, "47100 PUCHONG")
                .text(50, 20, "TOTAL")
                .text(300, 20, "8.20")
                .document());
    assertThat(value(f, FieldKey.VENDOR_NAME)).isEqualTo("PASARAYA BORONG PINTAR SDN BHD");
    assertThat(value(f, FieldKey.VENDOR_ADDRESS)).isEqualTo("NO 2, JALAN MERANTI 47100 PUCHONG");
  }

  @Test
  void aNameEndingWithAnAmpersandContinuesOnTheNextLine() {
    InvoiceFields f =
        extractor.extract(
            new PageBuilder()
                .ocr()
                .text(200, 0, "HOME MASTER HARDWARE &", 12)
                .text(200, 1, "ELECTRICAL", 12)
                .text(200, 2, "NO.113G, JALAN SETIA")
                .text(200, 3, "40170 SHAH ALAM")
                .text(50, 20, "TOTAL")
                .text(300, 20, "8.20")
                .document());
    assertThat(value(f, FieldKey.VENDOR_NAME)).isEqualTo("HOME MASTER HARDWARE & ELECTRICAL");
  }

  @Test
  void legalFormTails() {
    assertThat(PartyFinder.isLegalFormTail("SDN BHD")).isTrue();
    assertThat(PartyFinder.isLegalFormTail("(M) SDN BHD")).isTrue();
    assertThat(PartyFinder.isLegalFormTail("CO. (M) SDN BHD")).isTrue();
    assertThat(PartyFinder.isLegalFormTail("RESTAURANT SDN BHD")).isTrue();
    assertThat(PartyFinder.isLegalFormTail("Cedar Industrias S.A.")).isFalse();
    assertThat(PartyFinder.isLegalFormTail("PASARAYA BORONG PINTAR")).isFalse();
  }

  @Test
  void aLineWithATaxIdEndsAnAddressEvenWhenItsLabelIsMisread() {
    InvoiceFields f =
        extractor.extract(
            new PageBuilder()
                .ocr()
                .text(50, 0, "Muster Werkzeuge GmbH", 16)
                .text(50, 2, "Gartenweg 165")
                .text(50, 3, "28504 Dusseldorf")
                .text(50, 4, "USt-ldNr.: DE246292994")
                .text(330, 20, "Gesamtbetrag")
                .text(480, 20, "1.190,00 €")
                .document());
    assertThat(value(f, FieldKey.VENDOR_ADDRESS)).isEqualTo("Gartenweg 165 28504 Dusseldorf");
  }
}
