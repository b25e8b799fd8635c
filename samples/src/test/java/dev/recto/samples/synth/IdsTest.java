package dev.recto.samples.synth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class IdsTest {

  @Test
  void knownIbansValidateAndBrokenOnesDoNot() {
    assertThat(Iban.isValid("DE89370400440532013000")).isTrue();
    assertThat(Iban.isValid("DE89 3704 0044 0532 0130 00")).isTrue();
    assertThat(Iban.isValid("GB82WEST12345698765432")).isTrue();
    assertThat(Iban.isValid("DE88370400440532013000")).isFalse();
    assertThat(Iban.isValid("DE8937040044053201300")).isFalse();
  }

  @Test
  void generatedIbansAreValidWithTheNationalLength() {
    SplittableRandom r = new SplittableRandom(7);
    String[][] lengths = {
      {"DE", "22"}, {"FR", "27"}, {"ES", "24"}, {"IT", "27"}, {"NL", "18"}, {"GB", "22"}
    };
    for (String[] c : lengths) {
      for (int i = 0; i < 50; i++) {
        String iban = Iban.generate(c[0], r);
        assertThat(Iban.isValid(iban)).as(iban).isTrue();
        assertThat(iban).startsWith(c[0]).hasSize(Integer.parseInt(c[1]));
      }
    }
    assertThat(Iban.grouped("DE89370400440532013000")).isEqualTo("DE89 3704 0044 0532 0130 00");
  }

  @Test
  void routingNumbersAndFrenchVatKeysHold() {
    SplittableRandom r = new SplittableRandom(3);
    for (int i = 0; i < 50; i++) {
      assertThat(BankIds.isValidAbaRouting(BankIds.abaRouting(r))).isTrue();
      assertThat(BankIds.isValidFrenchVat(BankIds.taxId("FRVAT", r))).isTrue();
    }
    assertThat(BankIds.isValidAbaRouting("021000021")).isTrue();
    assertThat(BankIds.isValidAbaRouting("021000022")).isFalse();
  }
}
