package dev.recto.extraction.parse;

import java.text.Normalizer;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Month names and abbreviations in English, German, French, Spanish, Italian, Dutch and Portuguese,
 * from the JDK's CLDR data ({@link Month#getDisplayName(TextStyle, Locale)} in all four styles),
 * plus every prefix of three or more letters of a full name that names one month only ({@code
 * sept}, {@code juil}, {@code dez}) and a few printed forms CLDR lacks ({@code mrz}, {@code
 * maerz}).
 *
 * <p>Lookup folds case, drops accents ({@code fevr} = {@code févr}) and a trailing dot. Not API;
 * immutable and thread-safe.
 */
final class MonthNames {

  static final List<Locale> LANGUAGES =
      List.of(
          Locale.ENGLISH,
          Locale.GERMAN,
          Locale.FRENCH,
          Locale.forLanguageTag("es"),
          Locale.ITALIAN,
          Locale.forLanguageTag("nl"),
          Locale.forLanguageTag("pt"));

  private static final Map<String, Month> EXTRA =
      Map.of("mrz", Month.MARCH, "maerz", Month.MARCH, "sept", Month.SEPTEMBER);

  private final Map<String, Month> byName;

  private MonthNames(Map<String, Month> byName) {
    this.byName = Map.copyOf(byName);
  }

  /** The month a printed name or abbreviation stands for. */
  Optional<Month> lookup(String token) {
    return Optional.ofNullable(byName.get(fold(token)));
  }

  static MonthNames instance() {
    return Holder.INSTANCE;
  }

  /** Lower case, no accents, no trailing dot. */
  static String fold(String token) {
    String s = Normalizer.normalize(token.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    s = s.toLowerCase(Locale.ROOT);
    while (s.endsWith(".")) {
      s = s.substring(0, s.length() - 1);
    }
    return s;
  }

  private static MonthNames build() {
    Map<String, Month> names = new HashMap<>();
    Set<String> ambiguous = new HashSet<>();
    for (Locale locale : LANGUAGES) {
      for (Month month : Month.values()) {
        for (TextStyle style :
            new TextStyle[] {
              TextStyle.FULL, TextStyle.FULL_STANDALONE, TextStyle.SHORT, TextStyle.SHORT_STANDALONE
            }) {
          String name = fold(month.getDisplayName(style, locale));
          if (name.length() < 3 || !name.chars().allMatch(Character::isLetter)) {
            continue;
          }
          put(names, ambiguous, name, month);
          if (style == TextStyle.FULL || style == TextStyle.FULL_STANDALONE) {
            for (int len = 3; len < name.length(); len++) {
              put(names, ambiguous, name.substring(0, len), month);
            }
          }
        }
      }
    }
    ambiguous.forEach(names::remove);
    EXTRA.forEach(names::putIfAbsent);
    return new MonthNames(names);
  }

  private static void put(Map<String, Month> names, Set<String> ambiguous, String key, Month m) {
    Month old = names.putIfAbsent(key, m);
    if (old != null && old != m) {
      ambiguous.add(key);
    }
  }

  private static final class Holder {
    static final MonthNames INSTANCE = build();

    private Holder() {}
  }
}
