package dev.recto.templates.invoice2data;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.recto.core.error.TemplateException;
import dev.recto.templates.io.SafeYaml;
import dev.recto.templates.io.TemplateFiles;
import dev.recto.templates.regex.PythonRegex;
import java.math.BigInteger;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.PatternSyntaxException;

/**
 * Reads one invoice2data template from YAML ({@code .yml}, {@code .yaml}) or JSON ({@code .json})
 * into an {@link Invoice2DataTemplate}. YAML is read with {@link SafeYaml} (plain data only, limits
 * on aliases, depth and size; YAML 1.1 scalars as PyYAML's {@code safe_load} reads them: {@code
 * 2023-03-01} is a date, {@code 04080176} text). Every pattern is translated and compiled here, so
 * a bad pattern fails at load time.
 *
 * <p>Errors are {@link TemplateException}s naming the file and the field path ({@code
 * fields.amount.regex[1]}, {@code options.replace[0]}, ...). Stateless and thread-safe.
 */
public final class Invoice2DataLoader {

  /** JSON as strict as {@link SafeYaml}: no duplicate keys, bounded nesting and length. */
  private static final ObjectMapper JSON =
      JsonMapper.builder(
              JsonFactory.builder()
                  .streamReadConstraints(
                      StreamReadConstraints.builder()
                          .maxNestingDepth(SafeYaml.MAX_DEPTH)
                          .maxStringLength(SafeYaml.MAX_CODE_POINTS)
                          .build())
                  .build())
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .build();

  private Invoice2DataLoader() {}

  /** Whether a file name has a template extension ({@code .yml}, {@code .yaml}, {@code .json}). */
  public static boolean isTemplateFile(String fileName) {
    String n = fileName.toLowerCase(Locale.ROOT);
    return n.endsWith(".yml") || n.endsWith(".yaml") || n.endsWith(".json");
  }

  /**
   * Reads a template file (UTF-8).
   *
   * @throws TemplateException when the file cannot be read or is not a valid template
   */
  public static Invoice2DataTemplate read(Path file) {
    return parse(file.toString(), file.getFileName().toString(), TemplateFiles.read(file));
  }

  /**
   * Parses a template's text; {@code name} (the file name) decides between JSON and YAML.
   *
   * @param file the file named in errors
   * @param name the template name (its file name)
   * @param content the file's text
   * @throws TemplateException when the text is not a valid template
   */
  public static Invoice2DataTemplate parse(String file, String name, String content) {
    Object tree;
    if (name.toLowerCase(Locale.ROOT).endsWith(".json")) {
      try {
        tree = JSON.readValue(content, Object.class);
      } catch (JsonProcessingException e) {
        throw new TemplateException(file, "", "invalid JSON: " + e.getOriginalMessage(), e);
      }
    } else {
      tree = SafeYaml.parse(file, content);
    }
    if (!(tree instanceof Map<?, ?> map)) {
      throw new TemplateException(file, "", "the template is not a mapping", null);
    }
    return new Reader(file).template(name, map);
  }

  /** Converts a plain YAML/JSON value to a {@link Value}. */
  static Value toValue(Object o) {
    if (o == null) {
      return Value.NULL;
    } else if (o instanceof String s) {
      return new Value.Text(s);
    } else if (o instanceof Boolean b) {
      return new Value.Bool(b);
    } else if (o instanceof Integer || o instanceof Long || o instanceof Short) {
      return new Value.Int(((Number) o).longValue());
    } else if (o instanceof BigInteger b) {
      return b.bitLength() < 64 ? new Value.Int(b.longValue()) : new Value.Real(b.doubleValue());
    } else if (o instanceof Number n) {
      return new Value.Real(n.doubleValue());
    } else if (o instanceof Date d) {
      return new Value.DateTime(LocalDateTime.ofInstant(d.toInstant(), ZoneOffset.UTC));
    } else if (o instanceof List<?> l) {
      List<Value> out = new ArrayList<>();
      for (Object e : l) {
        out.add(toValue(e));
      }
      return new Value.Seq(out);
    } else if (o instanceof Map<?, ?> m) {
      Map<String, Value> out = new LinkedHashMap<>();
      for (Map.Entry<?, ?> e : m.entrySet()) {
        out.put(String.valueOf(e.getKey()), toValue(e.getValue()));
      }
      return new Value.Row(out);
    }
    return new Value.Text(String.valueOf(o));
  }

  /** Reads one template's tree, knowing the file for its errors. */
  private static final class Reader {
    private final String file;

