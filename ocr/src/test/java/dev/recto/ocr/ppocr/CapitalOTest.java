package dev.recto.ocr.ppocr;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CapitalOTest {

  @Test
  void zerosInsideWordsOfCapitalsBecomeO() {
    assertThat(CapitalO.restore("L0T")).isEqualTo("LOT");
    assertThat(CapitalO.restore("J0HOR")).isEqualTo("JOHOR");
    assertThat(CapitalO.restore("(C0.REG")).isEqualTo("(CO.REG");
    assertThat(CapitalO.restore("B00K")).isEqualTo("BOOK");
  }

  @Test
  void aZeroNotRightAfterALetterStays() {
    assertThat(CapitalO.restore("AB-0")).isEqualTo("AB-0");
    assertThat(CapitalO.restore("KL0-0")).isEqualTo("KLO-0");
    assertThat(CapitalO.restore("0EH")).isEqualTo("0EH");
    assertThat(CapitalO.restore("(0JZ)")).isEqualTo("(0JZ)");
  }

  @Test
  void wordsWithOtherDigitsLowercaseOrOneLetterAreLeftAlone() {
    assertThat(CapitalO.restore("A0B1")).isEqualTo("A0B1");
    assertThat(CapitalO.restore("100KG")).isEqualTo("100KG");
    assertThat(CapitalO.restore("Inv0ice")).isEqualTo("Inv0ice");
    assertThat(CapitalO.restore("N0")).isEqualTo("N0");
    assertThat(CapitalO.restore("1000")).isEqualTo("1000");
    assertThat(CapitalO.restore("")).isEmpty();
  }
}
