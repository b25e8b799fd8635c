package dev.recto.extraction.generic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import dev.recto.core.field.ExtractedField;
import dev.recto.core.field.FieldKey;
import dev.recto.core.field.InvoiceFields;
import dev.recto.core.model.Page;
import dev.recto.core.model.TextSource;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Vendor name and address read from till receipts' centred headers (OCR'd, tall pages). */
class ReceiptHeaderTest {

  private final GenericInvoiceExtractor extractor = new GenericInvoiceExtractor();

  private static String value(InvoiceFields f, FieldKey k) {
    return f.get(k).map(ExtractedField::value).orElse(null);
  }

  private static PageBuilder receipt() {
    return new PageBuilder().size(220, 600).ocr();
  }

  @Test
  void aRegistrationLineOffCentreIsPassedOverAndAPhoneLineEndsTheAddress() {
    InvoiceFields f =
        extractor.extract(
            receipt()
                .centred(0, "S.H.H. MOTOR SDN. BHD", 11)
                .text(70, 1, "(801580-T)")
                .centred(2, "NO.343, JALAN KURAU,", 9)
                .centred(3, "81620 PENGERANG, JOHOR.", 9)
                .centred(4, "07-8263254", 9)
                .text(20, 30, "TOTAL")
                .text(150, 30, "20.00")
                .document());
    assertThat(value(f, FieldKey.VENDOR_NAME)).isEqualTo("S.H.H. MOTOR SDN. BHD");
    assertThat(value(f, FieldKey.VENDOR_ADDRESS))
        .isEqualTo("NO.343, JALAN KURAU, 81620 PENGERANG, JOHOR.");
  }

  @Test
  void aNameWrappedOverALegalFormPrintedApartIsJoinedAndATaxIdLineIsPassedOver() {
    InvoiceFields f =
        extractor.extract(
            receipt()
                .text(40, 0, "POPULAR", 11)
                .text(110, 0, "BOOK", 11)
                .text(35, 1, "CO.", 11)
                .text(75, 1, "(M) SDN BHD", 11)
                .centred(2, "(GST Reg No. 001492992000)", 8)
                .centred(3, "No 8, Jalan 7/118B, Desa Tun Razak", 8)
                .centred(4, "56000 Kuala Lumpur, Malaysia", 8)
                .text(20, 30, "TOTAL")
                .text(150, 30, "9.65")
                .document());
    assertThat(value(f, FieldKey.VENDOR_NAME)).isEqualTo("POPULAR BOOK CO. (M) SDN BHD");
    assertThat(value(f, FieldKey.VENDOR_ADDRESS))
        .isEqualTo("No 8, Jalan 7/118B, Desa Tun Razak 56000 Kuala Lumpur, Malaysia");
  }

  @Test
  void aLowerCaseNoteAboveTheHeaderIsNotTheVendor() {
    InvoiceFields f =
        extractor.extract(
            receipt()
                .centred(0, "tan chay yee", 12)
                .centred(2, "ABC HO TRADING", 10)
                .centred(3, "NO.2&4, JALAN HARMONI 3/2", 9)
                .centred(4, "81100 JOHOR BAHRU JOHOR", 9)
                .text(20, 30, "TOTAL")
                .text(150, 30, "31.00")
                .document());
    assertThat(value(f, FieldKey.VENDOR_NAME)).isEqualTo("ABC HO TRADING");
    // "NO.2&4" was cut at its label for matching; the address prints it as read
    assertThat(value(f, FieldKey.VENDOR_ADDRESS))
        .isEqualTo("NO.2&4, JALAN HARMONI 3/2 81100 JOHOR BAHRU JOHOR");
  }

  @Test
  void aTallReceiptLooksForItsNameHigherUpThanAnA4Page() {
    Page a4 = Page.of(0, 595, 842, 0, 0, TextSource.OCR, List.of());
    Page till = Page.of(0, 200, 600, 0, 0, TextSource.OCR, List.of());
    assertThat(PartyFinder.vendorZone(a4)).isEqualTo(PartyFinder.VENDOR_ZONE);
    assertThat(PartyFinder.vendorZone(till)).isCloseTo(0.30, offset(1e-9));
  }

