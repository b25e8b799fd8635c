package dev.recto.templates.recto;

import dev.recto.core.field.FieldType;
import dev.recto.extraction.parse.DateOrder;
import dev.recto.extraction.parse.DateParser;
import dev.recto.extraction.parse.Ibans;
import dev.recto.extraction.parse.Match;
import dev.recto.extraction.parse.Money;
import dev.recto.extraction.parse.MoneyParser;
import dev.recto.extraction.parse.NumberConvention;
import dev.recto.templates.regex.InterruptibleText;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads located text as a value of a {@link FieldType}, with the typed parsers of module {@code
 * extraction}. Stateless and thread-safe.
 */
final class ValueReader {

  private static final MoneyParser DOT = new MoneyParser(NumberConvention.DOT);
  private static final MoneyParser COMMA = new MoneyParser(NumberConvention.COMMA);
  private static final Pattern CODE = Pattern.compile("\\b[A-Z]{3}\\b");

  private ValueReader() {}

  /**
   * A value read from located text.
   *
   * @param value normalized as the field type says
   * @param currency ISO 4217 code for money, else null
   * @param start offset of the value's first character in the located text
   * @param end offset after its last character
   */
  record Reading(String value, String currency, int start, int end) {}

  /** Reads {@code text}; empty when it holds no value of the type. */
  static Optional<Reading> read(
      FieldType type, String text, Pattern valuePattern, ParseOptions options, boolean iban) {
    int offset = 0;
    String s = text;
    if (valuePattern != null) {
      Matcher m = valuePattern.matcher(InterruptibleText.of(text));
      if (!m.find()) {
        return Optional.empty();
      }
      int[] span = span(m);
      offset = span[0];
      s = text.substring(span[0], span[1]);
    }
    Optional<Reading> r = readTyped(type, s, options, iban);
    int base = offset;
    return r.map(x -> new Reading(x.value, x.currency, base + x.start, base + x.end));
  }

  /** Start and end of the group named {@code value}, else group 1, else the whole match. */
  static int[] span(Matcher m) {
    try {
      if (m.start("value") >= 0) {
        return new int[] {m.start("value"), m.end("value")};
      }
    } catch (IllegalArgumentException noSuchGroup) {
      // no group named value
    }
    if (m.groupCount() >= 1 && m.start(1) >= 0) {
      return new int[] {m.start(1), m.end(1)};
    }
    return new int[] {m.start(), m.end()};
  }

  private static Optional<Reading> readTyped(
      FieldType type, String s, ParseOptions options, boolean iban) {
    String stripped = s.strip();
    if (stripped.isEmpty()) {
      return Optional.empty();
    }
    int lead = s.indexOf(stripped);
    return switch (type) {
      case MONEY -> money(s, options);
      case NUMBER -> money(s, options).map(x -> new Reading(x.value, null, x.start, x.end));
      case DATE -> date(s, options);
      case CURRENCY_CODE -> currency(s, options);
      case RATE -> rate(s, options);
      case IDENTIFIER ->
          Optional.of(
              new Reading(
                  iban ? Ibans.normalize(stripped) : stripped.replaceAll("\\s+", " "),
                  null,
                  lead,
                  lead + stripped.length()));
      default ->
          Optional.of(
              new Reading(stripped.replaceAll("\\s+", " "), null, lead, lead + stripped.length()));
    };
  }

  /**
   * A rate as the fraction {@link FieldType#RATE} wants: the first percentage printed with its sign
   * ({@code 19 %}, {@code 7,5%}), else a bare number read as a percentage ({@code 19.00} under a
   * column headed {@code VAT %} is 0.19), within [-100, 100].
   */
  private static Optional<Reading> rate(String s, ParseOptions options) {
    List<dev.recto.extraction.parse.Match<java.math.BigDecimal>> signed =
        dev.recto.extraction.parse.Percentages.findAll(s);
    if (!signed.isEmpty()) {
      var m = signed.get(0);
      return Optional.of(new Reading(m.value().toPlainString(), null, m.start(), m.end()));
    }
    return money(s, options)
        .filter(x -> new java.math.BigDecimal(x.value).abs().compareTo(HUNDRED) <= 0)
        .map(
            x ->
                new Reading(
                    stripZeros(new java.math.BigDecimal(x.value).movePointLeft(2)),
                    null,
                    x.start,
                    x.end));
  }

  private static final java.math.BigDecimal HUNDRED = java.math.BigDecimal.valueOf(100);

  private static String stripZeros(java.math.BigDecimal d) {
    return d.signum() == 0 ? "0" : d.stripTrailingZeros().toPlainString();
  }

  private static Optional<Reading> money(String s, ParseOptions options) {
    MoneyParser parser = parser(s, options);
    List<Match<Money>> all = parser.findAll(s);
    if (all.isEmpty()) {
      Optional<Money> bare = parser.parse(s);
      if (bare.isEmpty()) {
        return Optional.empty();
      }
      String stripped = s.strip();
      int lead = s.indexOf(stripped);
      return Optional.of(
          new Reading(
              bare.get().normalized(),
              currencyOr(bare.get().currency(), options),
              lead,
              lead + stripped.length()));
    }
    Match<Money> m = all.get(0);
    return Optional.of(
        new Reading(
            m.value().normalized(), currencyOr(m.value().currency(), options), m.start(), m.end()));
  }

  private static String currencyOr(String printed, ParseOptions options) {
    return printed != null ? printed : options.currency();
  }

  private static MoneyParser parser(String s, ParseOptions options) {
    if (options.decimalSeparator() != null) {
      return options.decimalSeparator() == ',' ? COMMA : DOT;
    }
    return NumberConvention.fromEvidence(List.of(s), null).decimalSeparator() == ',' ? COMMA : DOT;
  }

  private static Optional<Reading> date(String s, ParseOptions options) {
    String stripped = s.strip();
    int lead = s.indexOf(stripped);
    for (String f : options.dateFormats()) {
      try {
        LocalDate d = LocalDate.parse(stripped, DateTimeFormatter.ofPattern(f, Locale.ROOT));
        return Optional.of(new Reading(d.toString(), null, lead, lead + stripped.length()));
      } catch (DateTimeParseException e) {
        // next format
      }
    }
    DateOrder order = options.dateOrder() != null ? options.dateOrder() : DateOrder.DMY;
    List<Match<LocalDate>> all = new DateParser(order).findAll(s);
    if (all.isEmpty()) {
      return Optional.empty();
    }
    Match<LocalDate> m = all.get(0);
    return Optional.of(new Reading(m.value().toString(), null, m.start(), m.end()));
  }

  private static Optional<Reading> currency(String s, ParseOptions options) {
    for (Match<Money> m : parser(s, options).findAll(s)) {
      if (m.value().currency() != null) {
        return Optional.of(new Reading(m.value().currency(), null, m.start(), m.end()));
      }
    }
    Matcher code = CODE.matcher(s);
    while (code.find()) {
      if (isCurrency(code.group())) {
        return Optional.of(new Reading(code.group(), null, code.start(), code.end()));
      }
    }
    if (options.currency() != null) {
      String stripped = s.strip();
      int lead = s.indexOf(stripped);
      return Optional.of(new Reading(options.currency(), null, lead, lead + stripped.length()));
    }
    return Optional.empty();
  }

  private static boolean isCurrency(String code) {
    try {
      java.util.Currency.getInstance(code);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
