package dev.recto.templates.recto;

import dev.recto.core.error.TemplateException;
import dev.recto.core.field.FieldKey;
import dev.recto.core.field.FieldType;
import dev.recto.core.field.InvoiceFields;
import dev.recto.core.model.BoundingBox;
import dev.recto.extraction.parse.DateOrder;
import dev.recto.templates.io.SafeYaml;
import dev.recto.templates.io.TemplateFiles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Loads Recto YAML templates (schema {@value #SCHEMA_RESOURCE}) with {@link SafeYaml}: plain maps,
 * lists and scalars only, no tags that build objects, limits on aliases, depth and size. Unknown
 * keys are errors, so a typo does not silently drop a rule. Every error is a {@link
 * TemplateException} naming the file and the field path ({@code
 * fields.InvoiceTotal.anchor.distance}).
 *
 * <p>Stateless and thread-safe.
 *
 * <pre>{@code
 * RectoTemplate t = RectoTemplateLoader.load(Path.of("templates/acme.yml"));
 * }</pre>
 */
public final class RectoTemplateLoader {

  /** The JSON Schema of the format, on the class path. */
  public static final String SCHEMA_RESOURCE = "/dev/recto/templates/recto/template.schema.json";

  private RectoTemplateLoader() {}

  /**
   * Loads one file (UTF-8, at most {@link TemplateFiles#MAX_BYTES} bytes).
   *
   * @throws TemplateException when the file cannot be read or is not a valid template
   */
  public static RectoTemplate load(Path file) {
    String content = TemplateFiles.read(file);
    String stem = file.getFileName().toString().replaceFirst("\\.[^.]*$", "");
    return parse(file.toString(), stem, content);
  }

  /**
   * Parses template text with {@link SafeYaml} (plain data only, alias, depth and size limits).
   *
   * @param source where it came from, for messages
   * @param defaultName the name when the text has none
   * @throws TemplateException when the text is not a valid template
   */
  public static RectoTemplate parse(String source, String defaultName, String content) {
    Object tree = SafeYaml.parse(source, content);
    return new Reader(source).template(tree, defaultName);
  }

  /** Reads one tree, keeping the file name for errors. */
  private record Reader(String source) {

    RectoTemplate template(Object tree, String defaultName) {
      Map<String, Object> root =
          map(
              tree,
              "(document)",
              "name",
              "issuer",
              "priority",
              "match",
              "options",
              "fields",
              "custom_fields",
              "line_items",
              "tables",
              "text");
      String name = root.containsKey("name") ? text(root.get("name"), "name") : defaultName;
      String issuer = text(required(root, "issuer", ""), "issuer");
      int priority = root.containsKey("priority") ? integer(root.get("priority"), "priority") : 5;
      MatchRules match = match(required(root, "match", ""));
      ParseOptions options =
          root.containsKey("options") ? options(root.get("options"), "options") : ParseOptions.NONE;
      Map<FieldKey, FieldRule> fields = new EnumMap<>(FieldKey.class);
      if (root.containsKey("fields")) {
        Map<String, Object> f = map(root.get("fields"), "fields");
        for (Map.Entry<String, Object> e : f.entrySet()) {
          String path = "fields." + e.getKey();
          FieldKey key =
              FieldKey.fromJsonName(e.getKey())
                  .orElseThrow(
                      () ->
                          error(
                              path,
                              "unknown field; known: "
                                  + Arrays.stream(FieldKey.values())
                                      .map(FieldKey::jsonName)
                                      .toList()));
          fields.put(key, field(key, e.getValue(), path));
        }
      }
      Map<String, CustomFieldRule> custom = new java.util.TreeMap<>();
      if (root.containsKey("custom_fields")) {
        for (Map.Entry<String, Object> e :
            map(root.get("custom_fields"), "custom_fields").entrySet()) {
          String path = "custom_fields." + e.getKey();
          if (!InvoiceFields.CUSTOM_NAME.matcher(e.getKey()).matches()) {
            throw error(
                path,
                "a custom field name must be lower-case snake case ("
                    + InvoiceFields.CUSTOM_NAME.pattern()
                    + ")");
          }
          custom.put(e.getKey(), customField(e.getKey(), e.getValue(), path));
        }
      }
      List<LineItemRule> lines = new ArrayList<>();
      Object li = root.get("line_items");
      if (li instanceof List<?>) {
        List<Object> l = list(li, "line_items");
        for (int i = 0; i < l.size(); i++) {
          lines.add(lineItems(l.get(i), "line_items[" + i + "]"));
        }
      } else if (li != null) {
        lines.add(lineItems(li, "line_items"));
      }
      List<TableFieldRule> tables = new ArrayList<>();
      List<Object> tl = list(root.get("tables"), "tables");
      for (int i = 0; i < tl.size(); i++) {
        tables.add(table(tl.get(i), "tables[" + i + "]"));
      }
      TextOptions text = root.containsKey("text") ? text(root.get("text")) : TextOptions.NONE;
      try {
        return new RectoTemplate(
            name, source, issuer, priority, match, options, fields, custom, lines, tables, text);
      } catch (IllegalArgumentException e) {
        throw error("(document)", e.getMessage());
      }
    }

    MatchRules match(Object tree) {
      Map<String, Object> m =
          map(tree, "match", "keywords", "exclude_keywords", "regexes", "layout");
      List<String> keywords = texts(m.get("keywords"), "match.keywords");
      List<String> excludes = texts(m.get("exclude_keywords"), "match.exclude_keywords");
      List<Pattern> regexes = new ArrayList<>();
      List<String> rx = texts(m.get("regexes"), "match.regexes");
      for (int i = 0; i < rx.size(); i++) {
        regexes.add(pattern(rx.get(i), "match.regexes[" + i + "]"));
      }
      List<LayoutMark> layout = new ArrayList<>();
      List<Object> marks = list(m.get("layout"), "match.layout");
      for (int i = 0; i < marks.size(); i++) {
        String path = "match.layout[" + i + "]";
        Map<String, Object> mk = map(marks.get(i), path, "text", "page", "box", "tolerance");
        try {
          layout.add(
              new LayoutMark(
                  text(required(mk, "text", path), path + ".text"),
                  mk.containsKey("page") ? integer(mk.get("page"), path + ".page") : 0,
                  box(required(mk, "box", path), path + ".box"),
                  mk.containsKey("tolerance")
                      ? number(mk.get("tolerance"), path + ".tolerance")
                      : 0.03));
        } catch (IllegalArgumentException e) {
          throw error(path, e.getMessage());
        }
      }
      for (int i = 0; i < keywords.size(); i++) {
        if (Folding.tokens(keywords.get(i)).isEmpty()) {
          throw error("match.keywords[" + i + "]", "a keyword needs a letter or digit");
        }
      }
      if (keywords.isEmpty() && regexes.isEmpty()) {
        throw error("match", "a template needs at least one keyword or regex");
      }
      return new MatchRules(keywords, excludes, regexes, layout);
    }

    TextOptions text(Object tree) {
      Map<String, Object> m =
          map(tree, "text", "remove_whitespace", "remove_accents", "lowercase", "replace");
      List<TextOptions.Replacement> replace = new ArrayList<>();
      List<Object> pairs = list(m.get("replace"), "text.replace");
      for (int i = 0; i < pairs.size(); i++) {
        String p = "text.replace[" + i + "]";
        List<Object> pair = list(pairs.get(i), p);
        if (pair.size() != 2 || !(pair.get(1) instanceof String r)) {
          throw error(p, "must be [regex, replacement]");
        }
        Pattern pattern = pattern(text(pair.get(0), p + "[0]"), p + "[0]");
        replace.add(new TextOptions.Replacement(pattern, r));
      }
      return new TextOptions(
          flag(m, "remove_whitespace", "text"),
          flag(m, "remove_accents", "text"),
          flag(m, "lowercase", "text"),
          replace);
    }

    boolean flag(Map<String, Object> m, String key, String path) {
      return m.containsKey(key) && bool(m.get(key), path + "." + key);
    }

    ParseOptions options(Object tree, String path) {
      Map<String, Object> m =
          map(tree, path, "date_formats", "date_order", "decimal_separator", "currency");
      List<String> formats = texts(m.get("date_formats"), path + ".date_formats");
      DateOrder order = null;
      if (m.containsKey("date_order")) {
        String o = text(m.get("date_order"), path + ".date_order").toUpperCase(Locale.ROOT);
        try {
          order = DateOrder.valueOf(o);
        } catch (IllegalArgumentException e) {
          throw error(path + ".date_order", "must be DMY, MDY or YMD, was " + o);
        }
      }
      Character sep = null;
      if (m.containsKey("decimal_separator")) {
        String s = text(m.get("decimal_separator"), path + ".decimal_separator");
        if (!s.equals(".") && !s.equals(",")) {
          throw error(path + ".decimal_separator", "must be '.' or ',', was '" + s + "'");
        }
        sep = s.charAt(0);
      }
      try {
        return new ParseOptions(
            formats,
            order,
            sep,
            m.containsKey("currency") ? text(m.get("currency"), path + ".currency") : null);
      } catch (IllegalArgumentException e) {
        throw error(path, e.getMessage());
      }
    }

    FieldRule field(FieldKey key, Object tree, String path) {
      Parts p =
          parts(
              map(
                  tree, path, "regex", "area", "anchor", "region", "static", "value", "options",
                  "sum", "group"),
              path);
      try {
        return new FieldRule(key, p.locator(), p.value(), p.options(), p.sum(), p.group());
      } catch (IllegalArgumentException e) {
        throw error(path + (p.group() != null ? ".group" : ".sum"), e.getMessage());
      }
    }

    CustomFieldRule customField(String name, Object tree, String path) {
      Map<String, Object> m =
          map(
              tree, path, "type", "regex", "area", "anchor", "region", "static", "value", "options",
              "group");
      FieldType type = FieldType.TEXT;
      if (m.containsKey("type")) {
        String t = text(m.get("type"), path + ".type");
        try {
          type = FieldType.valueOf(t.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
          throw error(
              path + ".type",
              "must be one of "
                  + Arrays.stream(FieldType.values())
                      .map(v -> v.name().toLowerCase(Locale.ROOT))
                      .toList()
                  + ", was "
                  + t);
        }
      }
      Map<String, Object> rest = new java.util.LinkedHashMap<>(m);
      rest.remove("type");
      Parts p = parts(rest, path);
      try {
        return new CustomFieldRule(name, type, p.locator(), p.value(), p.options(), p.group());
      } catch (IllegalArgumentException e) {
        throw error(path, e.getMessage());
      }
    }

    /** What a field rule is made of. */
    private record Parts(
        Locator locator, Pattern value, ParseOptions options, boolean sum, Grouping group) {}

    Parts parts(Map<String, Object> m, String path) {
      int kinds =
          (m.containsKey("regex") ? 1 : 0)
              + (m.containsKey("anchor") ? 1 : 0)
              + (m.containsKey("region") ? 1 : 0)
              + (m.containsKey("static") ? 1 : 0);
      if (kinds != 1) {
        throw error(path, "needs exactly one of regex, anchor, region, static");
      }
      if (m.containsKey("area") && !m.containsKey("regex")) {
        throw error(path + ".area", "an area is for regex fields");
      }
      Locator locator;
      if (m.containsKey("static")) {
        locator = new Locator.Constant(text(m.get("static"), path + ".static"));
      } else if (m.containsKey("regex")) {
        List<String> rx = texts(m.get("regex"), path + ".regex");
        if (rx.isEmpty()) {
          throw error(path + ".regex", "needs at least one pattern");
        }
        List<Pattern> patterns = new ArrayList<>();
        for (int i = 0; i < rx.size(); i++) {
          String p = rx.size() == 1 && m.get("regex") instanceof String ? "" : "[" + i + "]";
          patterns.add(pattern(rx.get(i), path + ".regex" + p));
        }
        locator =
            new Locator.Regex(
                patterns, m.containsKey("area") ? area(m.get("area"), path + ".area") : null);
      } else if (m.containsKey("anchor")) {
        String p = path + ".anchor";
        Map<String, Object> a =
            map(m.get("anchor"), p, "label", "direction", "distance", "lines", "skip");
        String dir = text(required(a, "direction", p), p + ".direction");
        Direction direction;
        try {
          direction = Direction.valueOf(dir.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
          throw error(p + ".direction", "must be right or below, was " + dir);
        }
        try {
          locator =
              new Locator.Anchor(
                  text(required(a, "label", p), p + ".label"),
                  direction,
                  a.containsKey("distance") ? number(a.get("distance"), p + ".distance") : 0.5,
                  a.containsKey("lines") ? integer(a.get("lines"), p + ".lines") : 1,
                  a.containsKey("skip") ? integer(a.get("skip"), p + ".skip") : 0);
        } catch (IllegalArgumentException e) {
          throw error(p, e.getMessage());
        }
      } else {
        String p = path + ".region";
        Map<String, Object> r = map(m.get("region"), p, "page", "box");
        try {
          locator =
              new Locator.Region(
                  r.containsKey("page") ? integer(r.get("page"), p + ".page") : 0,
                  box(required(r, "box", p), p + ".box"));
        } catch (IllegalArgumentException e) {
          throw error(p, e.getMessage());
        }
      }
      Pattern value =
          m.containsKey("value")
              ? pattern(text(m.get("value"), path + ".value"), path + ".value")
              : null;
      ParseOptions options =
          m.containsKey("options")
              ? options(m.get("options"), path + ".options")
              : ParseOptions.NONE;
      boolean sum = m.containsKey("sum") && bool(m.get("sum"), path + ".sum");
      Grouping group = null;
      if (m.containsKey("group")) {
        String g = text(m.get("group"), path + ".group");
        try {
          group = Grouping.valueOf(g.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
          throw error(path + ".group", "must be first, last, sum, min, max or join, was " + g);
        }
        if (sum) {
          throw error(path + ".group", "group and sum exclude each other");
        }
      }
      return new Parts(locator, value, options, sum, group);
    }

    boolean bool(Object v, String path) {
      if (v instanceof Boolean b) {
        return b;
      }
      throw error(path, "must be true or false, was " + v);
    }

    LineItemRule lineItems(Object tree, String path) {
      Map<String, Object> m =
          map(
              tree,
              path,
              "start",
              "end",
              "row",
              "mode",
              "first_line",
              "last_line",
              "skip_line",
              "types");
      Pattern start = pattern(text(required(m, "start", path), path + ".start"), path + ".start");
      Pattern end =
          m.containsKey("end") ? pattern(text(m.get("end"), path + ".end"), path + ".end") : null;
      LineItemRule.Mode mode = LineItemRule.Mode.MATCHES;
      if (m.containsKey("mode")) {
        String v = text(m.get("mode"), path + ".mode");
        try {
          mode = LineItemRule.Mode.valueOf(v.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
          throw error(path + ".mode", "must be matches or lines, was " + v);
        }
      }
      int flags =
          mode == LineItemRule.Mode.MATCHES
              ? Pattern.MULTILINE | Pattern.UNICODE_CHARACTER_CLASS
              : Pattern.UNICODE_CHARACTER_CLASS;
      List<Pattern> rows = patterns(required(m, "row", path), path + ".row", flags);
      try {
        return new LineItemRule(
            start,
            end,
            rows,
            mode,
            patterns(m.get("first_line"), path + ".first_line", flags),
            patterns(m.get("last_line"), path + ".last_line", flags),
            patterns(m.get("skip_line"), path + ".skip_line", flags),
            types(m.get("types"), path + ".types"));
      } catch (IllegalArgumentException e) {
        throw error(path, e.getMessage());
      }
    }

    TableFieldRule table(Object tree, String path) {
      Map<String, Object> m = map(tree, path, "start", "end", "row", "types");
      Map<String, FieldType> types = types(m.get("types"), path + ".types");
      return new TableFieldRule(
          pattern(text(required(m, "start", path), path + ".start"), path + ".start"),
          pattern(text(required(m, "end", path), path + ".end"), path + ".end"),
          pattern(text(required(m, "row", path), path + ".row"), path + ".row"),
          types);
    }

    TextArea area(Object tree, String path) {
      Map<String, Object> m = map(tree, path, "from_page", "to_page", "box", "points");
      if (m.containsKey("box") == m.containsKey("points")) {
        throw error(path, "needs exactly one of box (page-relative) and points (PDF points)");
      }
      boolean points = m.containsKey("points");
      String key = points ? "points" : "box";
      List<Object> l = list(m.get(key), path + "." + key);
      if (l.size() != 4) {
        throw error(path + "." + key, "must be [left, top, right, bottom]");
      }
      double[] d = new double[4];
      for (int i = 0; i < 4; i++) {
        d[i] = number(l.get(i), path + "." + key + "[" + i + "]");
      }
      int from = m.containsKey("from_page") ? integer(m.get("from_page"), path + ".from_page") : 0;
      int to = m.containsKey("to_page") ? integer(m.get("to_page"), path + ".to_page") : from;
      try {
        return new TextArea(
            from, to, d[0], d[1], d[2], d[3], points ? TextArea.Unit.POINTS : TextArea.Unit.PAGE);
      } catch (IllegalArgumentException e) {
        throw error(path, e.getMessage());
      }
    }

    /** Custom column or field types by snake-case name; empty when absent. */
    Map<String, FieldType> types(Object tree, String path) {
      Map<String, FieldType> types = new java.util.TreeMap<>();
      if (tree == null) {
        return types;
      }
      for (Map.Entry<String, Object> e : map(tree, path).entrySet()) {
        String t = text(e.getValue(), path + "." + e.getKey());
        try {
          types.put(e.getKey(), FieldType.valueOf(t.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException x) {
          throw error(path + "." + e.getKey(), "unknown type " + t);
        }
      }
      return types;
    }

    /** One pattern or a list of them; a list's errors name the item. */
    List<Pattern> patterns(Object tree, String path, int flags) {
      List<String> rx = texts(tree, path);
      List<Pattern> out = new ArrayList<>();
      for (int i = 0; i < rx.size(); i++) {
        out.add(pattern(rx.get(i), tree instanceof String ? path : path + "[" + i + "]", flags));
      }
      return out;
    }

    // ---- tree helpers -------------------------------------------------------------------

    @SuppressWarnings("unchecked")
    Map<String, Object> map(Object tree, String path, String... allowed) {
      if (!(tree instanceof Map<?, ?> m)) {
        throw error(path, "must be a mapping");
      }
      if (allowed.length > 0) {
        Set<String> ok = Set.of(allowed);
        for (Object k : m.keySet()) {
          if (!ok.contains(String.valueOf(k))) {
            throw error(path, "unknown key '" + k + "'; known: " + Arrays.toString(allowed));
          }
        }
      }
      for (Object k : m.keySet()) {
        if (!(k instanceof String)) {
          throw error(path, "keys must be text, was " + k);
        }
      }
      return (Map<String, Object>) m;
    }

    List<Object> list(Object tree, String path) {
      if (tree == null) {
        return List.of();
      }
      if (!(tree instanceof List<?> l)) {
        throw error(path, "must be a list");
      }
      return new ArrayList<>(l);
    }

    List<String> texts(Object tree, String path) {
      if (tree instanceof String s) {
        return List.of(s);
      }
      List<Object> l = list(tree, path);
      List<String> out = new ArrayList<>();
      for (int i = 0; i < l.size(); i++) {
        out.add(text(l.get(i), path + "[" + i + "]"));
      }
      return out;
    }

    Object required(Map<String, Object> m, String key, String path) {
      if (!m.containsKey(key) || m.get(key) == null) {
        throw error(path.isEmpty() ? key : path + "." + key, "is required");
      }
      return m.get(key);
    }

    String text(Object v, String path) {
      if (v instanceof String s && !s.isBlank()) {
        return s;
      }
      if (v instanceof Number || v instanceof Boolean) {
        return String.valueOf(v);
      }
      throw error(path, "must be non-blank text, was " + v);
    }

    int integer(Object v, String path) {
      if (v instanceof Integer i) {
        return i;
      }
      throw error(path, "must be an integer, was " + v);
    }

    double number(Object v, String path) {
      if (v instanceof Number n) {
        return n.doubleValue();
      }
      throw error(path, "must be a number, was " + v);
    }

    BoundingBox box(Object v, String path) {
      List<Object> l = list(v, path);
      if (l.size() != 4) {
        throw error(path, "must be [left, top, right, bottom], page-relative");
      }
      double[] d = new double[4];
      for (int i = 0; i < 4; i++) {
        d[i] = number(l.get(i), path + "[" + i + "]");
      }
      try {
        return new BoundingBox(d[0], d[1], d[2], d[3]);
      } catch (IllegalArgumentException e) {
        throw error(path, e.getMessage());
      }
    }

    Pattern pattern(String regex, String path) {
      return pattern(regex, path, Pattern.UNICODE_CHARACTER_CLASS);
    }

    Pattern pattern(String regex, String path, int flags) {
      try {
        return Pattern.compile(regex, flags);
      } catch (PatternSyntaxException e) {
        throw error(path, "invalid regular expression: " + e.getDescription());
      }
    }

    TemplateException error(String path, String message) {
      return new TemplateException(source, path, message, null);
    }
  }
}
