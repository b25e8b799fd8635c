package dev.recto.extraction.parse;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads amounts of money under one document's {@link NumberConvention}.
 *
 * <p>Handled: a currency symbol or ISO 4217 code before or after the number, with or without a
 * space ({@code $12.00}, {@code USD 12.00}, {@code 12,00 €}, {@code Fr. 12.50}, {@code 12 zł});
 * thousands grouped by the convention's grouping separator, spaces (U+0020, U+00A0, U+2009, U+202F)
 * or apostrophes, one kind per number ({@code 1,234.56}, {@code 1.234,56}, {@code 1 234,56}, {@code
 * 1'234.56}); up to four decimals, or a dash for none ({@code 12.–}, {@code 12,-}); negatives as
 * {@code -12.00}, {@code −12.00} (U+2212), {@code –12.00} (U+2013), {@code (12.00)}, {@code
 * 12.00-}, {@code € -12.00}.
 *
 * <p>Rejected: numbers that do not follow the convention ({@code 1.234,56} under {@link
 * NumberConvention#DOT}), numbers glued to letters, digits or date and time separators ({@code
 * 05.03.2024}, {@code 12:30}, {@code 555-123-4567}), percentages ({@code 19.00 %}), ungrouped
 * integer parts with a leading zero ({@code 0301234}) or more than 15 digits, and space-grouped
 * runs that continue with more space-separated digits ({@code +49 30 123 456}).
 *
 * <p>{@link #findAll} additionally requires some sign of money in each amount, a currency mark,
 * decimals or grouping, so that bare integers (quantities, years, postcodes) are not reported;
 * {@link #parse} accepts a bare integer, since the caller already decided the text is an amount. A
 * bare integer followed by a space and a 3-digit group is read as one space-grouped number ({@code
 * 2 100.00} is {@code 2100.00}); callers that know column boundaries should parse cell by cell.
 *
 * <p>Immutable and thread-safe; build one per convention and share it.
 *
 * <pre>{@code
 * MoneyParser money = new MoneyParser(NumberConvention.COMMA);
 * money.parse("1.234,56 €");      // Optional[Money[amount=1234.56, currency=EUR]]
 * money.findAll("Total: EUR 12,00 (incl. 19 % MwSt.)");  // one match, "EUR 12,00"
 * }</pre>
 */
public final class MoneyParser {

  private static final String SIGN = "[-\u2212\u2013]";

  private final NumberConvention convention;
  private final Pattern pattern;

  /** A parser for amounts written under {@code convention}. */
  public MoneyParser(NumberConvention convention) {
    this.convention = Objects.requireNonNull(convention, "convention");
    this.pattern = Pattern.compile(regex(convention));
  }

  public NumberConvention convention() {
    return convention;
  }

  private static String regex(NumberConvention nc) {
    String group =
        "[" + Pattern.quote(String.valueOf(nc.groupingSeparator())) + " \u00A0\u2009\u202F'\u2019]";
    String dec = Pattern.quote(String.valueOf(nc.decimalSeparator()));
    String cur = CurrencyMarks.regex();
    String number =
        "(?<int>\\d{1,3}(?<g>"
            + group
            + ")\\d{3}(?:\\k<g>\\d{3})*|\\d+)"
            + "(?:"
            + dec
            + "(?<frac>\\d{1,4})|"
            + dec
            + "(?<dash>[-\u2013\u2014])(?!\\d))?";
    return "(?<![\\p{L}\\d.,'\u2019/+\\-\u2212\u2013])"
        + "(?<lp>\\()?"
        + "(?:(?<s1>"
        + SIGN
        + ")\\h?)?"
        + "(?:(?<pc>"
        + cur
        + ")\\h{0,2})?"
        + "(?:(?<s2>"
        + SIGN
        + ")\\h?)?"
        + number
        + "(?<s3>-(?!\\d))?"
        + "(?:\\h{0,2}(?<sc>"
        + cur
        + "))?"
        + "(?<s4>-(?!\\d))?"
        + "(?<rp>\\))?"
        + "(?![\\p{L}\\d%]|[.,'\u2019/:\\-\u2212]\\d|\\h%)";
  }

  /**
   * Reads {@code text} as one amount; the whole string, trimmed, must be the amount.
   *
   * @return the amount, or empty when the text is not exactly one amount
   */
  public Optional<Money> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String s = text.strip();
    Matcher m = pattern.matcher(s);
    if (!m.matches()) {
      return Optional.empty();
    }
    if (m.group("lp") != null ^ m.group("rp") != null) {
      return Optional.empty();
    }
    return read(m, s, false);
  }

  /**
   * Finds every amount inside a longer text, left to right, not overlapping.
   *
   * @return the matches with their offsets into {@code text}; empty when there are none
   */
  public List<Match<Money>> findAll(String text) {
    List<Match<Money>> out = new ArrayList<>();
    if (text == null) {
      return out;
    }
    Matcher m = pattern.matcher(text);
    int from = 0;
    while (from < text.length() && m.find(from)) {
      int start = m.start();
      int end = m.end();
      boolean lp = m.group("lp") != null;
      boolean rp = m.group("rp") != null;
      if (lp && !rp) {
        start++;
      } else if (rp && !lp) {
        end--;
      }
      Optional<Money> money = (lp == rp) ? read(m, text, true) : readUnbalanced(m, text);
      if (money.isPresent()) {
        out.add(new Match<>(money.get(), start, end, text.substring(start, end)));
        from = end;
      } else {
        from = m.start() + 1;
      }
    }
    return out;
  }

  /** An amount whose one-sided parenthesis is not part of it: the parenthesis sets no sign. */
  private Optional<Money> readUnbalanced(Matcher m, String text) {
    return read(m, text, true, false);
  }

  private Optional<Money> read(Matcher m, String text, boolean needMarker) {
    return read(m, text, needMarker, m.group("lp") != null);
  }

  private Optional<Money> read(
      Matcher m, String text, boolean needMarker, boolean parenthesesNegative) {
    int negatives = parenthesesNegative ? 1 : 0;
    for (String g : new String[] {"s1", "s2", "s3", "s4"}) {
      if (m.group(g) != null) {
        negatives++;
      }
    }
    if (negatives > 1) {
      return Optional.empty();
    }
    String prefix = m.group("pc");
    String suffix = m.group("sc");
    String currency;
    if (prefix != null && suffix != null) {
      String a = CurrencyMarks.resolve(prefix);
      String b = CurrencyMarks.resolve(suffix);
      if (a != null && b != null && !a.equals(b) && !(prefix.equals("$") && isDollarLike(b))) {
        return Optional.empty();
      }
      currency = b != null ? b : a;
    } else {
      currency = CurrencyMarks.resolve(prefix != null ? prefix : suffix);
    }
    String grouping = m.group("g");
    String frac = m.group("frac");
    boolean dash = m.group("dash") != null;
    String intText = m.group("int");
    if (needMarker
        && prefix == null
        && suffix == null
        && frac == null
        && !dash
        && grouping == null) {
      return Optional.empty();
    }
    if (grouping != null && Character.isSpaceChar(grouping.charAt(0))) {
      if (digitAfterSpace(text, m.start("int") - 1, -1) || digitAfterSpace(text, m.end() - 1, 1)) {
        return Optional.empty();
      }
    }
    String digits = intText.replaceAll("\\D", "");
    if (grouping == null
        && (digits.length() > 15 || (digits.length() > 1 && digits.startsWith("0")))) {
      return Optional.empty();
    }
    if (grouping != null && digits.startsWith("0")) {
      return Optional.empty();
    }
    BigDecimal amount = new BigDecimal(frac == null ? digits : digits + "." + frac);
    return Optional.of(new Money(negatives == 1 ? amount.negate() : amount, currency));
  }

  /** Whether a bare {@code $} may stand for {@code code}: dollars and pesos ({@code $12 CAD}). */
  private static boolean isDollarLike(String code) {
    return code.endsWith("D")
        || code.equals("MXN")
        || code.equals("ARS")
        || code.equals("CLP")
        || code.equals("COP");
  }

  /**
   * Whether, stepping from {@code index} in {@code direction}, the text has a space and then a
   * digit: the number would continue as a longer space-separated digit run (a phone number).
   */
  private static boolean digitAfterSpace(String text, int index, int direction) {
    int i = index + direction;
    if (i < 0 || i >= text.length()) {
      return false;
    }
    if (direction < 0) {
      // index is the char just before the integer part; it must be a space preceded by a digit
      return Character.isSpaceChar(text.charAt(index)) && Character.isDigit(text.charAt(i));
    }
    return Character.isSpaceChar(text.charAt(i))
        && i + 1 < text.length()
        && Character.isDigit(text.charAt(i + 1));
  }
}
