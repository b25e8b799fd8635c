package dev.recto.extraction.parse;

import java.util.Objects;

/**
 * A value found inside a longer text, with where it was found.
 *
 * <p>Immutable and thread-safe when {@code T} is.
 *
 * @param value the parsed value
 * @param start offset of the first char of the match in the input, in UTF-16 chars
 * @param end offset one past the last char of the match (exclusive)
 * @param text the matched text, {@code input.substring(start, end)}
 * @param <T> the value type
 */
public record Match<T>(T value, int start, int end, String text) {

  public Match {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(text, "text");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad range [" + start + ", " + end + ")");
    }
    if (text.length() != end - start) {
      throw new IllegalArgumentException(
          "text length " + text.length() + " does not match range [" + start + ", " + end + ")");
    }
  }
}
