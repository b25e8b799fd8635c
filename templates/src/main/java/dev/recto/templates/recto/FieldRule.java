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
 * @param sum money fields with an anchor only: the value is the sum of the values next to every
 *     occurrence of the label that starts its phrase (each tax line of an invoice that prints one
 *     per rate and no total tax), not the first
 * @param group regex fields only: how the values read at every match of every pattern are reduced
 *     to one ({@link Grouping}); null: the first match that reads
 */
public record FieldRule(
    FieldKey key, Locator locator, Pattern value, ParseOptions options, boolean sum, Grouping group)
    implements ValueRule {

  public FieldRule {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(locator, "locator");
    Objects.requireNonNull(options, "options");
    if (sum && key.type() != dev.recto.core.field.FieldType.MONEY) {
      throw new IllegalArgumentException(
          "sum is for money fields, " + key.jsonName() + " is " + key.type());
    }
    if (sum && !(locator instanceof Locator.Anchor)) {
      throw new IllegalArgumentException("sum needs an anchor locator");
    }
    if (group != null && !(locator instanceof Locator.Regex)) {
      throw new IllegalArgumentException("group needs a regex locator");
    }
    if (group == Grouping.SUM && key.type() != dev.recto.core.field.FieldType.MONEY) {
      throw new IllegalArgumentException(
          "group sum is for money fields, " + key.jsonName() + " is " + key.type());
    }
  }

  /** The key's type. */
  @Override
  public dev.recto.core.field.FieldType type() {
    return key.type();
  }

  /** Whether the field is the IBAN (read normalized). */
  @Override
  public boolean iban() {
    return key == dev.recto.core.field.FieldKey.IBAN;
  }

  /** A rule without grouping; {@code sum} as given. */
  public FieldRule(
      FieldKey key, Locator locator, Pattern value, ParseOptions options, boolean sum) {
    this(key, locator, value, options, sum, null);
  }

  /** A rule that reads the first place its locator finds. */
  public FieldRule(FieldKey key, Locator locator, Pattern value, ParseOptions options) {
    this(key, locator, value, options, false, null);
  }
}