  @Test
  void aRegistrationLineSplitInPartsAndATaxIdLineUnderATwoLineNameArePassedOver() {
    InvoiceFields f =
        extractor.extract(
            receipt()
                .centred(0, "POPULAR BOOK", 11)
                .text(35, 1, "CO.", 11)
                .text(75, 1, "(M) SDN BHD", 11)
                .text(60, 2, "(Co.", 8)
                .text(85, 2, "No.", 8)
                .text(105, 2, "113825-W)", 8)
                .centred(3, "(GST Reg No. 001492992000)", 8)
                .centred(4, "No 8, Jalan 7/118B, Desa Tun Razak", 8)
                .centred(5, "56000 Kuala Lumpur, Malaysia", 8)
                .centred(6, "SUNWAY VELOCITY", 8)
                .text(20, 30, "TOTAL")
                .text(150, 30, "9.65")
                .document());
    assertThat(value(f, FieldKey.VENDOR_ADDRESS))
        .isEqualTo("No 8, Jalan 7/118B, Desa Tun Razak 56000 Kuala Lumpur, Malaysia");
  }

  @Test
  void aLetterSpacedNameIsReadWholeAndItsAddressUnderIt() {
    InvoiceFields f =
        extractor.extract(
            receipt()
                .text(30, 0, "SAM", 11)
                .text(75, 0, "SAM TRADING CO", 11)
                .centred(1, "(742016-W)", 8)
                .centred(2, "67,JLN MEWAH 25/63 TMN SRI MUDA,", 8)
                .centred(3, "40400 SHAH ALAM.", 8)
                .centred(4, "TEL/FAX : 03-51213881", 8)
                .text(20, 30, "TOTAL")
                .text(150, 30, "14.10")
                .document());
    assertThat(value(f, FieldKey.VENDOR_NAME)).isEqualTo("SAM SAM TRADING CO");
    assertThat(value(f, FieldKey.VENDOR_ADDRESS))
        .isEqualTo("67,JLN MEWAH 25/63 TMN SRI MUDA, 40400 SHAH ALAM.");
  }

  @Test
  void aTownThatLooksLikeAMisreadKlantDoesNotEndTheAddress() {
    InvoiceFields f =
        extractor.extract(
            receipt()
                .centred(0, "LIGHTROOM GALLERY SDN BHD", 10)
                .centred(1, "No: 28, JALAN ASTANA 1C,", 8)
                .centred(2, "BANDAR BUKIT RAJA, 41050", 8)
                .centred(3, "KLANG SELANGOR D. E, MALAYSIA", 8)
                .centred(4, "ROC No. : (1072825-A)", 8)
                .text(20, 30, "TOTAL")
                .text(150, 30, "73.00")
                .document());
    assertThat(value(f, FieldKey.VENDOR_ADDRESS))
        .isEqualTo(
            "No: 28, JALAN ASTANA 1C, BANDAR BUKIT RAJA, 41050 KLANG SELANGOR D.E, MALAYSIA");
  }

  @Test
  void aLegalFormSetOffCentreUnderTheLineItEndsJoinsIt() {
    InvoiceFields f =
        extractor.extract(
            receipt()
                .centred(0, "PERI-PERI CHICKEN", 9)
                .text(30, 1, "Nando's Chickenland Malaysia", 9)
                .text(55, 2, "Sdn Bhd", 9)
                .centred(3, "Unit G-13, Ground Floor, No.1", 8)
                .centred(4, "50480 Kuala Lumpur", 8)
                .text(20, 30, "TOTAL")
                .text(150, 30, "129.30")
                .document());
    assertThat(value(f, FieldKey.VENDOR_NAME)).isEqualTo("Nando's Chickenland Malaysia Sdn Bhd");
  }

  @Test
  void aBranchNameOverTheAddressIsNotPartOfIt() {
    InvoiceFields f =
        extractor.extract(
            receipt()
                .centred(0, "IKEA (M) SDN BHD", 10)
                .centred(1, "IKEA Cheras", 8)
                .centred(2, "No 2A Jalan Cochrane", 8)
                .centred(3, "Taman Maluri", 8)
                .centred(4, "55100 KUALA LUMPUR", 8)
                .text(20, 30, "TOTAL")
                .text(150, 30, "12.00")
                .document());
    assertThat(value(f, FieldKey.VENDOR_ADDRESS))
        .isEqualTo("No 2A Jalan Cochrane Taman Maluri 55100 KUALA LUMPUR");
  }

