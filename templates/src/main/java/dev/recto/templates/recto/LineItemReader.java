package dev.recto.templates.recto;

import dev.recto.core.field.ExtractedField;
import dev.recto.core.field.LineItem;
import dev.recto.core.field.LineItemKey;
import dev.recto.templates.regex.InterruptibleText;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the rows of a {@link LineItemRule} from a template's prepared layout text; each cell is
 * read by its key's type and traced to its words. Stateless and thread-safe.
 */
final class LineItemReader {

  private LineItemReader() {}

  /** The rows of {@code rule} in {@code text}, in text order. */
  static List<LineItem> read(LineItemRule rule, ParseOptions options, LayoutText text) {
    return rule.mode() == LineItemRule.Mode.MATCHES
        ? matches(rule, options, text)
        : lines(rule, options, text);
  }

  private static List<LineItem> matches(LineItemRule rule, ParseOptions options, LayoutText text) {
    String s = text.text();
    Matcher start = rule.start().matcher(InterruptibleText.of(s));
    if (!start.find()) {
      return List.of();
    }
    int from = start.end();
    int to = s.length();
    if (rule.end() != null) {
      Matcher end = rule.end().matcher(InterruptibleText.of(s));
      if (end.find(from)) {
        to = end.start();
      }
    }
    List<LineItem> items = new ArrayList<>();
    Matcher row = rule.row().matcher(InterruptibleText.of(s)).region(from, to);
    while (row.find()) {
      Map<LineItemKey, List<Located>> cells = new EnumMap<>(LineItemKey.class);
      add(cells, row, text);
      item(cells, options).ifPresent(items::add);
      if (row.end() == row.start()) {
        break;
      }
    }
    return items;
  }

  private static List<LineItem> lines(LineItemRule rule, ParseOptions options, LayoutText text) {
    String s = text.text();
    List<LineItem> items = new ArrayList<>();
    int pos = 0;
    while (pos <= s.length()) {
      Matcher start = rule.start().matcher(InterruptibleText.of(s)).region(pos, s.length());
      if (!start.find()) {
        break;
      }
      Matcher end = rule.end().matcher(InterruptibleText.of(s)).region(start.end(), s.length());
      if (!end.find()) {
        break;
      }
      block(rule, options, text, start.end(), end.start(), items);
      if (end.end() == start.end() && start.end() == pos) {
        break; // both match the empty text here: nothing moves
      }
      pos = end.end();
    }
    return items;
  }

  /** The rows of one block {@code [from, to)}. */
  private static void block(
      LineItemRule rule,
      ParseOptions options,
      LayoutText text,
      int from,
      int to,
      List<LineItem> items) {
    String s = text.text();
    List<Pattern> first = rule.firstLine();
    if (first.isEmpty() && rule.lastLine().isEmpty()) {
      first = rule.rows();
    }
    boolean rowOpen = false;
    Map<LineItemKey, List<Located>> current = new EnumMap<>(LineItemKey.class);
    int a = from;
    while (a <= to) {
      int nl = s.indexOf('\n', a);
      int b = nl < 0 || nl > to ? to : nl;
      if (b > a && !s.substring(a, b).equals("\r")) {
        Matcher m = search(first, s, a, b);
        if (m != null) {
          if (!current.isEmpty()) {
            item(current, options).ifPresent(items::add);
          }
          current = new EnumMap<>(LineItemKey.class);
          add(current, m, text);
          rowOpen = true;
        } else if (rowOpen) {
          Matcher last = search(rule.lastLine(), s, a, b);
          if (last != null) {
            add(current, last, text);
            item(current, options).ifPresent(items::add);
            current = new EnumMap<>(LineItemKey.class);
            rowOpen = false;
          } else if (search(rule.skipLine(), s, a, b) == null) {
            Matcher line = search(rule.rows(), s, a, b);
            if (line != null) {
              add(current, line, text);
            }
          }
        }
      }
      a = b + 1;
    }
    if (!current.isEmpty()) {
      item(current, options).ifPresent(items::add);
    }
  }

  /** The first of {@code patterns} found in the line {@code [a, b)}, or null. */
  private static Matcher search(List<Pattern> patterns, String s, int a, int b) {
    for (Pattern p : patterns) {
      Matcher m = p.matcher(InterruptibleText.of(s)).region(a, b);
      if (m.find()) {
        return m;
      }
    }
    return null;
  }

  /** Adds the named groups of {@code m} that are line-item keys, stripped of spaces. */
  private static void add(Map<LineItemKey, List<Located>> cells, Matcher m, LayoutText text) {
    String s = text.text();
    for (LineItemKey key : LineItemKey.values()) {
      int gs;
      int ge;
      try {
        gs = m.start(key.jsonName());
        ge = m.end(key.jsonName());
      } catch (IllegalArgumentException noSuchGroup) {
        continue;
      }
      if (gs < 0) {
        continue;
      }
      while (gs < ge && Character.isWhitespace(s.charAt(gs))) {
        gs++;
      }
      while (ge > gs && Character.isWhitespace(s.charAt(ge - 1))) {
        ge--;
      }
      cells.computeIfAbsent(key, k -> new ArrayList<>()).add(Located.traced(text, gs, ge));
    }
  }

  /** The line item of the cells that read as their types; empty when none reads. */
  private static java.util.Optional<LineItem> item(
      Map<LineItemKey, List<Located>> cells, ParseOptions options) {
    Map<LineItemKey, ExtractedField> read = new LinkedHashMap<>();
    for (Map.Entry<LineItemKey, List<Located>> e : cells.entrySet()) {
      Located cell = Located.joined(e.getValue());
      ValueReader.read(e.getKey().type(), cell.text(), null, options, false)
          .flatMap(r -> TemplateExtractor.field(r, cell))
          .ifPresent(f -> read.put(e.getKey(), f));
    }
    if (read.isEmpty()) {
      return java.util.Optional.empty();
    }
    Map<LineItemKey, ExtractedField> ordered = new EnumMap<>(LineItemKey.class);
    ordered.putAll(read);
    return java.util.Optional.of(new LineItem(ordered));
  }
}
