package dev.recto.templates.invoice2data;

import dev.recto.templates.regex.InterruptibleText;
import dev.recto.templates.regex.PythonRegex;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;

/**
 * Line items by a {@link LinesRule}, as invoice2data's {@code lines} parser and its older top-level
 * {@code lines} plugin read them. Stateless and thread-safe.
 *
 * <p>The parser reads every block between {@code start} and the next {@code end}, ignores lines
 * until a first line was found, and honours {@code skip_line}. The plugin reads one block, from the
 * first {@code start} to the first {@code end} of the whole text, lets {@code line} add to a row
 * before any first line, and has no {@code skip_line}.
 */
public final class LinesParser {

  private LinesParser() {}

  /** The {@code lines} parser ({@code parser: lines}). */
  public static List<Value> parse(LinesRule rule, Options options, String content) {
    List<Value> rows = new ArrayList<>();
    String rest = content;
    while (true) {
      Optional<Matcher> start = rule.start().search(rest);
      if (start.isEmpty()) {
        break;
      }
      rest = rest.substring(start.get().end());
      Optional<Matcher> end = rule.end().search(rest);
      if (end.isEmpty()) {
        break;
      }
      rows.addAll(block(rule, options, rest.substring(0, end.get().start())));
      int next = end.get().end();
      if (next == 0 && start.get().end() == 0) {
        break; // both patterns match the empty text: invoice2data would loop forever
      }
      rest = rest.substring(next);
    }
    return rows;
  }

  /** Whether invoice2data skips a line as empty: nothing left once newlines and returns are cut. */
  static boolean isEmptyLine(String line) {
    int a = 0;
    int b = line.length();
    while (a < b && (line.charAt(a) == '\n' || line.charAt(a) == '\r')) {
      a++;
    }
    while (b > a && (line.charAt(b - 1) == '\n' || line.charAt(b - 1) == '\r')) {
      b--;
    }
    return a == b;
  }

  private static List<Value> block(LinesRule rule, Options options, String block) {
    List<PythonRegex> firstLine = rule.firstLine();
    boolean hasFirst = !firstLine.isEmpty();
    if (firstLine.isEmpty() && rule.lastLine().isEmpty()) {
      firstLine = rule.line();
      hasFirst = true;
    }
    List<Map<String, String>> rows = new ArrayList<>();
    Map<String, String> current = new LinkedHashMap<>();
    boolean firstFound = false;
    for (String line : rule.lineSeparator().split(block)) {
      if (isEmptyLine(line)) {
        continue;
      }
      if (hasFirst) {
        Match m = first(firstLine, line);
        if (m != null) {
          if (!current.isEmpty()) {
            rows.add(current);
          }
          current = new LinkedHashMap<>();
          for (Map.Entry<String, String> g : m.groups().entrySet()) {
            current.put(g.getKey(), g.getValue() == null ? "" : PyStrings.strip(g.getValue()));
          }
          firstFound = true;
          continue;
        }
      }
      if (!firstFound) {
        continue;
      }
      if (!rule.lastLine().isEmpty()) {
        Match m = first(rule.lastLine(), line);
        if (m != null) {
          append(current, m);
          if (!current.isEmpty()) {
            rows.add(current);
          }
          current = new LinkedHashMap<>();
          firstFound = false;
          continue;
        }
      }
      if (!rule.skipLine().isEmpty()) {
        boolean skip = false;
        for (PythonRegex p : rule.skipLine()) {
          if (p.pattern().matcher(InterruptibleText.of(line)).find()) {
            skip = true;
            break;
          }
        }
        if (skip) {
          continue;
        }
      }
      Match m = first(rule.line(), line);
      if (m != null) {
        append(current, m);
      }
    }
    if (!current.isEmpty()) {
      rows.add(current);
    }
    List<Value> out = new ArrayList<>();
    for (Map<String, String> row : rows) {
      Map<String, Value> typed = new LinkedHashMap<>();
      for (Map.Entry<String, String> e : row.entrySet()) {
        ValueType t = rule.types().get(e.getKey());
        typed.put(
            e.getKey(),
            t == null
                ? new Value.Text(e.getValue())
                : ValueCoercion.coerce(e.getValue(), t, options));
      }
      out.add(new Value.Row(typed));
    }
    return out;
  }

  private record Match(Map<String, String> groups) {}

  private static Match first(List<PythonRegex> patterns, String line) {
    for (PythonRegex p : patterns) {
      Optional<Matcher> m = p.search(line);
      if (m.isPresent()) {
        return new Match(p.groupDict(m.get()));
      }
    }
    return null;
  }

  private static void append(Map<String, String> current, Match m) {
    for (Map.Entry<String, String> g : m.groups().entrySet()) {
      String old = current.getOrDefault(g.getKey(), "");
      String add = g.getValue() == null ? "" : PyStrings.strip(g.getValue());
      current.put(g.getKey(), old + (old.isEmpty() ? "" : "\n") + add);
    }
  }
}
