package dev.recto.extraction.generic;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Puts back the accents OCR drops from a country's name that ends an address ({@code Espana} →
 * {@code España}, {@code Osterreich} → {@code Österreich}, {@code Peru} → {@code Perú}): a country
 * name is a closed vocabulary, and the JDK's locale data (CLDR) spells it in each language. Only
 * the name in the document's language, only when the address's last characters are that name
 * without its marks (any case; capitals stay capitals), and only for OCR text.
 *
 * <p>Immutable and thread-safe.
 */
final class CountryAccents {

  private static final List<String> LANGUAGES = List.of("en", "de", "fr", "es", "it", "nl", "pt");

  /** Per language, the country names spelt with marks, by their folded form. */
  private static final Map<String, Map<String, String>> NAMES = names();

  private CountryAccents() {}

  /** {@code address} with its final country name spelt as {@code language} spells it. */
  static String restore(String address, String language) {
    Map<String, String> names = NAMES.get(language);
    if (names == null || address == null) {
      return address;
    }
    String trimmed = address.stripTrailing();
    for (String name : names.values()) {
      int start = trimmed.length() - name.length();
      if (start < 0 || (start > 0 && Character.isLetterOrDigit(trimmed.charAt(start - 1)))) {
        continue;
      }
      String tail = trimmed.substring(start);
      if (tail.equals(name) || !TextFolding.fold(tail).equals(TextFolding.fold(name))) {
        continue;
      }
      boolean capitals = tail.equals(tail.toUpperCase(Locale.ROOT));
      String spelt = capitals ? name.toUpperCase(Locale.forLanguageTag(language)) : name;
      return trimmed.substring(0, start) + spelt + address.substring(trimmed.length());
    }
    return address;
  }

  private static Map<String, Map<String, String>> names() {
    Map<String, Map<String, String>> out = new HashMap<>();
    for (String language : LANGUAGES) {
      Locale in = Locale.forLanguageTag(language);
      Map<String, String> names = new HashMap<>();
      for (String code : Locale.getISOCountries()) {
        String name = new Locale("", code).getDisplayCountry(in).strip();
        String folded = TextFolding.fold(name);
        if (name.length() >= 4
            && folded.length() == name.length()
            && !folded.equals(name.toLowerCase(in))) {
          names.put(folded, name);
        }
      }
      out.put(language, Map.copyOf(names));
    }
    return Map.copyOf(out);
  }
}
