package dev.recto.extraction.parse;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Percentages as printed ({@code 19 %}, {@code 19,0%}, {@code 7.5%}), returned as the fraction that
 * {@link dev.recto.core.field.FieldType#RATE} wants: {@code 0.19}, {@code 0.075}.
 *
 * <p>A percentage is at most three integer digits with one optional decimal part after {@code .} or
 * {@code ,} (a percentage never needs grouping, so either separator is read as decimal), a sign
 * allowed, and {@code %} (or U+FF05) after optional spaces. Values above 100 % are rejected. The
 * fraction has its trailing zeros stripped ({@code 19,0%} is {@code 0.19}, {@code 100%} is {@code
 * 1}).
 *
 * <p>Stateless and thread-safe.
 */
public final class Percentages {

  private static final String NUMBER = "(?<n>[-\u2212+]?\\d{1,3}(?:[.,]\\d{1,4})?)";
  private static final Pattern WHOLE = Pattern.compile(NUMBER + "\\h*[%\uFF05]");
  private static final Pattern INSIDE = Pattern.compile("(?<![\\d.,])" + NUMBER + "\\h*[%\uFF05]");

  private Percentages() {}

  /**
   * Reads {@code text}, trimmed, as one percentage.
   *
   * @return the fraction, or empty when the text is not exactly a percentage in {@code [-100, 100]}
   */
  public static Optional<BigDecimal> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    Matcher m = WHOLE.matcher(text.strip());
    return m.matches() ? fraction(m.group("n")) : Optional.empty();
  }

  /** Every percentage inside a longer text, as fractions with their offsets. */
  public static List<Match<BigDecimal>> findAll(String text) {
    List<Match<BigDecimal>> out = new ArrayList<>();
    if (text == null) {
      return out;
    }
    Matcher m = INSIDE.matcher(text);
    while (m.find()) {
      fraction(m.group("n")).ifPresent(f -> out.add(new Match<>(f, m.start(), m.end(), m.group())));
    }
    return out;
  }

  private static Optional<BigDecimal> fraction(String number) {
    String s = number.replace(',', '.').replace('\u2212', '-');
    BigDecimal percent = new BigDecimal(s);
    if (percent.abs().compareTo(BigDecimal.valueOf(100)) > 0) {
      return Optional.empty();
    }
    return Optional.of(percent.movePointLeft(2).stripTrailingZeros());
  }
}
