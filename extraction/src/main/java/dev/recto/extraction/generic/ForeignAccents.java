package dev.recto.extraction.generic;

import java.text.Normalizer;
import java.util.Map;

/**
 * Drops the accents OCR reads into a name or address that the document's language never writes
 * there: on scans the dot of an {@code i}, blurred, passes for an acute ({@code Fríedríchstraße},
 * {@code Vía Cavour}) and specks for a grave ({@code òhne}), and an accent that the language has no
 * letter for is such a misreading, not print.
 *
 * <p>Letters each language writes with a mark (lower case; capitals alike):
 *
 * <ul>
 *   <li>{@code de}: ä ö ü, and é (loanwords and names: {@code Café}, {@code René});
 *   <li>{@code en}: é (the same);
 *   <li>{@code fr}: à â ä ç é è ê ë î ï ô ö ù û ü ÿ;
 *   <li>{@code es}: á é í ó ú ñ ü;
 *   <li>{@code it}: à è é ì í î ò ó ù, and only as a word's last letter ({@code città}, {@code
 *       perché}; Italian spelling marks no other vowel);
 *   <li>{@code nl}: á é è ë í ï ó ö ú ü;
 *   <li>{@code pt}: á â ã à ç é ê í ó ô õ ú.
 * </ul>
 *
 * A document of another language, or whose language is not known, keeps its text as read. Only
 * OCR'd text should go through here: a text layer prints what it prints.
 *
 * <p>Stateless and thread-safe.
 */
final class ForeignAccents {

  private record Alphabet(String accented, boolean lastLetterOnly) {}

  private static final Map<String, Alphabet> ALPHABETS =
      Map.of(
          "de", new Alphabet("äöüé", false),
          "en", new Alphabet("é", false),
          "fr", new Alphabet("àâäçéèêëîïôöùûüÿ", false),
          "es", new Alphabet("áéíóúñü", false),
          "it", new Alphabet("àèéìíîòóù", true),
          "nl", new Alphabet("áéèëíïóöúü", false),
          "pt", new Alphabet("áâãàçéêíóôõú", false));

  private ForeignAccents() {}

  /**
   * {@code text} with every accented letter that {@code language} (ISO 639-1) does not write at
   * that place turned into its base letter; {@code text} itself for other languages.
   */
  static String strip(String text, String language) {
    Alphabet alphabet = ALPHABETS.get(language);
    if (alphabet == null || text == null) {
      return text;
    }
    String composed = Normalizer.normalize(text, Normalizer.Form.NFC);
    StringBuilder out = new StringBuilder(composed.length());
    boolean changed = false;
    for (int i = 0; i < composed.length(); i++) {
      char c = composed.charAt(i);
      char base = base(c);
      if (base != c && !writes(alphabet, c, composed, i)) {
        out.append(base);
        changed = true;
      } else {
        out.append(c);
      }
    }
    return changed ? out.toString() : text;
  }

  private static boolean writes(Alphabet alphabet, char c, String text, int i) {
    char lower = Character.toLowerCase(c);
    if (alphabet.accented().indexOf(lower) < 0) {
      return false;
    }
    return !alphabet.lastLetterOnly()
        || i + 1 >= text.length()
        || !Character.isLetter(text.charAt(i + 1));
  }

  /**
   * The letter {@code c} without its marks when it is a Latin letter with exactly one mark ({@code
   * í} → {@code i}), else {@code c}. Letters such as {@code ß}, {@code ø} have no marks and stay.
   */
  private static char base(char c) {
    if (c < 0xC0 || !Character.isLetter(c)) {
      return c;
    }
    String d = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
    if (d.length() == 2
        && d.charAt(0) < 0x80
        && Character.getType(d.charAt(1)) == Character.NON_SPACING_MARK) {
      return d.charAt(0);
    }
    return c;
  }
}
