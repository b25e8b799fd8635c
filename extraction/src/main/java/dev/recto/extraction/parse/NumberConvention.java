package dev.recto.extraction.parse;

import java.math.BigDecimal;
import java.text.DecimalFormatSymbols;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How one document writes numbers: which of {@code .} and {@code ,} is the decimal separator. The
 * other one, and spaces (U+0020, U+00A0, U+2009, U+202F) and apostrophes ({@code '} and U+2019),
 * group thousands.
 *
 * <p>A convention is decided once per document from its own amounts ({@link #fromEvidence}) and
 * then applied to every number on it, so that {@code 1,234} means the same on every line rather
 * than being guessed string by string.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * NumberConvention nc = NumberConvention.fromEvidence(List.of("1.234,56", "12,50"), Locale.US);
 * nc.decimalSeparator();                  // ','
 * nc.parseNumber("1.234");                // Optional[1234]
 * }</pre>
 *
 * @param decimalSeparator {@code '.'} or {@code ','}
 */
public record NumberConvention(char decimalSeparator) {

  /** {@code 1,234.56}: dot decimals, comma (or space, apostrophe) grouping. */
  public static final NumberConvention DOT = new NumberConvention('.');

  /** {@code 1.234,56}: comma decimals, dot (or space, apostrophe) grouping. */
  public static final NumberConvention COMMA = new NumberConvention(',');

  /** Grouping characters shared by both conventions: spaces and apostrophes. */
  static final String SHARED_GROUPING = " \u00A0\u2009\u202F'\u2019";

  /** Runs of digits with dot, comma, space or apostrophe between them: the evidence tokens. */
  private static final Pattern TOKEN =
      Pattern.compile(
          "(?<![\\d.,])\\d+(?:[.,'\u2019]\\d+|[ \u00A0\u2009\u202F]\\d{3}(?!\\d))*(?!\\d)");

  public NumberConvention {
    if (decimalSeparator != '.' && decimalSeparator != ',') {
      throw new IllegalArgumentException(
          "decimalSeparator must be '.' or ',', was '" + decimalSeparator + "'");
    }
  }

  /** The other one of {@code .} and {@code ,}, which groups thousands under this convention. */
  public char groupingSeparator() {
    return decimalSeparator == '.' ? ',' : '.';
  }

  /** Whether {@code c} groups thousands under this convention. */
  public boolean isGroupingChar(char c) {
    return c == groupingSeparator() || SHARED_GROUPING.indexOf(c) >= 0;
  }

  /**
   * The convention of a locale's standard number format (CLDR data of the JDK): {@link #COMMA} for
   * {@code de-DE}, {@code fr-FR}, {@link #DOT} for {@code en-US}, {@code de-CH}; {@link #DOT} when
   * the locale is null or uses neither.
   */
  public static NumberConvention fromLocale(Locale locale) {
    if (locale == null) {
      return DOT;
    }
    char d = DecimalFormatSymbols.getInstance(locale).getDecimalSeparator();
    return d == ',' ? COMMA : DOT;
  }

  /**
   * Decides the convention from a document's own numbers.
   *
   * <p>Every digit run in the texts votes:
   *
   * <ul>
   *   <li>with both {@code .} and {@code ,} ({@code 1.234,56}, {@code 1,234.56}): the last one is
   *       the decimal separator (two votes);
   *   <li>with one separator once, followed by 1, 2 or 4+ digits ({@code 12,50}, {@code 1 234,5}),
   *       or by 3 digits after a lone {@code 0} ({@code 0,125}): that separator is decimal;
   *   <li>with one separator twice or more between groups of three ({@code 1,234,567}): it groups,
   *       so the other one is decimal;
   *   <li>one separator followed by exactly three digits ({@code 1,234}) is ambiguous and does not
   *       vote; nor do dates ({@code 05.03.2024}) or runs that fit neither reading.
   * </ul>
   *
   * The side with more votes wins; on a tie (including no evidence) the locale hint decides as in
   * {@link #fromLocale}, and without a hint {@link #DOT}.
   *
   * @param numericTexts texts of the document that may contain numbers (words, lines, cells)
   * @param hint the document's locale if known, else null
   */
  public static NumberConvention fromEvidence(Collection<String> numericTexts, Locale hint) {
    int dotVotes = 0;
    int commaVotes = 0;
    for (String text : numericTexts) {
      if (text == null) {
        continue;
      }
      Matcher m = TOKEN.matcher(text);
      while (m.find()) {
        int vote = vote(m.group());
        if (vote > 0) {
          dotVotes += vote;
        } else {
          commaVotes -= vote;
        }
      }
    }
    if (dotVotes > commaVotes) {
      return DOT;
    }
    if (commaVotes > dotVotes) {
      return COMMA;
    }
    return fromLocale(hint);
  }

  /** Positive: votes for '.', negative: votes for ',', zero: no evidence. */
  private static int vote(String token) {
    int lastDot = token.lastIndexOf('.');
    int lastComma = token.lastIndexOf(',');
    if (lastDot >= 0 && lastComma >= 0) {
      char decimal = lastDot > lastComma ? '.' : ',';
      char grouping = decimal == '.' ? ',' : '.';
      int d = Math.max(lastDot, lastComma);
      if (token.indexOf(decimal) != d || !groupedInteger(token.substring(0, d), grouping)) {
        return 0;
      }
      return decimal == '.' ? 2 : -2;
    }
    if (lastDot < 0 && lastComma < 0) {
      return 0;
    }
    char sep = lastDot >= 0 ? '.' : ',';
    int first = token.indexOf(sep);
    int last = token.lastIndexOf(sep);
    int sign = sep == '.' ? 1 : -1;
    if (first == last) {
      int after = token.length() - last - 1;
      String before = token.substring(0, last);
      if (!groupedInteger(before, '\0')) {
        return 0;
      }
      if (after == 3) {
        return before.equals("0") ? sign : 0;
      }
      return sign;
    }
    return groupedInteger(token, sep) ? -sign : 0;
  }

  /**
   * Whether {@code s} is digits grouped by threes with {@code grouping} or the shared grouping
   * chars (one kind throughout), or plain digits.
   */
  private static boolean groupedInteger(String s, char grouping) {
    char used = 0;
    int groupStart = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isDigit(c)) {
        continue;
      }
      boolean groupingChar = c == grouping || SHARED_GROUPING.indexOf(c) >= 0;
      if (!groupingChar || (used != 0 && used != c)) {
        return false;
      }
      int len = i - groupStart;
      if (used == 0 ? (len < 1 || len > 3) : len != 3) {
        return false;
      }
      used = c;
      groupStart = i + 1;
    }
    return used == 0 || s.length() - groupStart == 3;
  }

  /**
   * Reads a plain number under this convention: optional sign ({@code -}, U+2212, {@code +}),
   * digits optionally grouped by threes, optional decimals. No currency, no percent sign.
   *
   * <p>{@code parseNumber("1.234,5")} is {@code 1234.5} under {@link #COMMA} and empty under {@link
   * #DOT}.
   *
   * @param text the text, trimmed first
   * @return the value with the scale as printed, or empty when the text is not such a number
   */
  public Optional<BigDecimal> parseNumber(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String s = text.strip();
    String sign = "";
    if (!s.isEmpty() && (s.charAt(0) == '-' || s.charAt(0) == '\u2212' || s.charAt(0) == '+')) {
      sign = s.charAt(0) == '+' ? "" : "-";
      s = s.substring(1);
    }
    String signed = sign;
    return digitsOf(s).map(d -> new BigDecimal(signed + d));
  }

  /**
   * The plain-decimal form ({@code 1234.5}) of an unsigned number written under this convention, or
   * empty when it is not one. Grouping must be by threes with one grouping char throughout; an
   * ungrouped integer part may not start with {@code 0} unless it is {@code 0}.
   */
  Optional<String> digitsOf(String s) {
    if (s.isEmpty()) {
      return Optional.empty();
    }
    int dec = s.indexOf(decimalSeparator);
    String intPart = dec < 0 ? s : s.substring(0, dec);
    String frac = dec < 0 ? "" : s.substring(dec + 1);
    if (intPart.isEmpty() || (dec >= 0 && frac.isEmpty())) {
      return Optional.empty();
    }
    for (int i = 0; i < frac.length(); i++) {
      if (frac.charAt(i) < '0' || frac.charAt(i) > '9') {
        return Optional.empty();
      }
    }
    StringBuilder digits = new StringBuilder();
    char used = 0;
    int groupLen = 0;
    boolean grouped = false;
    for (int i = 0; i < intPart.length(); i++) {
      char c = intPart.charAt(i);
      if (c >= '0' && c <= '9') {
        digits.append(c);
        groupLen++;
        continue;
      }
      if (!isGroupingChar(c) || (used != 0 && used != c)) {
        return Optional.empty();
      }
      if (grouped ? groupLen != 3 : (groupLen < 1 || groupLen > 3)) {
        return Optional.empty();
      }
      used = c;
      grouped = true;
      groupLen = 0;
    }
    if (grouped && groupLen != 3) {
      return Optional.empty();
    }
    if (!grouped && digits.length() > 1 && digits.charAt(0) == '0') {
      return Optional.empty();
    }
    if (grouped && digits.charAt(0) == '0') {
      return Optional.empty();
    }
    return Optional.of(frac.isEmpty() ? digits.toString() : digits + "." + frac);
  }
}
