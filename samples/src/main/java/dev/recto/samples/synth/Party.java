package dev.recto.samples.synth;

import java.util.List;

/**
 * A vendor or customer as printed on an invoice.
 *
 * @param name company name
 * @param addressLines address lines in print order (street, place, country), at least one
 * @param taxId VAT-like tax id, or null when none is printed
 */
public record Party(String name, List<String> addressLines, String taxId) {

  public Party {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("name must not be blank");
    }
    addressLines = List.copyOf(addressLines);
    if (addressLines.isEmpty()) {
      throw new IllegalArgumentException("a party needs an address");
    }
  }

  /** The address on one line, lines separated by {@code ", "}. */
  public String addressOneLine() {
    return String.join(", ", addressLines);
  }
}
