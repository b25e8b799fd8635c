package dev.recto.extraction.generic;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameSpacesTest {

  @Test
  void spacesAroundAnAmpersandAndBeforeAGluedLegalFormArePutBack() {
    assertThat(NameSpaces.restore("Aurora& Oakridge LLC")).isEqualTo("Aurora & Oakridge LLC");
    assertThat(NameSpaces.restore("Zephyr &Aurora Corp.")).isEqualTo("Zephyr & Aurora Corp.");
    assertThat(NameSpaces.restore("Tandem HandelAG")).isEqualTo("Tandem Handel AG");
    assertThat(NameSpaces.restore("Lakeside PartnersInc.")).isEqualTo("Lakeside Partners Inc.");
  }

  @Test
  void otherNamesStay() {
    for (String name :
        new String[] {
          "AT&T Inc.",
          "DeSilva Trading",
          "McKinsey & Company",
          "NASA",
          "Zinc Works Ltd",
          "Beauty Spa GmbH",
          "B&Q plc"
        }) {
      assertThat(NameSpaces.restore(name)).as(name).isEqualTo(name);
    }
  }

  @Test
  void aMalaysianLegalFormGluedToANameInCapitalsIsSetApart() {
    assertThat(NameSpaces.restore("UNIHAKKA INTERNATIONALSDN BHD"))
        .isEqualTo("UNIHAKKA INTERNATIONAL SDN BHD");
    assertThat(NameSpaces.restore("PASARAYA PINTARSDNBHD")).isEqualTo("PASARAYA PINTAR SDN BHD");
    assertThat(NameSpaces.restore("MYSDN BHD")).isEqualTo("MYSDN BHD");
    assertThat(NameSpaces.restore("TEO HENG STATIONERY 8 BOOKS"))
        .isEqualTo("TEO HENG STATIONERY & BOOKS");
    assertThat(NameSpaces.restore("STUDIO 8 Design")).isEqualTo("STUDIO 8 Design");
  }

  @Test
  void aMisreadSdnBhdEndingTheNameIsPutRight() {
    assertThat(NameSpaces.restore("WAHIN HARDWARE SIN BHI")).isEqualTo("WAHIN HARDWARE SDN BHD");
    assertThat(NameSpaces.restore("banh mi cafe son bhd")).isEqualTo("banh mi cafe sdn bhd");
    assertThat(NameSpaces.restore("AIK HUAT SDN BH0.")).isEqualTo("AIK HUAT SDN BHD.");
    // the words themselves elsewhere in a name, and a correct form, stay
    assertThat(NameSpaces.restore("RESTAURANT SIN DU")).isEqualTo("RESTAURANT SIN DU");
    assertThat(NameSpaces.restore("SIN BHI TRADING")).isEqualTo("SIN BHI TRADING");
    assertThat(NameSpaces.restore("LIAN HING SDN BHD")).isEqualTo("LIAN HING SDN BHD");
  }
}
