package dev.recto.extraction.generic;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DigitLookalikesTest {

  @Test
  void lettersBetweenDigitsAreDigits() {
    assertThat(DigitLookalikes.restore("28I1")).isEqualTo("2811");
    assertThat(DigitLookalikes.restore("433O0")).isEqualTo("43300");
    assertThat(DigitLookalikes.restore("7/l18B")).isEqualTo("7/118B");
    assertThat(DigitLookalikes.restore("1o,50")).isEqualTo("10,50");
    assertThat(DigitLookalikes.restore("2O.00")).isEqualTo("20.00");
  }

  @Test
  void eachWordOfALineIsLookedAt() {
    assertThat(DigitLookalikes.restoreLine("LOT P.T. 28I1, TAMAN BERKELEY 4115O KLANG"))
        .isEqualTo("LOT P.T. 2811, TAMAN BERKELEY 41150 KLANG");
  }

  @Test
  void aFinalOAfterThreeDigitsIsAZero() {
    assertThat(DigitLookalikes.restore("4115O")).isEqualTo("41150");
    assertThat(DigitLookalikes.restore("8110O,")).isEqualTo("81100,");
  }

  @Test
  void lettersAtTheEdgeOfDigitsAndWordsStay() {
    for (String s :
        new String[] {
          "1851-B",
          "U13",
          "118B",
          "12A",
          "No.5",
          "NO.1",
          "10O",
          "l0",
          "Il1",
          "O1",
          "SO12",
          "KL10O5",
          "FR241964383088LK9O051682030",
          "INV-2O24"
        }) {
      assertThat(DigitLookalikes.restore(s)).as(s).isEqualTo(s);
    }
    assertThat(DigitLookalikes.restore("Oslo")).isEqualTo("Oslo");
    assertThat(DigitLookalikes.restore("I")).isEqualTo("I");
    assertThat(DigitLookalikes.restore("")).isEqualTo("");
  }

  @Test
  void aOneOrFiveInsideAWordOfCapitalsIsTheLetter() {
    assertThat(DigitLookalikes.inCapitals("SET1A")).isEqualTo("SETIA");
    assertThat(DigitLookalikes.inCapitals("PERINDU5TRIAN")).isEqualTo("PERINDUSTRIAN");
    assertThat(DigitLookalikes.restoreLine("360ak Avenue")).isEqualTo("36 Oak Avenue");
    assertThat(DigitLookalikes.restoreLine("10th Avenue, 20ème étage"))
        .isEqualTo("10th Avenue, 20ème étage");
    assertThat(DigitLookalikes.restoreLine("JALAN SET1A INDAH")).isEqualTo("JALAN SETIA INDAH");
    for (String s :
        new String[] {"SW1A", "K1A", "U13", "ABC1", "ABC15D", "SET1a", "Set1A", "DE5A"}) {
      assertThat(DigitLookalikes.inCapitals(s)).as(s).isEqualTo(s);
    }
  }
}
