package dev.recto.extraction.parse;

import java.util.Locale;
import java.util.Optional;
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

  /**
   * The BIC that OCR text {@code text} stands for, with digits in its party prefix and country code
   * read as the letters they look like ({@code 0GCUDET8} → {@code OGCUDET8}, {@code ROI0ESE4XXX} →
   * {@code ROIOESE4XXX}: {@code 0} O, {@code 1} I, {@code 2} Z, {@code 5} S, {@code 6} G, {@code 8}
   * B). The prefix may hold digits since ISO 9362:2014, but issued BICs use letters there, while
   * OCR reads an O as a zero often. Empty when the result is no valid BIC.
   */
  public static Optional<String> ocrRead(String text) {
    String bic = normalize(text);
    StringBuilder b = new StringBuilder(bic);
    for (int i = 0; i < Math.min(6, b.length()); i++) {
      b.setCharAt(i, OcrLookalikes.letterFor(b.charAt(i)));
    }
    String read = b.toString();
    return isValid(read) ? Optional.of(read) : Optional.empty();
  }

  private static Set<String> countries() {
    java.util.HashSet<String> set = new java.util.HashSet<>(Set.of(Locale.getISOCountries()));
    set.add("XK");
    return Set.copyOf(set);
  }
}
