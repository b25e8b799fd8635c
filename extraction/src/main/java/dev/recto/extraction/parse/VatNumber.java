package dev.recto.extraction.parse;

import java.util.Objects;

/**
 * A VAT identification number as read by {@link VatNumbers}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param countryCode the ISO 3166 country of the issuing tax office ({@code GR} for Greek numbers
 *     printed with the VAT prefix {@code EL}, {@code GB} for {@code XI} numbers of Northern
 *     Ireland)
 * @param normalized the VAT prefix and number without spaces, dots or hyphens, upper case, with a
 *     Swiss suffix ({@code MWST}, {@code TVA}, {@code IVA}) dropped: {@code DE136695976}, {@code
 *     CHE116281710}, {@code EL094259216}
 * @param checksumVerified true when the country's public check-digit algorithm was applied and
 *     held; false when the country publishes none that Recto implements (format checked only)
 */
public record VatNumber(String countryCode, String normalized, boolean checksumVerified) {

  public VatNumber {
    Objects.requireNonNull(countryCode, "countryCode");
    Objects.requireNonNull(normalized, "normalized");
    if (!countryCode.matches("[A-Z]{2}")) {
      throw new IllegalArgumentException(
          "countryCode must be ISO 3166 alpha-2, was " + countryCode);
    }
    if (!normalized.matches("[A-Z]{2}[A-Z0-9+*]+")) {
      throw new IllegalArgumentException("not a normalized VAT number: " + normalized);
    }
  }
}
