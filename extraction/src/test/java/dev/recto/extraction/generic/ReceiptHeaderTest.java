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
}
