package dev.recto.extraction.generic;

import dev.recto.core.model.Word;
import java.util.List;
import java.util.Objects;

/**
 * A typed value read from some words.
 *
 * @param value the normalized value, as {@link dev.recto.core.field.FieldType} says
 * @param currency ISO 4217 code of a money value, or {@code null}
 * @param rawText the text as printed
 * @param words the words the value came from, at least one
 */
record FieldValue(String value, String currency, String rawText, List<Word> words) {

  FieldValue {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(rawText, "rawText");
    words = List.copyOf(words);
    if (words.isEmpty()) {
      throw new IllegalArgumentException("a value needs at least one word");
    }
  }
}
