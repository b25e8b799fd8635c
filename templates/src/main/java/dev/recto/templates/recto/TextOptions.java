package dev.recto.templates.recto;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * How a template prepares the layout text before its regex locators, field regexes and line-item
 * patterns run on it: {@code remove_whitespace}, {@code remove_accents}, {@code lowercase}, then
 * each {@code replace} in order (invoice2data's order). Matching ({@link MatchRules}) and anchors
 * and regions read the document as printed. See {@link TextPreparer} for how offsets map back to
 * words.
 *
 * <p>Immutable and thread-safe; the list is copied.
 *
 * @param removeWhitespace drop every space character (U+0020; newlines and form feeds stay)
 * @param removeAccents transliterate to ASCII: accents removed, ligatures spelled out, other
 *     non-ASCII characters dropped
 * @param lowercase lower-case every character ({@link java.util.Locale#ROOT})
 * @param replace regular-expression replacements applied in order
 */
public record TextOptions(
    boolean removeWhitespace, boolean removeAccents, boolean lowercase, List<Replacement> replace) {

  /** No preparation: the layout text as rendered. */
  public static final TextOptions NONE = new TextOptions(false, false, false, List.of());

  public TextOptions {
    replace = List.copyOf(replace);
  }

  /** Whether these options leave the text unchanged. */
  public boolean isNone() {
    return !removeWhitespace && !removeAccents && !lowercase && replace.isEmpty();
  }

  /**
   * One replacement.
   *
   * @param pattern Java expression
   * @param replacement {@link java.util.regex.Matcher#appendReplacement} syntax: {@code $1} and
   *     {@code ${name}} insert groups, {@code \} escapes the next character
   */
  public record Replacement(Pattern pattern, String replacement) {
    public Replacement {
      Objects.requireNonNull(pattern, "pattern");
      Objects.requireNonNull(replacement, "replacement");
    }
  }
}
