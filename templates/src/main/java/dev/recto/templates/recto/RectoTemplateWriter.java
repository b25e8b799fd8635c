package dev.recto.templates.recto;

import dev.recto.core.model.BoundingBox;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * Writes a {@link RectoTemplate} as Recto YAML that {@link RectoTemplateLoader} reads back to an
 * equal template. Stateless and thread-safe.
 */
public final class RectoTemplateWriter {

  private RectoTemplateWriter() {}

  /** The template as YAML text. */
  public static String write(RectoTemplate t) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("name", t.name());
    root.put("issuer", t.issuer());
    root.put("priority", t.priority());
    Map<String, Object> match = new LinkedHashMap<>();
    putList(match, "keywords", t.match().keywords());
    putList(match, "exclude_keywords", t.match().excludeKeywords());
    putList(match, "regexes", t.match().regexes().stream().map(Pattern::pattern).toList());
    List<Object> layout = new ArrayList<>();
    for (LayoutMark m : t.match().layout()) {
      Map<String, Object> mk = new LinkedHashMap<>();
      mk.put("text", m.text());
      mk.put("page", m.page());
      mk.put("box", box(m.box()));
      mk.put("tolerance", round(m.tolerance()));
      layout.add(mk);
    }
    if (!layout.isEmpty()) {
      match.put("layout", layout);
    }
    root.put("match", match);
    Map<String, Object> options = options(t.options());
    if (!options.isEmpty()) {
      root.put("options", options);
    }
    Map<String, Object> text = text(t.text());
    if (!text.isEmpty()) {
      root.put("text", text);
    }
    Map<String, Object> fields = new LinkedHashMap<>();
    for (FieldRule r : t.fields().values()) {
      fields.put(r.key().jsonName(), rule(r, new LinkedHashMap<>()));
    }
    if (!fields.isEmpty()) {
      root.put("fields", fields);
    }
    Map<String, Object> custom = new LinkedHashMap<>();
    for (CustomFieldRule r : t.customFields().values()) {
      Map<String, Object> f = new LinkedHashMap<>();
      if (r.type() != dev.recto.core.field.FieldType.TEXT) {
        f.put("type", r.type().name().toLowerCase(java.util.Locale.ROOT));
      }
      custom.put(r.name(), rule(r, f));
    }
    if (!custom.isEmpty()) {
      root.put("custom_fields", custom);
    }
    List<Object> lines = new ArrayList<>();
    for (LineItemRule l : t.lineItems()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("start", l.start().pattern());
      if (l.end() != null) {
        m.put("end", l.end().pattern());
      }
      if (l.mode() != LineItemRule.Mode.MATCHES) {
        m.put("mode", l.mode().yamlName());
      }
      putPatterns(m, "first_line", l.firstLine());
      putPatterns(m, "row", l.rows());
      putPatterns(m, "last_line", l.lastLine());
      putPatterns(m, "skip_line", l.skipLine());
      if (!l.types().isEmpty()) {
        Map<String, Object> types = new LinkedHashMap<>();
        l.types().forEach((k, v) -> types.put(k, v.name().toLowerCase(java.util.Locale.ROOT)));
        m.put("types", types);
      }
      lines.add(m);
    }
    if (lines.size() == 1) {
      root.put("line_items", lines.get(0));
    } else if (!lines.isEmpty()) {
      root.put("line_items", lines);
    }
    List<Object> tables = new ArrayList<>();
    for (TableFieldRule tr : t.tables()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("start", tr.start().pattern());
      m.put("end", tr.end().pattern());
      m.put("row", tr.row().pattern());
      if (!tr.types().isEmpty()) {
        Map<String, Object> types = new LinkedHashMap<>();
        tr.types().forEach((k, v) -> types.put(k, v.name().toLowerCase(java.util.Locale.ROOT)));
        m.put("types", types);
      }
      tables.add(m);
    }
    if (!tables.isEmpty()) {
      root.put("tables", tables);
    }
    DumperOptions d = new DumperOptions();
    d.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
    d.setWidth(120);
    return new Yaml(d).dump(root);
  }

  /** A rule's locator, value, sum, group and options, added to {@code f}. */
  private static Map<String, Object> rule(ValueRule r, Map<String, Object> f) {
    if (r.locator() instanceof Locator.Regex x) {
      f.put(
          "regex",
          x.patterns().size() == 1
              ? x.pattern().pattern()
              : new ArrayList<>(x.patterns().stream().map(Pattern::pattern).toList()));
      if (x.area() != null) {
        TextArea ar = x.area();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("from_page", ar.fromPage());
        m.put("to_page", ar.toPage());
        m.put(
            ar.unit() == TextArea.Unit.POINTS ? "points" : "box",
            List.of(round(ar.left()), round(ar.top()), round(ar.right()), round(ar.bottom())));
        f.put("area", m);
      }
    } else if (r.locator() instanceof Locator.Anchor a) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("label", a.label());
      m.put("direction", a.direction().yamlName());
      m.put("distance", round(a.distance()));
      if (a.lines() != 1) {
        m.put("lines", a.lines());
      }
      if (a.skip() != 0) {
        m.put("skip", a.skip());
      }
      f.put("anchor", m);
    } else if (r.locator() instanceof Locator.Constant c) {
      f.put("static", c.text());
    } else if (r.locator() instanceof Locator.Region g) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("page", g.page());
      m.put("box", box(g.box()));
      f.put("region", m);
    }
    if (r.value() != null) {
      f.put("value", r.value().pattern());
    }
    if (r.sum()) {
      f.put("sum", true);
    }
    if (r.group() != null) {
      f.put("group", r.group().yamlName());
    }
    Map<String, Object> o = options(r.options());
    if (!o.isEmpty()) {
      f.put("options", o);
    }
    return f;
  }

  private static Map<String, Object> text(TextOptions o) {
    Map<String, Object> m = new LinkedHashMap<>();
    if (o.removeWhitespace()) {
      m.put("remove_whitespace", true);
    }
    if (o.removeAccents()) {
      m.put("remove_accents", true);
    }
    if (o.lowercase()) {
      m.put("lowercase", true);
    }
    List<Object> replace = new ArrayList<>();
    for (TextOptions.Replacement r : o.replace()) {
      replace.add(new ArrayList<>(List.of(r.pattern().pattern(), r.replacement())));
    }
    if (!replace.isEmpty()) {
      m.put("replace", replace);
    }
    return m;
  }

  private static Map<String, Object> options(ParseOptions o) {
    Map<String, Object> m = new LinkedHashMap<>();
    putList(m, "date_formats", o.dateFormats());
    if (o.dateOrder() != null) {
      m.put("date_order", o.dateOrder().name());
    }
    if (o.decimalSeparator() != null) {
      m.put("decimal_separator", String.valueOf(o.decimalSeparator()));
    }
    if (o.currency() != null) {
      m.put("currency", o.currency());
    }
    return m;
  }

  /** One pattern as text, several as a list, none left out. */
  private static void putPatterns(
      Map<String, Object> m, String key, List<java.util.regex.Pattern> patterns) {
    if (patterns.size() == 1) {
      m.put(key, patterns.get(0).pattern());
    } else if (!patterns.isEmpty()) {
      m.put(key, patterns.stream().map(java.util.regex.Pattern::pattern).toList());
    }
  }

  private static void putList(Map<String, Object> m, String key, List<String> values) {
    if (!values.isEmpty()) {
      m.put(key, new ArrayList<>(values));
    }
  }

  private static List<Double> box(BoundingBox b) {
    return List.of(round(b.left()), round(b.top()), round(b.right()), round(b.bottom()));
  }

  private static double round(double v) {
    return Math.round(v * 10000) / 10000.0;
  }
}
