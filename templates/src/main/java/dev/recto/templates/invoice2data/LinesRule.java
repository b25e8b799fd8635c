package dev.recto.templates.invoice2data;

import dev.recto.templates.regex.PythonRegex;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One line-item rule of the {@code lines} parser or of the legacy top-level {@code lines} plugin.
 *
 * <p>The text between a match of {@code start} and the next match of {@code end} is split with
 * {@code lineSeparator}; each non-empty line is tried against {@code firstLine} (starts a new row),
 * {@code lastLine} (completes the row), {@code skipLine} (ignored) and {@code line} (adds to the
 * row), in that order. The named groups of the matching pattern become the row's columns; a group
 * seen again on a later line of the same row is appended after a newline. When neither {@code
 * firstLine} nor {@code lastLine} is given, {@code line} starts a row on every line. Columns named
 * in {@code types} are converted.
 *
 * @param start where a block of lines starts (the block begins after the match)
 * @param end where the block ends (searched after {@code start})
 * @param line patterns of a detail line (the first that matches is used)
 * @param firstLine patterns of a row's first line, or empty
 * @param lastLine patterns of a row's last line, or empty
 * @param skipLine patterns of lines to ignore, or empty
 * @param lineSeparator splits a block into lines (default {@code \n})
 * @param types conversions of columns by name
 */
public record LinesRule(
    PythonRegex start,
    PythonRegex end,
    List<PythonRegex> line,
    List<PythonRegex> firstLine,
    List<PythonRegex> lastLine,
    List<PythonRegex> skipLine,
    PythonRegex lineSeparator,
    Map<String, ValueType> types) {

  public LinesRule {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    Objects.requireNonNull(lineSeparator, "lineSeparator");
    line = List.copyOf(line);
    firstLine = List.copyOf(firstLine);
    lastLine = List.copyOf(lastLine);
    skipLine = List.copyOf(skipLine);
    types = Collections.unmodifiableMap(new LinkedHashMap<>(types));
    if (line.isEmpty()) {
      throw new IllegalArgumentException("a lines rule needs a line pattern");
    }
  }
}
