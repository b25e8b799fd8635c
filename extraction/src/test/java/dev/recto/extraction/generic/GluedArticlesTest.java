package dev.recto.extraction.generic;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GluedArticlesTest {

  @Test
  void spanishAndFrenchPrepositionsComeApartFromTheirArticle() {
    assertThat(GluedArticles.split("Calle dela Luna, 214", "es"))
        .isEqualTo("Calle de la Luna, 214");
    assertThat(GluedArticles.split("Camino delos Olivos", "es")).isEqualTo("Camino de los Olivos");
    assertThat(GluedArticles.split("102 avenue dela Gare", "fr"))
        .isEqualTo("102 avenue de la Gare");
    assertThat(GluedArticles.split("rue delos Angeles", "fr")).isEqualTo("rue delos Angeles");
  }

  @Test
  void otherLanguagesAndSurnamesStay() {
    assertThat(GluedArticles.split("Juan dela Cruz", "en")).isEqualTo("Juan dela Cruz");
    assertThat(GluedArticles.split("Calle Dela, 3", "es")).isEqualTo("Calle Dela, 3");
    assertThat(GluedArticles.split("Calle delantera", "es")).isEqualTo("Calle delantera");
    assertThat(GluedArticles.split(null, "es")).isNull();
  }
}
