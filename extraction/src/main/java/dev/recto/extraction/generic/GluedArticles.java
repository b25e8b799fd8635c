package dev.recto.extraction.generic;

import java.util.regex.Pattern;

/**
 * Puts back the space OCR drops between a Spanish or French preposition and the article after it in
 * a street name: {@code Calle dela Luna} → {@code Calle de la Luna}, {@code avenue dela Gare} →
 * {@code avenue de la Gare}, {@code Camino delos Olivos} → {@code Camino de los Olivos}. The
 * preposition and article are printed close, and neither language writes {@code dela} as a word.
 * Only in the lower-case spelling (a surname {@code Dela} stays), only for documents in those
 * languages, and only for OCR text.
 *
 * <p>Stateless and thread-safe.
 */
final class GluedArticles {

  private static final Pattern SPANISH = Pattern.compile("\\bde(la|las|los)\\b");
  private static final Pattern FRENCH = Pattern.compile("\\bde(la)\\b");

  private GluedArticles() {}

  /** {@code text} with its glued articles apart, for a document in {@code language} (ISO 639-1). */
  static String split(String text, String language) {
    Pattern p =
        switch (language) {
          case "es" -> SPANISH;
          case "fr" -> FRENCH;
          default -> null;
        };
    return p == null || text == null ? text : p.matcher(text).replaceAll("de $1");
  }
}
