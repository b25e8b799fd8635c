package dev.recto.extraction.generic;

import java.util.regex.Pattern;

/**
 * Closes the space OCR puts between dotted capital initials: {@code D. E} → {@code D.E}, {@code P.
 * T. 2811} → {@code P.T. 2811}. Only single capitals each followed by a point are joined, so a
 * name's {@code J. Smith} keeps its space. Stateless and thread-safe.
 */
final class SpacedInitials {

  private static final Pattern SPACE_BETWEEN =
      Pattern.compile("(?<![\\p{L}\\p{N}])(\\p{Lu})\\.\\s+(?=\\p{Lu}(?:\\.|(?![\\p{L}\\p{N}])))");

  private SpacedInitials() {}

  /** {@code text} with the spaces between dotted single capitals removed. */
  static String close(String text) {
    String before;
    String out = text;
    do {
      before = out;
      out = SPACE_BETWEEN.matcher(out).replaceAll("$1.");
    } while (!out.equals(before));
    return out;
  }
}
