package dev.recto.templates.recto;

import dev.recto.core.field.FieldType;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Fields read from the lines of a table, invoice2data's {@code tables} semantics: the table runs
 * from the first match of {@code start} in the whole text to the first match of {@code end} in the
 * whole text (both searched from the top; no table when either is missing or the end comes first).
 * Each non-empty line of it is searched with {@code row}; every named group whose name is a {@link
 * dev.recto.core.field.FieldKey} JSON name ({@code (?<InvoiceDate>...)}) gives that field, read by
 * its type, unless the field already has a value (from the template's {@code fields}, or from an
 * earlier line or table). Every other named group gives a custom field ({@link
 * dev.recto.core.field.InvoiceFields#customFields()}) whose name is the group's in snake case
 * ({@code dateCheckIn} gives {@code date_check_in}: Java group names allow no underscore), read as
 * {@code types} says (text by default), under the same rule.
 *
 * <p>Immutable and thread-safe.
 *
 * @param start the table begins after its first match
 * @param end the table ends before its first match
 * @param row searched in each line of the table ({@code ^} and {@code $} are the line's bounds)
 * @param types types of custom fields by their (snake case) name; others are text
 */
public record TableFieldRule(
    Pattern start, Pattern end, Pattern row, Map<String, FieldType> types) {
  public TableFieldRule {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    Objects.requireNonNull(row, "row");
    types = Collections.unmodifiableMap(new TreeMap<>(types));
  }

  /** A table whose custom fields are all text. */
  public TableFieldRule(Pattern start, Pattern end, Pattern row) {
    this(start, end, row, Map.of());
  }

  /** A Java group name in snake case: {@code dateCheckIn} is {@code date_check_in}. */
  public static String snakeCase(String groupName) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < groupName.length(); i++) {
      char c = groupName.charAt(i);
      if (Character.isUpperCase(c)) {
        if (b.length() > 0) {
          b.append('_');
        }
        b.append(Character.toLowerCase(c));
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }

  /** A snake case name as a Java group name: {@code date_check_in} is {@code dateCheckIn}. */
  public static String camelCase(String snake) {
    StringBuilder b = new StringBuilder();
    boolean up = false;
    for (int i = 0; i < snake.length(); i++) {
      char c = snake.charAt(i);
      if (c == '_') {
        up = b.length() > 0;
      } else {
        b.append(up ? Character.toUpperCase(c) : c);
        up = false;
      }
    }
    return b.toString();
  }
}
