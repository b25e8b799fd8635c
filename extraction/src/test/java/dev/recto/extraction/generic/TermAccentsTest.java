package dev.recto.extraction.generic;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TermAccentsTest {

  @Test
  void spanishAndFrenchTermsGetTheirAccentsBack() {
    assertThat(TermAccents.restore("Vencimiento a 30 dias fecha factura"))
        .isEqualTo("Vencimiento a 30 días fecha factura");
    assertThat(TermAccents.restore("Pago a 14 dias")).isEqualTo("Pago a 14 días");
    assertThat(TermAccents.restore("Reglement a 30 jours net"))
        .isEqualTo("Règlement à 30 jours net");
    assertThat(TermAccents.restore("Paiement a reception de facture"))
        .isEqualTo("Paiement à réception de facture");
  }

  @Test
  void portugueseDiasKeepsItsSpellingAndTheCapitalIsKept() {
    assertThat(TermAccents.restore("Pagamento a 30 dias apos a data da fatura"))
        .isEqualTo("Pagamento a 30 dias após a data da fatura");
    assertThat(TermAccents.restore("REGLEMENT A 30 JOURS")).isEqualTo("RÈGLEMENT À 30 JOURS");
  }

  @Test
  void sentencesOfNoOrTwoKnownLanguagesStayAsRead() {
    assertThat(TermAccents.restore("Payment due within 30 days"))
        .isEqualTo("Payment due within 30 days");
    assertThat(TermAccents.restore("Pago a 30 dias / Reglement a 30 jours"))
        .isEqualTo("Pago a 30 dias / Reglement a 30 jours");
    assertThat(TermAccents.restore("Betalingstermijn: 30 dagen"))
        .isEqualTo("Betalingstermijn: 30 dagen");
  }
}
