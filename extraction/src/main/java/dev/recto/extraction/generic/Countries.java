package dev.recto.extraction.generic;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Country names as an address's last line ends with them ({@code 56000 Kuala Lumpur, Malaysia}), in
 * the languages of the label lexicon, from the JDK's locale data (CLDR), folded as {@link
 * TextFolding#fold} folds text. Immutable and thread-safe.
 */
final class Countries {

  /** Folded country names by their last word. */
  private static final Map<String, List<String>> BY_LAST_WORD = byLastWord();

  private Countries() {}

  /** True when {@code line} ends with a country's name, maybe followed by a point or comma. */
  static boolean endsWithCountry(String line) {
    String folded = TextFolding.fold(line).replaceAll("[\\s.,;:]+$", "").strip();
    int space = folded.lastIndexOf(' ');
    List<String> names = BY_LAST_WORD.get(folded.substring(space + 1));
    if (names == null) {
      return false;
    }
    for (String name : names) {
      if (folded.endsWith(name)
          && (folded.length() == name.length()
              || !Character.isLetterOrDigit(folded.charAt(folded.length() - name.length() - 1)))) {
        return true;
      }
    }
    return false;
  }

  private static Map<String, List<String>> byLastWord() {
    Map<String, List<String>> out = new HashMap<>();
    for (String language : new String[] {"en", "de", "fr", "es", "it", "nl", "pt"}) {
      Locale in = Locale.forLanguageTag(language);
      for (String code : Locale.getISOCountries()) {
        String name = TextFolding.fold(new Locale("", code).getDisplayCountry(in)).strip();
        if (name.length() >= 4) {
          String last = name.substring(name.lastIndexOf(' ') + 1);
          List<String> names = out.computeIfAbsent(last, k -> new ArrayList<>());
          if (!names.contains(name)) {
            names.add(name);
          }
        }
      }
    }
    out.replaceAll((k, v) -> List.copyOf(v));
    return Map.copyOf(out);
  }
}
