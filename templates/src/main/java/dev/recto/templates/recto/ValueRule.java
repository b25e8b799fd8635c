package dev.recto.templates.recto;

import dev.recto.core.field.FieldType;
import java.util.regex.Pattern;

/**
 * What the extractor needs of a rule to find and read one value: a core field's {@link FieldRule}
 * or a template's own {@link CustomFieldRule}. Implementations are immutable records.
 */
interface ValueRule {

  /** How the located text is read. */
  FieldType type();

  /** Whether identifiers are read as IBANs (normalized). */
  boolean iban();

  Locator locator();

  /** Picks the value inside the located text, or null. */
  Pattern value();

  ParseOptions options();

  /** Money by anchor only: sum every label occurrence. */
  boolean sum();

  /** Regex only: reduction of all matches, or null. */
  Grouping group();
}
