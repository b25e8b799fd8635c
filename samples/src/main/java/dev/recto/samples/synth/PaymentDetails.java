package dev.recto.samples.synth;

/**
 * How to pay. European vendors print an IBAN and BIC; US vendors a routing and account number.
 *
 * @param bankName the bank
 * @param iban IBAN without spaces, or null
 * @param bic BIC/SWIFT code, or null
 * @param routingNumber national bank routing code (ABA for the US), or null
 * @param accountNumber national account number, or null
 * @param terms the payment term sentence as printed, e.g. {@code Net 30}
 */
public record PaymentDetails(
    String bankName,
    String iban,
    String bic,
    String routingNumber,
    String accountNumber,
    String terms) {

  public PaymentDetails {
    if (bankName == null || bankName.isBlank() || terms == null || terms.isBlank()) {
      throw new IllegalArgumentException("bank name and terms are required");
    }
    if (iban == null && accountNumber == null) {
      throw new IllegalArgumentException("an IBAN or an account number is required");
    }
  }
}
