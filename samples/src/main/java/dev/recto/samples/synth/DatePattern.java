package dev.recto.samples.synth;

import java.time.LocalDate;
import java.util.List;

/**
 * A date pattern with its own month names, so that printed dates do not depend on the JDK's locale
 * data (which changes between releases) and generation stays byte-identical across machines.
 *
 * <p>Letters: {@code d}, {@code dd} day; {@code M}, {@code MM} month number; {@code MMM} short and
 * {@code MMMM} full month name; {@code yy}, {@code yyyy} year. Text in single quotes and any other
 * character is copied. Immutable and thread-safe.
 *
 * @param pattern the pattern, e.g. {@code d. MMMM yyyy}
 * @param months the 12 full month names
 * @param monthsShort the 12 short month names
 */
public record DatePattern(String pattern, List<String> months, List<String> monthsShort) {

  public DatePattern {
    if (pattern == null || pattern.isBlank()) {
      throw new IllegalArgumentException("pattern must not be blank");
    }
    months = List.copyOf(months);
    monthsShort = List.copyOf(monthsShort);
    if (months.size() != 12 || monthsShort.size() != 12) {
      throw new IllegalArgumentException("need 12 month names, got " + months.size());
    }
  }

  /** True when the pattern prints a month name rather than a number. */
  public boolean usesMonthNames() {
    return pattern.contains("MMM");
  }

  /** The date as printed. */
  public String format(LocalDate date) {
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < pattern.length()) {
      char c = pattern.charAt(i);
      if (c == '\'') {
        int end = pattern.indexOf('\'', i + 1);
        if (end < 0) {
          throw new IllegalArgumentException("unclosed quote in " + pattern);
        }
        out.append(pattern, i + 1, end);
        i = end + 1;
        continue;
      }
      int run = 1;
      while (i + run < pattern.length() && pattern.charAt(i + run) == c) {
        run++;
      }
      switch (c) {
        case 'd' -> out.append(run >= 2 ? two(date.getDayOfMonth()) : date.getDayOfMonth());
        case 'M' -> out.append(month(date.getMonthValue(), run));
        case 'y' -> out.append(run == 2 ? two(date.getYear() % 100) : date.getYear());
        default -> out.append(String.valueOf(c).repeat(run));
      }
      i += run;
    }
    return out.toString();
  }

  private String month(int m, int run) {
    return switch (run) {
      case 1 -> String.valueOf(m);
      case 2 -> two(m);
      case 3 -> monthsShort.get(m - 1);
      default -> months.get(m - 1);
    };
  }

  private static String two(int v) {
    return v < 10 ? "0" + v : String.valueOf(v);
  }
}
