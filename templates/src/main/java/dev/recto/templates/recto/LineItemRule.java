package dev.recto.templates.recto;

import dev.recto.core.field.FieldType;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A line-item table: where it is in the layout text and how its rows are read. Cells are the named
 * groups of the row expressions whose names are {@link dev.recto.core.field.LineItemKey} JSON names
 * ({@code (?<Description>.+?)\s{2,}(?<Amount>[\d.,]+)}); other groups are ignored. Each cell is
 * read by its key's type and traced to the words it came from.
 *
 * <p>Two modes:
 *
 * <ul>
 *   <li>{@link Mode#MATCHES}: the table runs from the first match of {@code start} to the next
 *       match of {@code end} (to the end of the text when {@code end} is null or not found); every
 *       match of the single row expression in it (multiline mode) is one row.
 *   <li>{@link Mode#LINES}, invoice2data's {@code lines} semantics: every block from a match of
 *       {@code start} to the next match of {@code end} (required) is read, block after block. Each
 *       non-empty line of a block is tried against {@code firstLine} (starts a row), {@code
 *       lastLine} (ends the row), {@code skipLine} (ignored) and {@code rows} (adds to the row), in
 *       that order, the first pattern that matches winning; a cell seen again on a later line of
 *       the same row is appended after a newline (descriptions over several lines). Lines before
 *       the first {@code firstLine} are ignored. Without {@code firstLine} and {@code lastLine},
 *       every line that matches {@code rows} is a row. Patterns are searched in one line each, so
 *       {@code ^} and {@code $} are the line's bounds.
 * </ul>
 *
 * <p>Immutable and thread-safe; the lists are copied.
 *
 * @param start expression after whose match a table (or block) begins
 * @param end expression at whose next match the table (or block) ends; null: end of text ({@link
 *     Mode#MATCHES} only)
 * @param rows the row expressions: exactly one in {@link Mode#MATCHES}, at least one in {@link
 *     Mode#LINES}
 * @param mode how rows are found
 * @param firstLine expressions of a row's first line ({@link Mode#LINES} only), or empty
 * @param lastLine expressions of a row's last line ({@link Mode#LINES} only), or empty
 * @param skipLine expressions of lines to ignore ({@link Mode#LINES} only), or empty
 * @param types types of custom columns by snake-case name (named groups that are no line-item key
 *     give custom columns, {@code unitCode} giving {@code unit_code}); others are text
 */
public record LineItemRule(
    Pattern start,
    Pattern end,
    List<Pattern> rows,
    Mode mode,
    List<Pattern> firstLine,
    List<Pattern> lastLine,
    List<Pattern> skipLine,
    Map<String, FieldType> types) {

  /** How the rows of a table are found. */
  public enum Mode {
    /** Every match of one row expression between start and end. */
    MATCHES,
    /** Line by line, block after block, with first, last and skipped lines (invoice2data). */
    LINES;

    /** The name in YAML. */
    public String yamlName() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  public LineItemRule {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(mode, "mode");
    rows = List.copyOf(rows);
    firstLine = List.copyOf(firstLine);
    lastLine = List.copyOf(lastLine);
    skipLine = List.copyOf(skipLine);
    types = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(types));
    if (rows.isEmpty()) {
      throw new IllegalArgumentException("a line-item table needs a row expression");
    }
    if (mode == Mode.MATCHES) {
      if (rows.size() != 1) {
        throw new IllegalArgumentException("mode matches takes one row expression");
      }
      if (!firstLine.isEmpty() || !lastLine.isEmpty() || !skipLine.isEmpty()) {
        throw new IllegalArgumentException("first_line, last_line and skip_line need mode lines");
      }
    } else if (end == null) {
      throw new IllegalArgumentException("mode lines needs an end expression");
    }
  }

  /** A {@link Mode#MATCHES} table with one row expression. */
  public LineItemRule(Pattern start, Pattern end, Pattern row) {
    this(start, end, List.of(row), Mode.MATCHES, List.of(), List.of(), List.of(), Map.of());
  }

  /** The first row expression (the only one in {@link Mode#MATCHES}). */
  public Pattern row() {
    return rows.get(0);
  }
}