  @Test
  void anAddressLinePrintedInTwoPartsIsReadWhole() {
    InvoiceFields f =
        extractor.extract(
            receipt()
                .centred(0, "MR. D.I.Y. SDN BHD", 10)
                .centred(1, "(CO.REG :704427-T)", 8)
                .text(26, 2, "LOT", 8)
                .text(50, 2, "1851-A & 1851-B, JALAN KPB 6,", 8)
                .centred(3, "KAWASAN PERINDUSTRIAN BALAKONG,", 8)
                .centred(4, "43300 SERI KEMBANGAN, SELANGOR", 8)
                .text(20, 30, "TOTAL")
                .text(150, 30, "12.00")
                .document());
    assertThat(value(f, FieldKey.VENDOR_ADDRESS))
        .isEqualTo(
            "LOT 1851-A & 1851-B, JALAN KPB 6, KAWASAN PERINDUSTRIAN BALAKONG, 43300 SERI"
                + " KEMBANGAN, SELANGOR");
  }

  @Test
  void aNameWithANumberAndALongLegalFormBeatsAnItemLine() {
    InvoiceFields f =
        extractor.extract(
            receipt()
                .centred(0, "Triple Six Point Enterprise 666", 8)
                .centred(1, "No 14&16 jalan Permas 4/3", 8)
                .centred(2, "Tel : 016-7574666", 8)
                .text(20, 8, "Camellia green", 10)
                .text(20, 9, "tea 580ml", 10)
                .text(20, 10, "(Disc: 1.0000)", 10)
                .text(20, 30, "TOTAL")
                .text(150, 30, "3.50")
                .document());
    assertThat(value(f, FieldKey.VENDOR_NAME)).isEqualTo("Triple Six Point Enterprise 666");
  }

  @Test
  void ocrPointsForCommasLookalikesInNumbersAndALabelBeforeTheNameAreReadRight() {
    InvoiceFields f =
        extractor.extract(
            receipt()
                .centred(0, "Dimiliki: BANH MI CAFE SON BHD", 10)
                .centred(1, "LOT P.T. 28I1, JALAN MANIS 7. TAMAN", 8)
                .centred(2, "AIR BIRU. 4115O KLANG, SELANGOR.", 8)
                .text(20, 30, "TOTAL")
                .text(150, 30, "12.00")
                .document());
    assertThat(value(f, FieldKey.VENDOR_NAME)).isEqualTo("BANH MI CAFE SDN BHD");
    assertThat(value(f, FieldKey.VENDOR_ADDRESS))
        .isEqualTo("LOT P.T. 2811, JALAN MANIS 7, TAMAN AIR BIRU, 41150 KLANG, SELANGOR.");
  }

  @Test
  void aTextLayerAddressKeepsItsPointsAndLetters() {
    InvoiceFields f =
        extractor.extract(
            new PageBuilder()
                .size(220, 600)
                .centred(0, "BANH MI CAFE SDN BHD", 10)
                .centred(1, "LOT 28I1, JALAN MANIS 7. TAMAN", 8)
                .centred(2, "AIR BIRU. 41150 KLANG", 8)
                .text(20, 30, "TOTAL")
                .text(150, 30, "12.00")
                .document());
    assertThat(value(f, FieldKey.VENDOR_ADDRESS))
        .isEqualTo("LOT 28I1, JALAN MANIS 7. TAMAN AIR BIRU. 41150 KLANG");
  }

  @Test
  void anUnlabelledDateIsTheOnePrintedWithATimeOfDay() {
    InvoiceFields f =
        extractor.extract(
            receipt()
                .centred(0, "MR D.I.Y. (JOHOR) SDN BHD", 10)
                .text(20, 8, "AIR PRESSURE SPRAYER 1.5L")
                .text(20, 9, "HC03-7-15")
                .text(20, 10, "9066468 1 X 8.02")
                .text(170, 10, "8.02")
                .text(20, 12, "TOTAL")
                .text(170, 12, "8.02")
                .text(20, 14, "12-01-19 21:13 SH01 ZK09")
                .document());
    assertThat(value(f, FieldKey.INVOICE_DATE)).isEqualTo("2019-01-12");
  }
}
