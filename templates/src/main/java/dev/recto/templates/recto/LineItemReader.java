package dev.recto.templates.recto;

import dev.recto.core.field.ExtractedField;
import dev.recto.core.field.FieldType;
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
      Cells cells = new Cells();
      add(cells, row, text);
      item(cells, options, rule.types()).ifPresent(items::add);
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
    Cells current = new Cells();
    int a = from;
    while (a <= to) {
      int nl = s.indexOf('\n', a);
      int b = nl < 0 || nl > to ? to : nl;
      if (b > a && !s.substring(a, b).equals("\r")) {
        Matcher m = search(first, s, a, b);
        if (m != null) {
          if (!current.isEmpty()) {
            item(current, options, rule.types()).ifPresent(items::add);
          }
          current = new Cells();
          add(current, m, text);
          rowOpen = true;
        } else if (rowOpen) {
          Matcher last = search(rule.lastLine(), s, a, b);
          if (last != null) {
            add(current, last, text);
            item(current, options, rule.types()).ifPresent(items::add);
            current = new Cells();
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
      item(current, options, rule.types()).ifPresent(items::add);
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

  /** The cells of one row: core columns by key, custom columns by snake-case name. */
  private static final class Cells {
    final Map<LineItemKey, List<Located>> core = new EnumMap<>(LineItemKey.class);
    final Map<String, List<Located>> custom = new LinkedHashMap<>();

    boolean isEmpty() {
      return core.isEmpty() && custom.isEmpty();
    }
  }

  /**
   * Adds the named groups of {@code m} that are line-item keys or custom columns, stripped of
   * spaces.
   */
  private static void add(Cells cells, Matcher m, LayoutText text) {
    for (LineItemKey key : LineItemKey.values()) {
      span(m, key.jsonName(), text)
          .ifPresent(l -> cells.core.computeIfAbsent(key, k -> new ArrayList<>()).add(l));
    }
    for (String g : GroupNames.custom(m.pattern(), n -> LineItemKey.fromJsonName(n).isPresent())) {
      span(m, g, text)
          .ifPresent(
              l ->
                  cells
                      .custom
                      .computeIfAbsent(TableFieldRule.snakeCase(g), k -> new ArrayList<>())
                      .add(l));
    }
  }

  /** The group's text without surrounding spaces, traced; empty when there is no such group. */
  private static java.util.Optional<Located> span(Matcher m, String group, LayoutText text) {
    String s = text.text();
    int gs;
    int ge;
    try {
      gs = m.start(group);
      ge = m.end(group);
    } catch (IllegalArgumentException noSuchGroup) {
      return java.util.Optional.empty();
    }
    if (gs < 0) {
      return java.util.Optional.empty();
    }
    while (gs < ge && Character.isWhitespace(s.charAt(gs))) {
      gs++;
    }
    while (ge > gs && Character.isWhitespace(s.charAt(ge - 1))) {
      ge--;
    }
    return java.util.Optional.of(Located.traced(text, gs, ge));
  }

  /** The line item of the cells that read as their types; empty when none reads. */
  private static java.util.Optional<LineItem> item(
      Cells cells, ParseOptions options, Map<String, FieldType> types) {
    Map<LineItemKey, ExtractedField> read = new EnumMap<>(LineItemKey.class);
    for (Map.Entry<LineItemKey, List<Located>> e : cells.core.entrySet()) {
      readCell(e.getKey().type(), e.getValue(), options).ifPresent(f -> read.put(e.getKey(), f));
    }
    Map<String, ExtractedField> custom = new LinkedHashMap<>();
    for (Map.Entry<String, List<Located>> e : cells.custom.entrySet()) {
      readCell(types.getOrDefault(e.getKey(), FieldType.TEXT), e.getValue(), options)
          .ifPresent(f -> custom.put(e.getKey(), f));
    }
    if (read.isEmpty() && custom.isEmpty()) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(new LineItem(read, custom));
  }

  private static java.util.Optional<ExtractedField> readCell(
      FieldType type, List<Located> pieces, ParseOptions options) {
    Located cell = Located.joined(pieces);
    return ValueReader.read(type, cell.text(), null, options, false)
        .flatMap(r -> TemplateExtractor.field(r, cell));
  }
}
