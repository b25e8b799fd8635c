package dev.recto.templates.invoice2data;

import dev.recto.templates.regex.PythonRegex;
import java.util.List;
import java.util.Objects;

/**
 * A template's {@code options}, with invoice2data's defaults for those it leaves out.
 *
 * @param currency written as {@code currency} in every result (default {@code EUR})
 * @param dateFormats {@code strptime} formats tried first when parsing dates (default none)
 * @param languages two-letter language codes whose month names date parsing reads (default none:
 *     every language Recto knows)
 * @param decimalSeparator the decimal separator of amounts (default {@code .}); every other {@code
 *     .}, {@code ,}, {@code '} and whitespace is taken as a thousands separator
 * @param removeWhitespace remove every run of spaces from the text before fields are searched
 * @param removeAccents transliterate the text to ASCII before fields are searched
 * @param lowercase lowercase the text before fields are searched
 * @param replace regex replacements applied, in order, to the text before fields are searched
 */
public record Options(
    String currency,
    List<String> dateFormats,
    List<String> languages,
    String decimalSeparator,
    boolean removeWhitespace,
    boolean removeAccents,
    boolean lowercase,
    List<Replace> replace) {

  public Options {
    Objects.requireNonNull(currency, "currency");
    Objects.requireNonNull(decimalSeparator, "decimalSeparator");
    if (decimalSeparator.isEmpty()) {
      throw new IllegalArgumentException("decimalSeparator is empty");
    }
    dateFormats = List.copyOf(dateFormats);
    languages = List.copyOf(languages);
    replace = List.copyOf(replace);
  }

  /** invoice2data's defaults. */
  public static Options defaults() {
    return new Options("EUR", List.of(), List.of(), ".", false, false, false, List.of());
  }

  /**
   * One {@code replace} entry: every match of {@code pattern} is replaced by {@code replacement}
   * (Python {@code re.sub} syntax, {@code \g<name>} and {@code \1} allowed).
   */
  public record Replace(PythonRegex pattern, String replacement) {
    public Replace {
      Objects.requireNonNull(pattern, "pattern");
      Objects.requireNonNull(replacement, "replacement");
    }
  }
}
