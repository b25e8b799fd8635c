package dev.recto.templates.recto;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A line-item table: where it starts and ends in the layout text, and how a row is read.
 *
 * <p>Rows are read by a row expression (Java syntax) whose named groups are {@link
 * dev.recto.core.field.LineItemKey} JSON names ({@code
 * (?<Description>.+?)\s{2,}(?<Amount>[\d.,]+)}); every match between start and end is one row. The
 * expression runs in multiline mode.
 *
 * <p>Immutable and thread-safe.
 *
 * @param start expression after whose first match the table begins
 * @param end expression at whose first match after the start the table ends; null: end of text
 * @param row the row expression
 */
public record LineItemRule(Pattern start, Pattern end, Pattern row) {

  public LineItemRule {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(row, "row");
  }
}
