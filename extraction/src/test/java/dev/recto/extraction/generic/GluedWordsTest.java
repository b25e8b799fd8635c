package dev.recto.extraction.generic;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GluedWordsTest {

  @Test
  void wordsGluedByOcrArePartedAgain() {
    assertThat(GluedWords.split("12, JalanTampoi7/4,Kawasan Perindustrian Tampoi"))
        .isEqualTo("12, Jalan Tampoi 7/4,Kawasan Perindustrian Tampoi");
    assertThat(GluedWords.split("81200 Johor BahruJohor")).isEqualTo("81200 Johor Bahru Johor");
  }

  @Test
  void namesWithInnerCapitalsCodesAndMisreadLettersStayWhole() {
    for (String s :
        new String[] {"McDonald's", "DeSilva", "UPTOWN3", "U13/BG", "Peta1ing", "2nd"}) {
      assertThat(GluedWords.split(s)).as(s).isEqualTo(s);
    }
  }
}
