package dev.recto.ocr.ppocr;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SmallLetterLookalikesTest {

  @Test
  void aZeroAfterSmallLettersIsAnO() {
    assertThat(SmallLetterLookalikes.restore("Milan0")).isEqualTo("Milano");
    assertThat(SmallLetterLookalikes.restore("Bilba0")).isEqualTo("Bilbao");
    assertThat(SmallLetterLookalikes.restore("c0mpany")).isEqualTo("company");
  }

  @Test
  void punctuationClosingTheWordIsSetAside() {
    assertThat(SmallLetterLookalikes.restore("ltalia,")).isEqualTo("Italia,");
    assertThat(SmallLetterLookalikes.restore("Milan0.")).isEqualTo("Milano.");
    assertThat(SmallLetterLookalikes.restore("ltd.")).isEqualTo("ltd.");
    assertThat(SmallLetterLookalikes.restore(",.")).isEqualTo(",.");
  }

  @Test
  void anInitialLBeforeAConsonantIsAnI() {
    assertThat(SmallLetterLookalikes.restore("ltalia")).isEqualTo("Italia");
    assertThat(SmallLetterLookalikes.restore("lronbark")).isEqualTo("Ironbark");
    assertThat(SmallLetterLookalikes.restore("lnvoice")).isEqualTo("Invoice");
  }

  @Test
  void otherWordsStay() {
    for (String word :
        new String[] {
          "A0", "N0", "100kg", "10", "0ak", "x0", "Ab0", "L0T", "línea", "lbs", "ltd.", "llama",
          "lyric", "legal", "lTALIA", "Milan01"
        }) {
      assertThat(SmallLetterLookalikes.restore(word)).as(word).isEqualTo(word);
    }
  }
}
