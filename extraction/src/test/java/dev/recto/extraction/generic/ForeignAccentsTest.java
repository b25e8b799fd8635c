package dev.recto.extraction.generic;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ForeignAccentsTest {

  @Test
  void accentsTheLanguageNeverWritesAreDropped() {
    assertThat(ForeignAccents.strip("Fríedríchstraße 123 20530 Nürnberg", "de"))
        .isEqualTo("Friedrichstraße 123 20530 Nürnberg");
    assertThat(ForeignAccents.strip("Zahlbar innerhalb von 7 Tagen òhne Abzug", "de"))
        .isEqualTo("Zahlbar innerhalb von 7 Tagen ohne Abzug");
    assertThat(ForeignAccents.strip("Café Müller", "de")).isEqualTo("Café Müller");
    assertThat(ForeignAccents.strip("12 Hígh Street", "en")).isEqualTo("12 High Street");
    assertThat(ForeignAccents.strip("Émile Zola, Besançon", "fr"))
        .isEqualTo("Émile Zola, Besançon");
    assertThat(ForeignAccents.strip("Rúe de Lyon", "fr")).isEqualTo("Rue de Lyon");
  }

  @Test
  void italianMarksOnlyAWordsLastLetter() {
    assertThat(ForeignAccents.strip("Vía della Repubblica, 47 Venezía", "it"))
        .isEqualTo("Via della Repubblica, 47 Venezia");
    assertThat(ForeignAccents.strip("Città di Castello, Forlì", "it"))
        .isEqualTo("Città di Castello, Forlì");
  }

  @Test
  void spanishAndPortugueseKeepTheirs() {
    assertThat(ForeignAccents.strip("Avenida de Andalucía, Córdoba, España", "es"))
        .isEqualTo("Avenida de Andalucía, Córdoba, España");
    assertThat(ForeignAccents.strip("Rua São João, Famalicão", "pt"))
        .isEqualTo("Rua São João, Famalicão");
    assertThat(ForeignAccents.strip("Calle Mayor, Muñoz", "de")).isEqualTo("Calle Mayor, Munoz");
  }

  @Test
  void otherLanguagesAndLettersWithoutMarksStayAsRead() {
    assertThat(ForeignAccents.strip("Fríedríchstraße", "xx")).isEqualTo("Fríedríchstraße");
    assertThat(ForeignAccents.strip("Søren Ærø", "de")).isEqualTo("Søren Ærø");
    assertThat(ForeignAccents.strip(null, "de")).isNull();
  }
}
