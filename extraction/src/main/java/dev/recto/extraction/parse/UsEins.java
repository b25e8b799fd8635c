package dev.recto.extraction.parse;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * US Employer Identification Numbers: {@code NN-NNNNNNN} (the hyphen optional, spaces around it
 * allowed) whose two-digit prefix the IRS assigns.
 *
 * <p>Valid prefixes, from the IRS page "How EINs are assigned and valid EIN prefixes": 01–06,
 * 10–16, 20–27, 30–48, 50–68, 71–77, 80–88, 90–95, 98, 99. EINs carry no check digit.
 *
 * <p>Stateless and thread-safe.
 */
public final class UsEins {

  private static final Pattern FORMAT = Pattern.compile("(\\d{2})\\h*-?\\h*(\\d{7})");

  private static final Set<Integer> PREFIXES = prefixes();

  private UsEins() {}

  /** Whether {@code text}, trimmed, is an EIN with an assigned prefix. */
  public static boolean isValid(String text) {
    return normalize(text).isPresent();
  }

  /** The EIN as {@code NN-NNNNNNN}, or empty when {@code text} is not a valid one. */
  public static Optional<String> normalize(String text) {
    if (text == null) {
      return Optional.empty();
    }
    Matcher m = FORMAT.matcher(text.strip());
    if (!m.matches() || !PREFIXES.contains(Integer.parseInt(m.group(1)))) {
      return Optional.empty();
    }
    return Optional.of(m.group(1) + "-" + m.group(2));
  }

  private static Set<Integer> prefixes() {
    java.util.HashSet<Integer> set = new java.util.HashSet<>();
    int[][] ranges = {
      {1, 6}, {10, 16}, {20, 27}, {30, 48}, {50, 68}, {71, 77}, {80, 88}, {90, 95}, {98, 99}
    };
    for (int[] r : ranges) {
      for (int p = r[0]; p <= r[1]; p++) {
        set.add(p);
      }
    }
    return Set.copyOf(set);
  }
}