    Reader(String file) {
      this.file = file;
    }

    private TemplateException error(String path, String message) {
      return new TemplateException(file, path, message, null);
    }

    Invoice2DataTemplate template(String name, Map<?, ?> tpl) {
      if (!tpl.containsKey("keywords")) {
        throw error("keywords", "missing mandatory 'keywords'");
      }
      List<String> keywordTexts = stringList(tpl.get("keywords"), "keywords");
      List<PythonRegex> keywords = patterns(keywordTexts, "keywords");
      List<PythonRegex> excludes =
          tpl.containsKey("exclude_keywords") && tpl.get("exclude_keywords") != null
              ? patterns(
                  stringList(tpl.get("exclude_keywords"), "exclude_keywords"), "exclude_keywords")
              : List.of();
      String issuer;
      if (tpl.containsKey("issuer")) {
        issuer = String.valueOf(tpl.get("issuer"));
      } else if (!keywordTexts.isEmpty()) {
        issuer = keywordTexts.get(0);
      } else {
        throw error("issuer", "no issuer and no keywords to take it from");
      }
      int priority = 5;
      if (tpl.containsKey("priority")) {
        if (!(tpl.get("priority") instanceof Number p)) {
          throw error("priority", "must be a number, was " + tpl.get("priority"));
        }
        priority = p.intValue();
      }
      Options options = options(tpl.get("options"));
      List<FieldRule> fields = new ArrayList<>();
      Object f = tpl.get("fields");
      if (f != null) {
        if (!(f instanceof Map<?, ?> fm)) {
          throw error("fields", "must be a mapping");
        }
        for (Map.Entry<?, ?> e : fm.entrySet()) {
          fields.add(field(String.valueOf(e.getKey()), e.getValue()));
        }
      }
      List<LinesRule> lines = new ArrayList<>();
      Object lo = tpl.get("lines");
      if (lo instanceof Map<?, ?> lm) {
        lines.add(linesRule(lm, "lines"));
      } else if (lo instanceof List<?> ll) {
        for (int i = 0; i < ll.size(); i++) {
          if (!(ll.get(i) instanceof Map<?, ?> lm)) {
            throw error("lines[" + i + "]", "must be a mapping");
          }
          lines.add(linesRule(lm, "lines[" + i + "]"));
        }
      } else if (lo != null) {
        throw error("lines", "must be a mapping or a list of mappings");
      }
      List<TableRule> tables = new ArrayList<>();
      if (tpl.get("tables") != null) {
        Object t = tpl.get("tables");
        List<?> list = t instanceof List<?> l ? l : List.of(t);
        for (int i = 0; i < list.size(); i++) {
          String path = "tables[" + i + "]";
          if (!(list.get(i) instanceof Map<?, ?> tm)) {
            throw error(path, "must be a mapping");
          }
          tables.add(
              new TableRule(
                  pattern(required(tm, "start", path), path + ".start"),
                  pattern(required(tm, "end", path), path + ".end"),
                  pattern(required(tm, "body", path), path + ".body"),
                  pattern(
                      tm.containsKey("line_separator") ? tm.get("line_separator") : "\\n",
                      path + ".line_separator")));
        }
      }
      Optional<List<String>> required = Optional.empty();
      if (tpl.get("required_fields") != null) {
        required = Optional.of(stringList(tpl.get("required_fields"), "required_fields"));
      }
      return new Invoice2DataTemplate(
          name, issuer, keywords, excludes, priority, fields, options, lines, tables, required);
    }

    private Object required(Map<?, ?> m, String key, String path) {
      if (!m.containsKey(key) || m.get(key) == null) {
        throw error(path + "." + key, "missing");
      }
      return m.get(key);
    }

