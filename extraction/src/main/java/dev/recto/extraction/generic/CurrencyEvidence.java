package dev.recto.extraction.generic;

import dev.recto.core.field.FieldKey;
import dev.recto.core.model.Word;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The currency of a document whose amounts carry no mark (OCR often loses {@code €}): an ISO code
 * printed as a word ({@code EUR}, {@code USD}, ...), else the IBAN's country (a euro-area IBAN
 * means EUR, {@code GB} GBP, {@code CH} CHF, ...). Stateless.
 */
final class CurrencyEvidence {

  private static final Set<String> CODES =
      Set.of(
          "EUR", "USD", "GBP", "CHF", "INR", "MYR", "PLN", "SEK", "NOK", "DKK", "CZK", "JPY", "CAD",
          "AUD", "HUF", "RON");
  private static final Set<String> EURO_AREA =
      Set.of(
          "AT", "BE", "CY", "DE", "EE", "ES", "FI", "FR", "GR", "HR", "IE", "IT", "LT", "LU", "LV",
          "MT", "NL", "PT", "SI", "SK");
  private static final Map<String, String> OTHER_IBAN =
      Map.of(
          "GB", "GBP", "CH", "CHF", "PL", "PLN", "SE", "SEK", "DK", "DKK", "NO", "NOK", "CZ", "CZK",
          "HU", "HUF", "RO", "RON");

  private CurrencyEvidence() {}

  static Optional<FieldValue> find(Collection<PageLayout> layouts, Map<FieldKey, Candidate> best) {
    for (PageLayout layout : layouts) {
      for (Segment s : layout.segments()) {
        for (Word w : s.words()) {
          String t = w.text().replaceAll("[^A-Z]", "");
          if (t.length() == 3 && t.length() >= w.text().length() - 2 && CODES.contains(t)) {
            return Optional.of(new FieldValue(t, null, w.text(), List.of(w)));
          }
        }
      }
    }
    Candidate iban = best.get(FieldKey.IBAN);
    if (iban != null) {
      String country = iban.value().value().substring(0, 2);
      String code = EURO_AREA.contains(country) ? "EUR" : OTHER_IBAN.get(country);
      if (code != null) {
        return Optional.of(
            new FieldValue(code, null, iban.value().rawText(), iban.value().words()));
      }
    }
    return Optional.empty();
  }
}
