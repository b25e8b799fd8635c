package dev.recto.extraction.table;

import dev.recto.core.field.LineItemKey;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * One line-item row as read off the page, before its values are parsed: the phrases that fell in
 * each named column, in reading order (line by line, left to right).
 *
 * <p>Immutable and thread-safe; the map and lists are copied.
 *
 * @param pageIndex zero-based page of the row's first line
 * @param cells phrases per column; a column without phrases is absent
 * @param lines how many visual rows the row spans
 * @param stray phrases that fell in unnamed columns, or text that continued a number column
 */
record RawRow(int pageIndex, Map<LineItemKey, List<Phrase>> cells, int lines, int stray) {

  RawRow {
    EnumMap<LineItemKey, List<Phrase>> copy = new EnumMap<>(LineItemKey.class);
    for (Map.Entry<LineItemKey, List<Phrase>> e : cells.entrySet()) {
      if (!e.getValue().isEmpty()) {
        copy.put(e.getKey(), List.copyOf(e.getValue()));
      }
    }
    cells = Collections.unmodifiableMap(copy);
    if (lines < 1) {
      throw new IllegalArgumentException("a row spans at least one line, was " + lines);
    }
    if (stray < 0) {
      throw new IllegalArgumentException("stray must be >= 0, was " + stray);
    }
  }

  /** The column's phrases joined by single spaces, or {@code null} when the column is empty. */
  String text(LineItemKey key) {
    List<Phrase> phrases = cells.get(key);
    if (phrases == null) {
      return null;
    }
    List<String> parts = new ArrayList<>();
    for (Phrase p : phrases) {
      parts.add(p.text());
    }
    return String.join(" ", parts);
  }
}