    private Options options(Object o) {
      Options d = Options.defaults();
      if (o == null) {
        return d;
      }
      if (!(o instanceof Map<?, ?> m)) {
        throw error("options", "must be a mapping");
      }
      String currency =
          m.containsKey("currency") ? String.valueOf(m.get("currency")) : d.currency();
      String sep =
          m.containsKey("decimal_separator")
              ? String.valueOf(m.get("decimal_separator"))
              : d.decimalSeparator();
      if (sep.isEmpty()) {
        throw error("options.decimal_separator", "must not be empty");
      }
      List<Options.Replace> replace = new ArrayList<>();
      if (m.get("replace") != null) {
        if (!(m.get("replace") instanceof List<?> rl)) {
          throw error("options.replace", "must be a list of [pattern, replacement] pairs");
        }
        for (int i = 0; i < rl.size(); i++) {
          String path = "options.replace[" + i + "]";
          if (!(rl.get(i) instanceof List<?> pair) || pair.size() != 2) {
            throw error(path, "must be a list of exactly 2 elements");
          }
          replace.add(
              new Options.Replace(pattern(pair.get(0), path + "[0]"), String.valueOf(pair.get(1))));
        }
      }
      return new Options(
          currency,
          m.get("date_formats") == null
              ? d.dateFormats()
              : stringList(m.get("date_formats"), "options.date_formats"),
          m.get("languages") == null
              ? d.languages()
              : stringList(m.get("languages"), "options.languages"),
          sep,
          bool(m, "remove_whitespace"),
          bool(m, "remove_accents"),
          bool(m, "lowercase"),
          replace);
    }

    private boolean bool(Map<?, ?> m, String key) {
      Object v = m.get(key);
      if (v == null) {
        return false;
      }
      if (v instanceof Boolean b) {
        return b;
      }
      return toValue(v).truthy();
    }

    private FieldRule field(String name, Object v) {
      String path = "fields." + name;
      if (v instanceof Map<?, ?> m) {
        Optional<Area> area =
            m.get("area") == null
                ? Optional.empty()
                : Optional.of(area(m.get("area"), path + ".area"));
        if (!m.containsKey("parser")) {
          return new FieldRule.Ignored(name, "no parser");
        }
        String parser = String.valueOf(m.get("parser"));
        switch (parser) {
          case "static":
            if (!m.containsKey("value")) {
              return new FieldRule.Ignored(name, "static parser without value");
            }
            return new FieldRule.Static(name, toValue(m.get("value")), false);
          case "regex":
            {
              if (!m.containsKey("regex")) {
                return new FieldRule.Ignored(name, "regex parser without regex");
              }
              Optional<ValueType> type = Optional.empty();
              if (m.get("type") != null) {
                ValueType t = ValueType.parse(String.valueOf(m.get("type")));
                if (t == null) {
                  throw error(
                      path + ".type", "unknown type '" + m.get("type") + "' (int, float or date)");
                }
                type = Optional.of(t);
              }
              Optional<Grouping> grouping = Optional.empty();
              if (m.get("group") != null) {
                Grouping g = Grouping.parse(String.valueOf(m.get("group")));
                if (g == null) {
                  return new FieldRule.Ignored(name, "unsupported group '" + m.get("group") + "'");
                }
                grouping = Optional.of(g);
              }
              return new FieldRule.Regex(
                  name, regexList(m.get("regex"), path + ".regex"), type, grouping, false, area);
            }
          case "lines":
            {
              List<LinesRule> rules = new ArrayList<>();
              if (m.get("rules") != null) {
                if (!(m.get("rules") instanceof List<?> rl)) {
                  throw error(path + ".rules", "must be a list");
                }
                for (int i = 0; i < rl.size(); i++) {
                  if (!(rl.get(i) instanceof Map<?, ?> rm)) {
                    throw error(path + ".rules[" + i + "]", "must be a mapping");
                  }
                  rules.add(linesRule(rm, path + ".rules[" + i + "]"));
                }
              } else {
                rules.add(linesRule(m, path));
              }
              return new FieldRule.Lines(name, rules, area);
            }
          default:
            return new FieldRule.Ignored(name, "unknown parser '" + parser + "'");
        }
      }
      if (name.startsWith("static_")) {
        return new FieldRule.Static(name.substring("static_".length()), toValue(v), true);
      }
      // Legacy syntax: a pattern or a list of patterns; the type follows from the name.
      if (name.startsWith("sum_amount") && v instanceof List<?>) {
        return new FieldRule.Regex(
            name.substring(4),
            regexList(v, path),
            Optional.of(ValueType.FLOAT),
            Optional.of(Grouping.SUM),
            true,
            Optional.empty());
      }
      Optional<ValueType> type = Optional.empty();
      if (name.startsWith("date") || name.endsWith("date")) {
        type = Optional.of(ValueType.DATE);
      } else if (name.startsWith("amount")) {
        type = Optional.of(ValueType.FLOAT);
      }
      return new FieldRule.Regex(
          name, regexList(v, path), type, Optional.empty(), true, Optional.empty());
    }

