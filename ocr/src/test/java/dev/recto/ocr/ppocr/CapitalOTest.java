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
  void aZeroBeforeThreeSmallLettersIsACapitalO() {
    assertThat(CapitalO.restore("0ctober")).isEqualTo("October");
    assertThat(CapitalO.restore("12.0ktober")).isEqualTo("12.Oktober");
    assertThat(CapitalO.restore("0ttobre")).isEqualTo("Ottobre");
    // numbers and short units keep their zero
    assertThat(CapitalO.restore("10kg")).isEqualTo("10kg");
    assertThat(CapitalO.restore("100pcs")).isEqualTo("100pcs");
    assertThat(CapitalO.restore("0kg")).isEqualTo("0kg");
    assertThat(CapitalO.restore("2024-0")).isEqualTo("2024-0");
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
    assertThat(CapitalO.restore("A0")).isEqualTo("A0");
    assertThat(CapitalO.restore("1000")).isEqualTo("1000");
    assertThat(CapitalO.restore("")).isEmpty();
  }

  @Test
  void aLoneN0IsTheNumberSign() {
    assertThat(CapitalO.restore("N0")).isEqualTo("NO");
    assertThat(CapitalO.restore("N0.")).isEqualTo("NO.");
    assertThat(CapitalO.restore("N0:")).isEqualTo("NO:");
    assertThat(CapitalO.restore("N0#")).isEqualTo("NO#");
    // followed by anything else it is not
    assertThat(CapitalO.restore("N05")).isEqualTo("N05");
    assertThat(CapitalO.restore("N0.5")).isEqualTo("N0.5");
    assertThat(CapitalO.restore("n0")).isEqualTo("n0");
  }
}
