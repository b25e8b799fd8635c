package dev.recto.templates.recto;

import java.util.Locale;

/**
 * How a regex field with several matches is reduced to one value, as invoice2data's {@code group:}
 * option: every match of every pattern (pattern by pattern, each in text order) is read as the
 * field's type; matches that do not read, or read as blank text or zero, are dropped; the rest are
 * reduced as each constant says. Written in YAML in lower case.
 */
public enum Grouping {
  /** The first value. */
  FIRST,
  /** The last value. */
  LAST,
  /** The sum of all values; money fields only, all in one currency. */
  SUM,
  /** The smallest value (money by amount, dates by date, other text by code points). */
  MIN,
  /** The largest value, ordered as {@link #MIN}. */
  MAX,
  /** The values' texts joined by one space. */
  JOIN;

  /** The name written in YAML. */
  public String yamlName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
