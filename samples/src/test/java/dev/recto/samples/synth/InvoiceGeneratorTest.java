package dev.recto.samples.synth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class InvoiceGeneratorTest {

  private static final InvoiceGenerator GENERATOR = new InvoiceGenerator();

  @Test
  void sameSeedAndIndexGiveTheSameInvoice() {
    assertThat(GENERATOR.generate(11, 5)).isEqualTo(GENERATOR.generate(11, 5));
    assertThat(GENERATOR.generate(11, 5)).isNotEqualTo(GENERATOR.generate(12, 5));
    assertThat(new InvoiceGenerator().generate(11, 5)).isEqualTo(GENERATOR.generate(11, 5));
  }

  @Test
  void arithmeticHoldsExceptOnFlaggedInvoices() {
    int flagged = 0;
    int n = 800;
    for (int i = 0; i < n; i++) {
      InvoiceSpec spec = GENERATOR.generate(2024, i);
      List<String> violations = InvoiceArithmetic.violations(spec);
      if (spec.inconsistent()) {
        flagged++;
        assertThat(violations).as("flagged invoice %d must not add up", i).isNotEmpty();
      } else {
        assertThat(violations).as("invoice %d", i).isEmpty();
      }
      if (spec.payment().iban() != null) {
        assertThat(Iban.isValid(spec.payment().iban())).isTrue();
      } else {
        assertThat(BankIds.isValidAbaRouting(spec.payment().routingNumber())).isTrue();
      }
    }
    assertThat(flagged).isBetween(n / 100, n * 6 / 100);
  }

  @Test
  void allLocalesAppear() {
    java.util.Set<String> seen = new java.util.TreeSet<>();
    for (int i = 0; i < 60; i++) {
      seen.add(GENERATOR.generate(5, i).locale().id());
    }
    assertThat(seen).containsExactlyInAnyOrderElementsOf(SynthLocales.IDS);
  }
}
