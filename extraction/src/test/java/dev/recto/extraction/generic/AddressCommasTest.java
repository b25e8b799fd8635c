package dev.recto.extraction.generic;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AddressCommasTest {

  @Test
  void pointsAfterNumbersAndWholeWordsAreCommas() {
    assertThat(AddressCommas.restore("NO 37, JALAN MANIS 7. TAMAN SEGAR, 56100 CHERAS"))
        .isEqualTo("NO 37, JALAN MANIS 7, TAMAN SEGAR, 56100 CHERAS");
    assertThat(AddressCommas.restore("NO.32 & 33. JALAN SR 1/9. SEKSYEN 9"))
        .isEqualTo("NO.32 & 33, JALAN SR 1/9, SEKSYEN 9");
    assertThat(AddressCommas.restore("TAMAN AIR BIRU. 81700 PASIR GUDANG"))
        .isEqualTo("TAMAN AIR BIRU, 81700 PASIR GUDANG");
    assertThat(AddressCommas.restore("Kawasan Perindustrian Tampoi.81200 Johor"))
        .isEqualTo("Kawasan Perindustrian Tampoi,81200 Johor");
    assertThat(AddressCommas.restore("12, Jalan Tampoi 7/4.Kawasan"))
        .isEqualTo("12, Jalan Tampoi 7/4,Kawasan");
    assertThat(AddressCommas.restore("SERDANG RAYA. 43300 SERI"))
        .isEqualTo("SERDANG RAYA, 43300 SERI");
  }

  @Test
  void abbreviationsAndTheFinalPointKeepTheirPoints() {
    for (String s :
        new String[] {
          "NO. 343, JALAN KURAU",
          "LOT P.T. 2811, JALAN ANGSA",
          "12 Mill St. Leeds",
          "Jln. Ipoh",
          "81620 PENGERANG, JOHOR.",
          "Suite 4.5",
          "123 Sunset Blvd. Suite 5",
          "Avda. Diagonal 5",
          "Bldg. 7",
          "NO.5 JALAN",
          "KUALA LUMPUR."
        }) {
      assertThat(AddressCommas.restore(s)).as(s).isEqualTo(s);
    }
  }
}
