package dev.recto.templates.invoice2data;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The text a template runs on: the whole document's text (the {@code pdftotext -layout}-like
 * rendering of a PDF, or a text file as it is), and, for documents with a page geometry, a way to
 * render the text of an {@link Area}. Without one, fields with an area read the whole text, as
 * invoice2data does for text input.
 *
 * @param text the document's text
 * @param areas renders the text of an area, if the input has pages
 */
public record Invoice2DataInput(String text, Optional<Function<Area, String>> areas) {
  public Invoice2DataInput {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(areas, "areas");
  }

  /** Text without page geometry (a {@code .txt} input). */
  public static Invoice2DataInput ofText(String text) {
    return new Invoice2DataInput(text, Optional.empty());
  }
}
