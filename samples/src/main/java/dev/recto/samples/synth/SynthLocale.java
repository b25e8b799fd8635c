package dev.recto.samples.synth;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Everything a synthetic invoice needs to look like it comes from one country and language: label
 * vocabulary, date and number formats, currency, tax rates and term, address shapes. Loaded from
 * {@code locales/<id>.properties} by {@link SynthLocales}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id BCP 47 tag, e.g. {@code de-DE}
 * @param language ISO 639-1 language, picks the product and trade word lists
 * @param country ISO 3166 alpha-2 country of vendors and customers
 * @param letterPaper true for US Letter pages, false for A4
 * @param currency ISO 4217 code
 * @param currencySymbol symbol printed with amounts, e.g. {@code €}
 * @param placement where the symbol or code goes
 * @param numbers number style
 * @param datePatterns the date patterns one of which an invoice uses
 * @param standardRates standard tax rates as fractions (one is picked per invoice)
 * @param reducedRates reduced tax rates as fractions, may be empty
 * @param percentSpace true when a space precedes the % sign ({@code 20 %})
 * @param legalForms company legal forms, e.g. {@code GmbH}
 * @param addressLines address line templates with {@code {street} {number} {postcode} {city}
 *     {state} {province}}
 * @param postcodes postcode patterns: {@code #} digit, {@code @} capital letter
 * @param regions states or provinces for {@code {state}} / {@code {province}}, may be empty
 * @param countryName the country as printed in addresses
 * @param taxIdPattern vendor tax id pattern ({@code #} digit, {@code @} letter, {@code FRVAT} the
 *     French key + SIREN)
 * @param banks bank names
 * @param labels the vocabulary: at least one alternative per {@link Label}
 */
public record SynthLocale(
    String id,
    String language,
    String country,
    boolean letterPaper,
    String currency,
    String currencySymbol,
    CurrencyPlacement placement,
    NumberStyle numbers,
    List<DatePattern> datePatterns,
    List<BigDecimal> standardRates,
    List<BigDecimal> reducedRates,
    boolean percentSpace,
    List<String> legalForms,
    List<String> addressLines,
    List<String> postcodes,
    List<String> regions,
    String countryName,
    String taxIdPattern,
    List<String> banks,
    Map<Label, List<String>> labels) {

  /** Where a locale puts the currency symbol or code relative to the amount. */
  public enum CurrencyPlacement {
    /** {@code $1,234.56} (a code gets a space: {@code USD 1,234.56}). */
    PREFIX,
    /** {@code € 1.234,56}. */
    PREFIX_SPACE,
    /** {@code 1.234,56 €}. */
    SUFFIX
  }

  public SynthLocale {
    requireNonEmpty(id, "id");
    requireNonEmpty(currency, "currency");
    datePatterns = List.copyOf(datePatterns);
    standardRates = List.copyOf(standardRates);
    reducedRates = List.copyOf(reducedRates);
    legalForms = List.copyOf(legalForms);
    addressLines = List.copyOf(addressLines);
    postcodes = List.copyOf(postcodes);
    regions = List.copyOf(regions);
    banks = List.copyOf(banks);
    if (datePatterns.isEmpty() || standardRates.isEmpty() || legalForms.isEmpty()) {
      throw new IllegalArgumentException(id + ": date patterns, rates and legal forms required");
    }
    if (addressLines.isEmpty() || postcodes.isEmpty() || banks.isEmpty()) {
      throw new IllegalArgumentException(id + ": address lines, postcodes and banks required");
    }
    EnumMap<Label, List<String>> copy = new EnumMap<>(Label.class);
    for (Label label : Label.values()) {
      List<String> alternatives = labels.get(label);
      if (alternatives == null || alternatives.isEmpty()) {
        throw new IllegalArgumentException(id + ": no text for label " + label.key());
      }
      copy.put(label, List.copyOf(alternatives));
    }
    labels = java.util.Collections.unmodifiableMap(copy);
  }

  private static void requireNonEmpty(String value, String name) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
  }

  /**
   * An amount with the currency mark where this locale puts it.
   *
   * @param amount the amount, rounded to cents when printed
   * @param useCode print the ISO code ({@code EUR}) instead of the symbol ({@code €})
   */
  public String money(BigDecimal amount, boolean useCode) {
    String number = numbers.amount(amount);
    String mark = useCode ? currency : currencySymbol;
    return switch (placement) {
      case PREFIX -> useCode ? mark + " " + number : mark + number;
      case PREFIX_SPACE -> mark + " " + number;
      case SUFFIX -> number + " " + mark;
    };
  }

  /** A rate as printed, e.g. {@code 19%} or {@code 5,5 %}. */
  public String percent(BigDecimal fraction) {
    return numbers.percent(fraction) + (percentSpace ? " %" : "%");
  }
}
