package dev.recto.extraction.parse;

import java.util.Locale;
import java.util.Set;

/**
 * Business Identifier Codes (BIC, SWIFT code; ISO 9362).
 *
 * <p>A BIC is 8 or 11 characters: a 4-character party prefix (letters or digits since ISO
 * 9362:2014, letters in practice), a 2-letter ISO 3166 country code that exists ({@link
 * Locale#getISOCountries()}, plus {@code XK} for Kosovo), a 2-character location code and an
 * optional 3-character branch code. Whitespace is ignored and case folded.
 *
 * <p>Stateless and thread-safe.
 */
public final class Bics {

  private static final Set<String> COUNTRIES = countries();

  private Bics() {}

  /** The BIC without whitespace, upper case. Does not validate. */
  public static String normalize(String text) {
    return text == null ? "" : text.replaceAll("[\\s\\u00A0\\u202F]", "").toUpperCase(Locale.ROOT);
  }

  /** Whether {@code text}, normalized, is a well-formed BIC of a real country. */
  public static boolean isValid(String text) {
    String bic = normalize(text);
    if (!bic.matches("[A-Z0-9]{4}[A-Z]{2}[A-Z0-9]{2}(?:[A-Z0-9]{3})?")) {
      return false;
    }
    if (!bic.substring(0, 4).chars().anyMatch(Character::isLetter)) {
      return false;
    }
    return COUNTRIES.contains(bic.substring(4, 6));
  }

  private static Set<String> countries() {
    java.util.HashSet<String> set = new java.util.HashSet<>(Set.of(Locale.getISOCountries()));
    set.add("XK");
    return Set.copyOf(set);
  }
}
