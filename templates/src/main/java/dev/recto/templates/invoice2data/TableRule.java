package dev.recto.templates.invoice2data;

import dev.recto.templates.regex.PythonRegex;
import java.util.Objects;

/**
 * One entry of the {@code tables} plugin: between the first match of {@code start} and the first
 * match of {@code end} (both searched in the whole text), each line is searched with {@code body};
 * its named groups become fields of the result, unless the result already has them. A group named
 * {@code date...} or {@code ...date} is read as a date, one named {@code amount...} as an amount.
 *
 * @param start the table starts after its first match
 * @param end the table ends before its first match
 * @param body the pattern searched in each line
 * @param lineSeparator splits the table into lines (default {@code \n})
 */
public record TableRule(
    PythonRegex start, PythonRegex end, PythonRegex body, PythonRegex lineSeparator) {
  public TableRule {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(lineSeparator, "lineSeparator");
  }
}
