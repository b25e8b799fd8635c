package dev.recto.extraction.parse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The currency marks Recto reads next to amounts: ISO 4217 codes known to the JDK ({@link
 * Currency#getAvailableCurrencies()}) and the printed symbols listed in {@link #SYMBOLS}.
 *
 * <p>Not API. Immutable and thread-safe; the regex is built on first use.
 */
final class CurrencyMarks {

  /**
   * Printed symbols and their ISO 4217 code; an empty code marks a symbol shared by several
   * currencies ({@code kr}: SEK, NOK, DKK, ISK), which is recognised but names no currency. A bare
   * {@code $} is read as USD and a bare {@code ¥} as JPY, the most common readings on invoices;
   * prefixed forms ({@code CA$}, {@code CN¥}) name their own currency.
   */
  static final Map<String, String> SYMBOLS =
      Map.ofEntries(
          Map.entry("$", "USD"),
          Map.entry("US$", "USD"),
          Map.entry("CA$", "CAD"),
          Map.entry("C$", "CAD"),
          Map.entry("A$", "AUD"),
          Map.entry("AU$", "AUD"),
          Map.entry("NZ$", "NZD"),
          Map.entry("HK$", "HKD"),
          Map.entry("S$", "SGD"),
          Map.entry("R$", "BRL"),
          Map.entry("€", "EUR"),
          Map.entry("£", "GBP"),
          Map.entry("¥", "JPY"),
          Map.entry("￥", "JPY"),
          Map.entry("CN¥", "CNY"),
          Map.entry("RMB", "CNY"),
          Map.entry("₹", "INR"),
          Map.entry("₽", "RUB"),
          Map.entry("₺", "TRY"),
          Map.entry("₩", "KRW"),
          Map.entry("₪", "ILS"),
          Map.entry("₫", "VND"),
          Map.entry("₱", "PHP"),
          Map.entry("฿", "THB"),
          Map.entry("zł", "PLN"),
          Map.entry("Kč", "CZK"),
          Map.entry("Ft", "HUF"),
          Map.entry("lei", "RON"),
          Map.entry("Fr.", "CHF"),
          Map.entry("SFr.", "CHF"),
          Map.entry("kr", ""),
          Map.entry("kr.", ""),
          Map.entry("Kr", ""),
          Map.entry("Kr.", ""));

  /**
   * ISO codes that are also English words or precious metals and test codes; they are not read as
   * currencies next to a number ({@code ALL 12}, {@code TOP 10}).
   */
  private static final Set<String> NOT_READ =
      Set.of(
          "ALL", "TOP", "CUP", "BOB", "MOP", "PEN", "SOS", "XAU", "XAG", "XPT", "XPD", "XDR", "XTS",
          "XXX", "XBA", "XBB", "XBC", "XBD", "XSU", "XUA");

  private CurrencyMarks() {}

  /** The ISO code a mark names, or null when it names none (or is not a mark). */
  static String resolve(String mark) {
    if (mark == null) {
      return null;
    }
    String code = SYMBOLS.get(mark);
    if (code != null) {
      return code.isEmpty() ? null : code;
    }
    return Holder.CODES.contains(mark) ? mark : null;
  }

  /** A regex alternation (no group) matching one mark, longest first, letter-bounded. */
  static String regex() {
    return Holder.REGEX;
  }

  private static final class Holder {
    static final Set<String> CODES =
        Currency.getAvailableCurrencies().stream()
            .map(Currency::getCurrencyCode)
            .filter(c -> c.matches("[A-Z]{3}") && !NOT_READ.contains(c))
            .collect(Collectors.toUnmodifiableSet());

    static final String REGEX = build();

    private static String build() {
      List<String> marks = new ArrayList<>(CODES);
      marks.addAll(SYMBOLS.keySet());
      marks.sort(Comparator.comparingInt(String::length).reversed().thenComparing(s -> s));
      String alternation =
          marks.stream().map(Pattern::quote).collect(Collectors.joining("|", "(?:", ")"));
      return "(?<!\\p{L})" + alternation + "(?!\\p{L})";
    }

    private Holder() {}
  }
}
