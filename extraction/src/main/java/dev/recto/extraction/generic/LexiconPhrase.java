package dev.recto.extraction.generic;

import java.util.List;
import java.util.Objects;

/**
 * One label phrase of the lexicon.
 *
 * @param role what the label announces
 * @param language ISO 639-1 code of the phrase's language
 * @param tokens the phrase folded by {@link TextFolding#tokens}, at least one
 */
record LexiconPhrase(LabelRole role, String language, List<String> tokens) {

  LexiconPhrase {
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(language, "language");
    tokens = List.copyOf(tokens);
    if (tokens.isEmpty()) {
      throw new IllegalArgumentException("a phrase needs at least one token");
    }
  }
}
