package dev.recto.templates.recto;

import dev.recto.core.field.FieldKey;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * How one field of the core schema is found and read.
 *
 * <p>The located text is read as the field's {@link dev.recto.core.field.FieldType}: money with
 * {@link dev.recto.extraction.parse.MoneyParser}, dates with the date formats or {@link
 * dev.recto.extraction.parse.DateParser}, identifiers as the first word unless {@code value} says
 * otherwise, text and addresses as all located words.
 *
 * <p>Immutable and thread-safe.
 *
 * @param key the field
 * @param locator where its text is
 * @param value optional expression (Java syntax) that picks the value inside the located text
 *     (group {@code value}, else group 1, else the match); null to read the located text by type
 * @param options parse options of this field, over the template's
 */
public record FieldRule(FieldKey key, Locator locator, Pattern value, ParseOptions options) {

  public FieldRule {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(locator, "locator");
    Objects.requireNonNull(options, "options");
  }
}
