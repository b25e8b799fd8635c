package dev.recto.templates.convert;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

/** Python {@code strftime} formats as {@link DateTimeFormatter} patterns. Stateless. */
final class StrftimeFormats {

  private static final Map<Character, String> CODES =
      Map.of(
          'd', "dd", 'm', "MM", 'Y', "yyyy", 'y', "yy", 'B', "MMMM", 'b', "MMM", 'H', "HH", 'M',
          "mm", 'S', "ss", 'A', "EEEE");

  private StrftimeFormats() {}

  /** The pattern, or null when a directive has no equivalent. */
  static String toJava(String strftime) {
    StringBuilder out = new StringBuilder();
    StringBuilder literal = new StringBuilder();
    for (int i = 0; i < strftime.length(); i++) {
      char c = strftime.charAt(i);
      if (c == '%' && i + 1 < strftime.length()) {
        String code = CODES.get(strftime.charAt(++i));
        if (code == null) {
          return null;
        }
        flush(literal, out);
        out.append(code);
      } else {
        literal.append(c);
      }
    }
    flush(literal, out);
    try {
      DateTimeFormatter.ofPattern(out.toString(), Locale.ROOT);
    } catch (IllegalArgumentException e) {
      return null;
    }
    return out.toString();
  }

  private static void flush(StringBuilder literal, StringBuilder out) {
    if (literal.length() > 0) {
      out.append('\'').append(literal.toString().replace("'", "''")).append('\'');
      literal.setLength(0);
    }
  }
}
