package dev.recto.extraction.parse;

import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.util.Collection;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The order of day, month and year in a document's numeric dates, decided once per document.
 *
 * <p>The order only matters for dates whose components could be read both ways ({@code
 * 05/03/2024}); a four-digit first component is always read year-month-day ({@code 2024-03-05}) and
 * a four-digit last one never as year-first.
 */
public enum DateOrder {
  /** {@code 31.12.2024}, {@code 31/12/24}. */
  DMY,
  /** {@code 12/31/2024}. */
  MDY,
  /** {@code 24/12/31}; four-digit-year ISO dates are read this way under every order. */
  YMD;

  private static final Pattern NUMERIC =
      Pattern.compile(
          "(?<![\\d.,/-])(\\d{1,4})\\h*([./-])\\h*(\\d{1,2})\\h*\\2\\h*(\\d{1,4})(?![\\d]|[.,/-]\\d)");

  /**
   * Decides the order from a document's own numeric dates.
   *
   * <p>A date whose first component is 13 to 31 votes {@link #DMY}; one whose second component is
   * 13 to 31 votes {@link #MDY}; one with all components two-digit and a first component 32 or more
   * votes {@link #YMD}. Four-digit-year-first dates do not vote. The order with the most votes
   * wins; on a tie (including no evidence) the hint's CLDR short date pattern decides ({@code
   * en-US} and plain {@code en} give {@link #MDY}, {@code ja}, {@code sv} and {@code hu} give
   * {@link #YMD}, {@code de}, {@code fr}, {@code en-GB} {@link #DMY}), and without a hint {@link
   * #DMY}.
   *
   * @param dateTexts texts that may contain dates
   * @param hint the document's locale if known, else null
   */
  public static DateOrder fromEvidence(Collection<String> dateTexts, Locale hint) {
    int[] votes = new int[values().length];
    for (String text : dateTexts) {
      if (text == null) {
        continue;
      }
      Matcher m = NUMERIC.matcher(text);
      while (m.find()) {
        String a = m.group(1);
        int first = Integer.parseInt(a);
        int second = Integer.parseInt(m.group(3));
        if (a.length() > 2) {
          continue;
        }
        if (first > 12 && first <= 31 && second >= 1 && second <= 12) {
          votes[DMY.ordinal()]++;
        } else if (second > 12 && second <= 31 && first >= 1 && first <= 12) {
          votes[MDY.ordinal()]++;
        } else if (first > 31 && m.group(4).length() == 2) {
          votes[YMD.ordinal()]++;
        }
      }
    }
    DateOrder best = null;
    int bestVotes = 0;
    boolean tie = false;
    for (DateOrder order : values()) {
      int v = votes[order.ordinal()];
      if (v > bestVotes) {
        best = order;
        bestVotes = v;
        tie = false;
      } else if (v == bestVotes && v > 0) {
        tie = true;
      }
    }
    return best != null && !tie ? best : fromLocale(hint);
  }

  /**
   * The order of a locale's CLDR short date pattern, {@link #DMY} when the locale is null or its
   * pattern names no order.
   */
  public static DateOrder fromLocale(Locale locale) {
    if (locale == null) {
      return DMY;
    }
    String p =
        DateTimeFormatterBuilder.getLocalizedDateTimePattern(
            FormatStyle.SHORT, null, IsoChronology.INSTANCE, locale);
    p = p.replaceAll("'[^']*'", "");
    int d = p.indexOf('d');
    int mo = p.indexOf('M');
    if (mo < 0) {
      mo = p.indexOf('L');
    }
    int y = p.indexOf('y');
    if (y < 0) {
      y = p.indexOf('u');
    }
    if (d < 0 || mo < 0 || y < 0) {
      return DMY;
    }
    if (y < mo && mo < d) {
      return YMD;
    }
    return mo < d ? MDY : DMY;
  }
}
