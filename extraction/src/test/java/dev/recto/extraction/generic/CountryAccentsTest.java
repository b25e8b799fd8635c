package dev.recto.extraction.generic;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CountryAccentsTest {

  @Test
  void aCountryNameEndingAnAddressGetsItsAccentsInTheDocumentsLanguage() {
    assertThat(CountryAccents.restore("Camino Viejo, 131 09250 Valladolid Espana", "es"))
        .isEqualTo("Camino Viejo, 131 09250 Valladolid España");
    assertThat(CountryAccents.restore("Ringstraße 4 1010 Wien Osterreich", "de"))
        .isEqualTo("Ringstraße 4 1010 Wien Österreich");
    assertThat(CountryAccents.restore("AV. ARequipa 12 LIMA PERU", "es"))
        .isEqualTo("AV. ARequipa 12 LIMA PERÚ");
    assertThat(CountryAccents.restore("12 rue de la Paix 75002 Paris France", "fr"))
        .isEqualTo("12 rue de la Paix 75002 Paris France");
  }

  @Test
  void onlyAWholeFinalNameInTheDocumentsLanguageChanges() {
    assertThat(CountryAccents.restore("Calle Espana 3 Madrid", "es"))
        .isEqualTo("Calle Espana 3 Madrid");
    assertThat(CountryAccents.restore("Valladolid Espana", "en")).isEqualTo("Valladolid Espana");
    assertThat(CountryAccents.restore("Valladolid NuevaEspana", "es"))
        .isEqualTo("Valladolid NuevaEspana");
    assertThat(CountryAccents.restore(null, "es")).isNull();
  }
}
