package dev.recto.templates.invoice2data;

import java.text.Normalizer;
import java.util.Locale;

/**
 * A template's text options, applied to the document's text before its fields are searched: {@code
 * remove_whitespace}, {@code remove_accents}, {@code lowercase}, then {@code replace}, in that
 * order, as invoice2data's {@code prepare_input}. Keywords are matched on the text before this.
 * Stateless and thread-safe.
 */
public final class TextPreparation {

  private TextPreparation() {}

  /**
   * The text after the template's {@code remove_whitespace}, {@code remove_accents}, {@code
   * lowercase} and {@code replace} options, in that order.
   */
  public static String prepare(Options options, String text) {
    String s = text;
    if (options.removeWhitespace()) {
      s = s.replaceAll(" +", "");
    }
    if (options.removeAccents()) {
      s = removeAccents(s);
    }
    if (options.lowercase()) {
      s = s.toLowerCase(Locale.ROOT);
    }
    for (Options.Replace r : options.replace()) {
      s = r.pattern().sub(r.replacement(), s);
    }
    return s;
  }

  /**
   * Transliteration to ASCII in the manner of {@code unidecode} for the letters of Western and
   * Central European languages: accents are removed, ligatures and a few letters spelled out, and
   * other non-ASCII characters dropped.
   */
  public static String removeAccents(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      if (cp < 128) {
        out.appendCodePoint(cp);
        continue;
      }
      String special =
          switch (cp) {
            case 'ß' -> "ss";
            case 'æ' -> "ae";
            case 'Æ' -> "AE";
            case 'œ' -> "oe";
            case 'Œ' -> "OE";
            case 'ø' -> "o";
            case 'Ø' -> "O";
            case 'ł' -> "l";
            case 'Ł' -> "L";
            case 'đ' -> "d";
            case 'Đ' -> "D";
            case 'þ' -> "th";
            case 'Þ' -> "Th";
            case '€' -> "EUR";
            case '£' -> "PS";
            case '\u00a0' -> " ";
            case '’', '‘' -> "'";
            case '“', '”' -> "\"";
            case '–', '—' -> "-";
            default -> null;
          };
      if (special != null) {
        out.append(special);
        continue;
      }
      String d = Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFKD);
      for (int j = 0; j < d.length(); j++) {
        char c = d.charAt(j);
        if (c < 128) {
          out.append(c);
        }
      }
    }
    return out.toString();
  }
}
