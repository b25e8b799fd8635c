package dev.recto.extraction.generic;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts back the space that OCR drops inside postal codes of an address line: a British postcode's
 * outward and inward codes ({@code AV993XH} → {@code AV99 3XH}; the inward code is a digit and two
 * letters from {@code ABD-HJLNP-UW-Z}, per the Royal Mail's format) and a US state code glued to
 * its ZIP code ({@code MA12467} → {@code MA 12467}; the two letters must be a USPS state or
 * territory code). Other words pass unchanged.
 *
 * <p>Stateless and thread-safe.
 */
final class PostalCodes {

  private static final Pattern UK =
      Pattern.compile("([A-Z]{1,2}\\d[A-Z\\d]?)(\\d[ABD-HJLNP-UW-Z]{2})([,.]?)");
  private static final Pattern US = Pattern.compile("([A-Z]{2})(\\d{5}(?:-\\d{4})?)([,.]?)");
  private static final Set<String> STATES =
      Set.of(
          "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "HI", "ID", "IL", "IN", "IA",
          "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ",
          "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT",
          "VA", "WA", "WV", "WI", "WY", "DC", "AS", "GU", "MP", "PR", "VI");

  private PostalCodes() {}

  /** {@code line} with each glued postal code split at its space. */
  static String spaceGlued(String line) {
    String[] words = line.split(" ", -1);
    for (int i = 0; i < words.length; i++) {
      words[i] = spaceGluedWord(words[i]);
    }
    return String.join(" ", words);
  }

  static String spaceGluedWord(String word) {
    Matcher us = US.matcher(word);
    if (us.matches() && STATES.contains(us.group(1))) {
      return us.group(1) + " " + us.group(2) + us.group(3);
    }
    Matcher uk = UK.matcher(word);
    if (uk.matches()) {
      return uk.group(1) + " " + uk.group(2) + uk.group(3);
    }
    return word;
  }
}
