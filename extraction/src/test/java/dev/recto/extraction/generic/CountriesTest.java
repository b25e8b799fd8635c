package dev.recto.extraction.generic;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CountriesTest {

  @Test
  void aLineEndingWithACountryInAnyLexiconLanguageEndsWithOne() {
    assertThat(Countries.endsWithCountry("56000 Kuala Lumpur, Malaysia")).isTrue();
    assertThat(Countries.endsWithCountry("41050 KLANG SELANGOR D.E, MALAYSIA.")).isTrue();
    assertThat(Countries.endsWithCountry("10115 Berlin, Deutschland")).isTrue();
    assertThat(Countries.endsWithCountry("28001 Madrid, España")).isTrue();
    assertThat(Countries.endsWithCountry("London SW1A 1AA, United Kingdom")).isTrue();
  }

  @Test
  void aCountryInsideAWordOrMidLineIsNot() {
    assertThat(Countries.endsWithCountry("SUNWAY VELOCITY")).isFalse();
    assertThat(Countries.endsWithCountry("12 Malaysia Road, Penang")).isFalse();
    assertThat(Countries.endsWithCountry("Jalan Perumalaysia")).isFalse();
  }
}
