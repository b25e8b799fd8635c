package dev.recto.templates.invoice2data;

/** The {@code type} a field's or line column's text is converted to. */
public enum ValueType {
  /** {@code int}: the amount rules, then truncated; empty text gives 0. */
  INT,
  /** {@code float}: the amount rules (see {@link Options#decimalSeparator()}); empty gives 0.0. */
  FLOAT,
  /** {@code date}: {@link Options#dateFormats()}, then general date reading. */
  DATE;

  /** The type named {@code int}, {@code float} or {@code date}, or {@code null}. */
  static ValueType parse(String name) {
    return switch (name) {
      case "int" -> INT;
      case "float" -> FLOAT;
      case "date" -> DATE;
      default -> null;
    };
  }
}
