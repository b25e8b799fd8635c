package dev.recto.extraction.generic;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PaymentTermFinderTest {

  @Test
  void aNumberGluedToItsDaysGetsItsSpaceBack() {
    assertThat(PaymentTermFinder.spaceGluedDays("Payable sous 7jours"))
        .isEqualTo("Payable sous 7 jours");
    assertThat(PaymentTermFinder.spaceGluedDays("Règlement à 60jours net"))
        .isEqualTo("Règlement à 60 jours net");
    assertThat(PaymentTermFinder.spaceGluedDays("Net 30 days")).isEqualTo("Net 30 days");
    assertThat(PaymentTermFinder.spaceGluedDays("Ref 2024days2")).isEqualTo("Ref 2024days2");
  }
}
