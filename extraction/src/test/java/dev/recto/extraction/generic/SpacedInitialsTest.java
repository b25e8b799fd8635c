package dev.recto.extraction.generic;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SpacedInitialsTest {

  @Test
  void dottedCapitalsLoseTheSpaceOcrPutBetweenThem() {
    assertThat(SpacedInitials.close("KLANG SELANGOR D. E, MALAYSIA"))
        .isEqualTo("KLANG SELANGOR D.E, MALAYSIA");
    assertThat(SpacedInitials.close("LOT P. T. 2811, JALAN ANGSA"))
        .isEqualTo("LOT P.T. 2811, JALAN ANGSA");
  }

  @Test
  void anInitialBeforeANameOrAWordKeepsItsSpace() {
    assertThat(SpacedInitials.close("c/o J. Smith, 4 A. Street"))
        .isEqualTo("c/o J. Smith, 4 A. Street");
    assertThat(SpacedInitials.close("NO. 5, JALAN A")).isEqualTo("NO. 5, JALAN A");
  }
}
