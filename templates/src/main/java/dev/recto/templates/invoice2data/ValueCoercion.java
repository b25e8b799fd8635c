package dev.recto.templates.invoice2data;

/** invoice2data's {@code coerce_type}: text to {@code int}, {@code float} or a date. */
final class ValueCoercion {

  private ValueCoercion() {}

  /** invoice2data's {@code coerce_type}. */
  static Value coerce(String text, ValueType type, Options options) {
    switch (type) {
      case INT:
        if (PyStrings.strip(text).isEmpty()) {
          return new Value.Int(0);
        }
        return new Value.Int(AmountParser.parseInt(text, options.decimalSeparator()));
      case FLOAT:
        if (PyStrings.strip(text).isEmpty()) {
          return new Value.Real(0.0);
        }
        return new Value.Real(AmountParser.parse(text, options.decimalSeparator()));
      case DATE:
        return DateParser.parse(text, options.dateFormats(), options.languages())
            .<Value>map(Value.DateTime::new)
            .orElse(Value.NULL);
      default:
        throw new IllegalStateException(type.toString());
    }
  }
}
