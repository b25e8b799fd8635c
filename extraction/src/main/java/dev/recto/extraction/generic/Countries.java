package dev.recto.extraction.generic;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Country names as an address's last line ends with them ({@code 56000 Kuala Lumpur, Malaysia}), in
 * the languages of the label lexicon, from the JDK's locale data (CLDR), folded as {@link
 * TextFolding#fold} folds text. Immutable and thread-safe.
 */
final class Countries {

  private static final Set<String> NAMES = names();

  private Countries() {}

  /** True when {@code line} ends with a country's name, maybe followed by a point or comma. */
  static boolean endsWithCountry(String line) {
    String folded = TextFolding.fold(line).replaceAll("[\\s.,;:]+$", "").strip();
    for (String name : NAMES) {
      if (folded.endsWith(name)
          && (folded.length() == name.length()
              || !Character.isLetterOrDigit(folded.charAt(folded.length() - name.length() - 1)))) {
        return true;
      }
    }
    return false;
  }

  private static Set<String> names() {
    Set<String> out = new HashSet<>();
    for (String language : new String[] {"en", "de", "fr", "es", "it", "nl", "pt"}) {
      Locale in = Locale.forLanguageTag(language);
      for (String code : Locale.getISOCountries()) {
        String name = TextFolding.fold(new Locale("", code).getDisplayCountry(in)).strip();
        if (name.length() >= 4) {
          out.add(name);
        }
      }
    }
    return Set.copyOf(out);
  }
}