    /**
     * Patterns of a {@code regex} setting; entries that are not text are skipped, as in
     * invoice2data.
     */
    private List<PythonRegex> regexList(Object v, String path) {
      List<PythonRegex> out = new ArrayList<>();
      if (v instanceof List<?> l) {
        for (int i = 0; i < l.size(); i++) {
          if (l.get(i) instanceof String s) {
            out.add(pattern(s, path + "[" + i + "]"));
          }
        }
      } else if (v instanceof String s) {
        out.add(pattern(s, path));
      }
      return out;
    }

    private LinesRule linesRule(Map<?, ?> m, String path) {
      return new LinesRule(
          pattern(required(m, "start", path), path + ".start"),
          pattern(required(m, "end", path), path + ".end"),
          patternList(required(m, "line", path), path + ".line"),
          m.get("first_line") == null
              ? List.of()
              : patternList(m.get("first_line"), path + ".first_line"),
          m.get("last_line") == null
              ? List.of()
              : patternList(m.get("last_line"), path + ".last_line"),
          m.get("skip_line") == null
              ? List.of()
              : patternList(m.get("skip_line"), path + ".skip_line"),
          pattern(
              m.get("line_separator") == null ? "\\n" : m.get("line_separator"),
              path + ".line_separator"),
          types(m.get("types"), path + ".types"));
    }

    private Map<String, ValueType> types(Object o, String path) {
      Map<String, ValueType> out = new LinkedHashMap<>();
      if (o == null) {
        return out;
      }
      if (!(o instanceof Map<?, ?> m)) {
        throw error(path, "must be a mapping of column to int, float or date");
      }
      for (Map.Entry<?, ?> e : m.entrySet()) {
        ValueType t = ValueType.parse(String.valueOf(e.getValue()));
        if (t == null) {
          throw error(
              path + "." + e.getKey(), "unknown type '" + e.getValue() + "' (int, float or date)");
        }
        out.put(String.valueOf(e.getKey()), t);
      }
      return out;
    }

    private Area area(Object o, String path) {
      if (!(o instanceof Map<?, ?> m)) {
        throw error(path, "must be a mapping of f, l, x, y, r, W, H");
      }
      try {
        return new Area(
            num(m, "f", 1, path).intValue(),
            num(m, "l", num(m, "f", 1, path).intValue(), path).intValue(),
            num(m, "x", 0, path).doubleValue(),
            num(m, "y", 0, path).doubleValue(),
            num(m, "W", 0, path).doubleValue(),
            num(m, "H", 0, path).doubleValue(),
            num(m, "r", 72, path).doubleValue());
      } catch (IllegalArgumentException e) {
        throw error(path, e.getMessage());
      }
    }

    private Number num(Map<?, ?> m, String key, Number dflt, String path) {
      Object v = m.get(key);
      if (v == null) {
        return dflt;
      }
      if (!(v instanceof Number n)) {
        throw error(path + "." + key, "must be a number, was " + v);
      }
      return n;
    }

    private List<PythonRegex> patternList(Object o, String path) {
      if (o instanceof List<?> l) {
        List<PythonRegex> out = new ArrayList<>();
        for (int i = 0; i < l.size(); i++) {
          out.add(pattern(l.get(i), path + "[" + i + "]"));
        }
        return out;
      }
      return List.of(pattern(o, path));
    }

    private List<PythonRegex> patterns(List<String> texts, String path) {
      List<PythonRegex> out = new ArrayList<>();
      for (int i = 0; i < texts.size(); i++) {
        out.add(pattern(texts.get(i), path + "[" + i + "]"));
      }
      return out;
    }

    private PythonRegex pattern(Object o, String path) {
      if (!(o instanceof String s)) {
        throw error(path, "must be a pattern (text), was " + (o == null ? "nothing" : o));
      }
      try {
        return PythonRegex.compile(s);
      } catch (PatternSyntaxException e) {
        throw new TemplateException(
            file, path, "invalid pattern '" + s + "': " + e.getDescription(), e);
      }
    }

    /** A list of texts; a single scalar counts as a list of one; numbers are written as text. */
    private List<String> stringList(Object o, String path) {
      List<String> out = new ArrayList<>();
      if (o instanceof List<?> l) {
        for (int i = 0; i < l.size(); i++) {
          Object e = l.get(i);
          if (e == null || e instanceof Map<?, ?> || e instanceof List<?>) {
            throw error(path + "[" + i + "]", "must be text, was " + e);
          }
          out.add(String.valueOf(e));
        }
      } else if (o instanceof Map<?, ?>) {
        throw error(path, "must be a list");
      } else if (o != null) {
        out.add(String.valueOf(o));
      }
      return out;
    }
  }
}
