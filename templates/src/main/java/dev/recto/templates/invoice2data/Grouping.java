package dev.recto.templates.invoice2data;

/**
 * How a regex field with several matches is reduced to one value ({@code group:}); falsy matches
 * (empty text, zero) are dropped first.
 */
public enum Grouping {
  SUM,
  MIN,
  MAX,
  FIRST,
  LAST,
  /** The matches' texts joined by one space. */
  JOIN;

  /** The grouping named {@code sum}, ..., or {@code null}. */
  static Grouping parse(String name) {
    for (Grouping g : values()) {
      if (g.name().equalsIgnoreCase(name)) {
        return g;
      }
    }
    return null;
  }
}
