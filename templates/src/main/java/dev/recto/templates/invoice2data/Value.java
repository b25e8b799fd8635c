package dev.recto.templates.invoice2data;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One value of an invoice2data result, with the types invoice2data's Python values have: text,
 * integer, float, boolean, date-time, list, a row of named values (a line item) and null. Values
 * are immutable; lists and rows are copied.
 */
public sealed interface Value {

  /** Python's truthiness: empty text, zero, false, empty lists and rows, and null are false. */
  boolean truthy();

  /** Text. */
  record Text(String value) implements Value {
    public Text {
      Objects.requireNonNull(value, "value");
    }

    @Override
    public boolean truthy() {
      return !value.isEmpty();
    }
  }

  /** A Python {@code int} (within the range of a {@code long}). */
  record Int(long value) implements Value {
    @Override
    public boolean truthy() {
      return value != 0;
    }
  }

  /** A Python {@code float}. */
  record Real(double value) implements Value {
    @Override
    public boolean truthy() {
      return value != 0.0;
    }
  }

  /** A Python {@code bool} (from a YAML static value). */
  record Bool(boolean value) implements Value {
    @Override
    public boolean truthy() {
      return value;
    }
  }

  /**
   * A date (from date parsing, time at midnight, or a YAML date). Written as {@code yyyy-MM-dd}
   * under a key that starts or ends with {@code date}, else as {@code yyyy-MM-dd HH:mm:ss}.
   */
  record DateTime(LocalDateTime value) implements Value {
    public DateTime {
      Objects.requireNonNull(value, "value");
    }

    @Override
    public boolean truthy() {
      return true;
    }
  }

  /** A list of values. */
  record Seq(List<Value> values) implements Value {
    public Seq {
      values = List.copyOf(values);
    }

    @Override
    public boolean truthy() {
      return !values.isEmpty();
    }
  }

  /** Named values in insertion order (a line item, or a YAML mapping). */
  record Row(Map<String, Value> values) implements Value {
    public Row {
      values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    @Override
    public boolean truthy() {
      return !values.isEmpty();
    }
  }

  /** Python's {@code None}. */
  record Null() implements Value {
    @Override
    public boolean truthy() {
      return false;
    }
  }

  /** The null value. */
  Value NULL = new Null();

  /** A list value from any list of values. */
  static Seq seq(List<? extends Value> values) {
    return new Seq(new ArrayList<>(values));
  }
}
