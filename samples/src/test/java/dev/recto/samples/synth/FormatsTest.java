package dev.recto.samples.synth;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FormatsTest {

  @Test
  void numbersFollowTheLocale() {
    BigDecimal v = new BigDecimal("1234567.5");
    assertThat(SynthLocales.load("en-US").numbers().amount(v)).isEqualTo("1,234,567.50");
    assertThat(SynthLocales.load("de-DE").numbers().amount(v)).isEqualTo("1.234.567,50");
    assertThat(SynthLocales.load("fr-FR").numbers().amount(v)).isEqualTo("1 234 567,50");
    assertThat(SynthLocales.load("de-DE").numbers().amount(new BigDecimal("12.345")))
        .isEqualTo("12,35");
    assertThat(SynthLocales.load("fr-FR").percent(new BigDecimal("0.055"))).isEqualTo("5,5 %");
    assertThat(SynthLocales.load("en-US").money(new BigDecimal("9.9"), false)).isEqualTo("$9.90");
    assertThat(SynthLocales.load("it-IT").money(new BigDecimal("9.9"), true)).isEqualTo("EUR 9,90");
  }

  @Test
  void datesUseTheLocalesOwnMonthNames() {
    LocalDate d = LocalDate.of(2024, 3, 5);
    SynthLocale es = SynthLocales.load("es-ES");
    DatePattern long_ =
        es.datePatterns().stream().filter(DatePattern::usesMonthNames).findFirst().orElseThrow();
    assertThat(long_.format(d)).isEqualTo("5 de marzo de 2024");
    assertThat(es.datePatterns().get(0).format(d)).isEqualTo("05/03/2024");
    assertThat(SynthLocales.load("de-DE").datePatterns().get(1).format(d))
        .isEqualTo("5. März 2024");
  }

  @Test
  void everyLocaleLoadsWithAFullVocabulary() {
    assertThat(SynthLocales.load())
        .extracting(SynthLocale::id)
        .containsExactlyElementsOf(SynthLocales.IDS);
  }
}
