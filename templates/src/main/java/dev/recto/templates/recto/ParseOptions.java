package dev.recto.templates.recto;

import dev.recto.extraction.parse.DateOrder;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * How values are read: dates, numbers and the currency. Set for a whole template and overridden per
 * field (a field's non-null options win).
 *
 * <p>Immutable and thread-safe.
 *
 * @param dateFormats {@link DateTimeFormatter} patterns tried in order ({@code dd.MM.yyyy}); when
 *     none fits, the typed {@link dev.recto.extraction.parse.DateParser} reads the date under
 *     {@code dateOrder}
 * @param dateOrder order of numeric dates for the typed date parser; null: day first
 * @param decimalSeparator {@code '.'} or {@code ','}; null: decided from the value's own shape
 * @param currency ISO 4217 code given to money values that print no currency; null: none
 */
public record ParseOptions(
    List<String> dateFormats, DateOrder dateOrder, Character decimalSeparator, String currency) {

  /** No options: everything decided from the values. */
  public static final ParseOptions NONE = new ParseOptions(List.of(), null, null, null);

  public ParseOptions {
    dateFormats = List.copyOf(dateFormats);
    for (String f : dateFormats) {
      DateTimeFormatter.ofPattern(f, Locale.ROOT); // rejects a malformed pattern
    }
    if (decimalSeparator != null && decimalSeparator != '.' && decimalSeparator != ',') {
      throw new IllegalArgumentException(
          "decimal separator must be '.' or ',', was '" + decimalSeparator + "'");
    }
    if (currency != null && !currency.matches("[A-Z]{3}")) {
      throw new IllegalArgumentException("currency must be an ISO 4217 code, was " + currency);
    }
  }

  /** These options with {@code override}'s set values in place of these. */
  public ParseOptions overriddenBy(ParseOptions override) {
    return new ParseOptions(
        override.dateFormats.isEmpty() ? dateFormats : override.dateFormats,
        override.dateOrder != null ? override.dateOrder : dateOrder,
        override.decimalSeparator != null ? override.decimalSeparator : decimalSeparator,
        override.currency != null ? override.currency : currency);
  }
}
