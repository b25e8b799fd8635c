package dev.recto.extraction.parse;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads calendar dates under one document's {@link DateOrder}.
 *
 * <p>Handled:
 *
 * <ul>
 *   <li>numeric dates with {@code /}, {@code .} or {@code -} (the same one twice, spaces around
 *       allowed: {@code 5. 3. 2024}) or with spaces alone when the year has four digits ({@code 05
 *       03 2024}); ISO {@code 2024-03-05} (a four-digit first component is always year-month-day);
 *   <li>month names and abbreviations in English, German, French, Spanish, Italian, Dutch and
 *       Portuguese, any case, with or without accents and trailing dot ({@code 5 March 2024},
 *       {@code March 5, 2024}, {@code 5. März 2024}, {@code 5 mars 2024}, {@code 5 de marzo de
 *       2024}, {@code 1er avril 2024}, {@code 1st March 2024}, {@code 05-Mar-24}, {@code 5 mrt
 *       2024}, {@code 5 févr. 2024}, {@code 2024-Mar-05});
 *   <li>two-digit years: {@code 00}–{@code 69} are 2000–2069, {@code 70}–{@code 99} are 1970–1999
 *       (the POSIX {@code strptime %y} pivot); four-digit years must lie in 1900–2099.
 * </ul>
 *
 * Every date is validated against the calendar ({@code 31.02.2024} is rejected). A numeric date
 * that is invalid in the document's order is rejected rather than read the other way round: the
 * order is decided per document by {@link DateOrder#fromEvidence}.
 *
 * <p>Immutable and thread-safe; build one per order and share it.
 *
 * <pre>{@code
 * DateParser dates = new DateParser(DateOrder.DMY);
 * dates.parse("05/03/2024");        // Optional[2024-03-05]
 * dates.findAll("Datum: 5. März 2024, fällig 19.03.24");  // two matches
 * }</pre>
 */
public final class DateParser {

  /**
   * A month name or abbreviation; its first letter may be a zero, OCR's reading of the O of {@code
   * Oct}, {@code Oktober}, {@code ottobre}, {@code outubro} ({@code 0ct 29, 2023}, {@code 210ct
   * 2024}).
   */
  private static final String MON = "(?<mon>[\\p{L}0]\\p{L}{2,}\\.?)";

  /**
   * A four-digit year glued to the time after it ({@code 25/12/20188:13:39}, {@code Mar201818:24}:
   * OCR that missed the space on a receipt): the year ends the date when the digits after it are an
   * hour and minutes.
   */
  private static final String GLUED_TIME = "(?<=\\d{4})(?=\\d{1,2}:\\d{2})";

  private static final Pattern NUMERIC =
      Pattern.compile(
          "(?<![\\d.,/-])(?<a>\\d{1,4})(?<s1>\\h*[./-]\\h*|\\h+)(?<b>\\d{1,2})"
              + "(?<s2>\\h*[./-]\\h*|\\h+)(?<c>\\d{1,4})(?:"
              + GLUED_TIME
              + "|(?!\\d|[.,/-]\\d|\\h?%))");
  private static final Pattern DAY_MONTH_YEAR =
      Pattern.compile(
          "(?iu)(?<![\\p{L}\\d])(?<d>\\d{1,2})(?:\\.º|\\.|er|st|nd|rd|th|º|ª|°)?"
              + "(?:\\h*[-/.]\\h*|\\h*(?:(?:de|of)\\h+)?)"
              + MON
              + "(?:\\h*[-/.]\\h*|\\h*,?\\h*(?:del?\\h+)?)"
              + "(?<y>\\d{4}|\\d{2})(?:"
              + GLUED_TIME
              + "|(?![\\p{L}\\d]))");
  private static final Pattern MONTH_DAY_YEAR =
      Pattern.compile(
          "(?iu)(?<![\\p{L}\\d])"
              + MON
              + "\\h*(?<d>\\d{1,2})(?:st|nd|rd|th)?(?:\\h*,\\h*|\\h+)(?<y>\\d{4})(?![\\p{L}\\d])");
  private static final Pattern YEAR_MONTH_DAY =
      Pattern.compile(
          "(?iu)(?<![\\p{L}\\d])(?<y>\\d{4})[-/.\\h]"
              + MON
              + "[-/.\\h](?<d>\\d{1,2})(?![\\p{L}\\d])");

  private final DateOrder order;
  private final MonthNames months = MonthNames.instance();

  /** A parser for dates in a document whose numeric dates follow {@code order}. */
  public DateParser(DateOrder order) {
    this.order = Objects.requireNonNull(order, "order");
  }

  public DateOrder order() {
    return order;
  }

  /**
   * Reads {@code text} as one date; the whole string, trimmed, must be the date.
   *
   * @return the date, or empty when the text is not exactly one valid date
   */
  public Optional<LocalDate> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String s = text.strip();
    for (Pattern p : new Pattern[] {NUMERIC, DAY_MONTH_YEAR, MONTH_DAY_YEAR, YEAR_MONTH_DAY}) {
      Matcher m = p.matcher(s);
      if (m.matches()) {
        Optional<LocalDate> d = read(p, m);
        if (d.isPresent()) {
          return d;
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Finds every date inside a longer text, left to right, not overlapping; where two readings
   * overlap the one starting first (then the longer) wins.
   */
  public List<Match<LocalDate>> findAll(String text) {
    List<Match<LocalDate>> candidates = new ArrayList<>();
    if (text == null) {
      return candidates;
    }
    for (Pattern p : new Pattern[] {NUMERIC, DAY_MONTH_YEAR, MONTH_DAY_YEAR, YEAR_MONTH_DAY}) {
      Matcher m = p.matcher(text);
      int from = 0;
      while (from < text.length() && m.find(from)) {
        Optional<LocalDate> d = read(p, m);
        if (d.isPresent()) {
          candidates.add(new Match<>(d.get(), m.start(), m.end(), m.group()));
          from = m.end();
        } else {
          from = m.start() + 1;
        }
      }
    }
    candidates.sort(
        Comparator.<Match<LocalDate>>comparingInt(Match::start)
            .thenComparing(Comparator.<Match<LocalDate>>comparingInt(Match::end).reversed()));
    List<Match<LocalDate>> out = new ArrayList<>();
    int end = 0;
    for (Match<LocalDate> c : candidates) {
      if (c.start() >= end) {
        out.add(c);
        end = c.end();
      }
    }
    return out;
  }

  private Optional<LocalDate> read(Pattern p, Matcher m) {
    if (p == NUMERIC) {
      return readNumeric(m.group("a"), m.group("s1"), m.group("b"), m.group("s2"), m.group("c"));
    }
    String mon = m.group("mon");
    Optional<Month> month = months.lookup(mon.startsWith("0") ? "O" + mon.substring(1) : mon);
    if (month.isEmpty()) {
      return Optional.empty();
    }
    return date(year(m.group("y")), month.get().getValue(), Integer.parseInt(m.group("d")));
  }

  private Optional<LocalDate> readNumeric(String a, String s1, String b, String s2, String c) {
    String sep1 = s1.strip();
    String sep2 = s2.strip();
    if (!sep1.equals(sep2)) {
      return Optional.empty();
    }
    if (a.length() == 4) {
      return c.length() <= 2 ? date(year(a), num(b), num(c)) : Optional.empty();
    }
    if (a.length() > 2 || (c.length() != 2 && c.length() != 4)) {
      return Optional.empty();
    }
    if (sep1.isEmpty() && c.length() != 4) {
      return Optional.empty();
    }
    if (order == DateOrder.YMD && c.length() == 2) {
      return date(year(a), num(b), num(c));
    }
    if (order == DateOrder.MDY) {
      return date(year(c), num(a), num(b));
    }
    return date(year(c), num(b), num(a));
  }

  private static int num(String s) {
    return Integer.parseInt(s);
  }

  /** The full year of a printed year: two digits pivot at 70, four digits must be 1900-2099. */
  private static int year(String y) {
    int v = Integer.parseInt(y);
    if (y.length() == 2) {
      return v <= 69 ? 2000 + v : 1900 + v;
    }
    return y.length() == 4 && v >= 1900 && v <= 2099 ? v : -1;
  }

  private static Optional<LocalDate> date(int year, int month, int day) {
    if (year < 0) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.of(year, month, day));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }
}
