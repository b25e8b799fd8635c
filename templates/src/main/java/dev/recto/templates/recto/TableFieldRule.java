package dev.recto.templates.recto;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Fields read from the lines of a table, invoice2data's {@code tables} semantics: the table runs
 * from the first match of {@code start} in the whole text to the first match of {@code end} in the
 * whole text (both searched from the top; no table when either is missing or the end comes first).
 * Each non-empty line of it is searched with {@code row}; every named group whose name is a {@link
 * dev.recto.core.field.FieldKey} JSON name ({@code (?<InvoiceDate>...)}) gives that field, read by
 * its type, unless the field already has a value (from the template's {@code fields}, or from an
 * earlier line or table). Other groups are ignored.
 *
 * <p>Immutable and thread-safe.
 *
 * @param start the table begins after its first match
 * @param end the table ends before its first match
 * @param row searched in each line of the table ({@code ^} and {@code $} are the line's bounds)
 */
public record TableFieldRule(Pattern start, Pattern end, Pattern row) {
  public TableFieldRule {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    Objects.requireNonNull(row, "row");
  }
}
