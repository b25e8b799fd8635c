package dev.recto.core.field;

import dev.recto.core.model.Provenance;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One extracted value with its evidence.
 *
 * <p>Immutable and thread-safe; the provenance list is copied.
 *
 * @param value the normalized value, written as its {@link FieldType} says (ISO dates, plain
 *     decimals)
 * @param currency ISO 4217 code for money values, {@code null} otherwise or when unknown; read it
 *     through {@link #currencyCode()}
 * @param rawText the text as printed on the page
 * @param rawScore the extractor's uncalibrated score in {@code [0,1]}
 * @param confidence the calibrated probability in {@code [0,1]} that {@code value} is right
 * @param provenance page and box of every word the value came from, at least one
 * @param extractorId id of the extractor that produced the value
 */
public record ExtractedField(
    String value,
    String currency,
    String rawText,
    double rawScore,
    double confidence,
    List<Provenance> provenance,
    String extractorId) {

  public ExtractedField {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(rawText, "rawText");
    if (currency != null && !currency.matches("[A-Z]{3}")) {
      throw new IllegalArgumentException("currency must be an ISO 4217 code, was " + currency);
    }
    checkProbability("rawScore", rawScore);
    checkProbability("confidence", confidence);
    provenance = List.copyOf(provenance);
    if (provenance.isEmpty()) {
      throw new IllegalArgumentException("a field needs the provenance of at least one word");
    }
    if (extractorId == null || extractorId.isBlank()) {
      throw new IllegalArgumentException("extractorId must not be blank");
    }
  }

  private static void checkProbability(String name, double v) {
    if (!(v >= 0.0 && v <= 1.0)) {
      throw new IllegalArgumentException(name + " must be in [0,1], was " + v);
    }
  }

  /** The ISO 4217 currency of a money value, when known. */
  public Optional<String> currencyCode() {
    return Optional.ofNullable(currency);
  }

  /** The page of the first word the value came from. */
  public int pageIndex() {
    return provenance.get(0).pageIndex();
  }
}
