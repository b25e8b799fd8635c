package dev.recto.templates.convert;

import dev.recto.core.field.FieldKey;
import dev.recto.core.field.FieldType;
import dev.recto.core.field.InvoiceFields;
import dev.recto.core.field.LineItemKey;
import dev.recto.extraction.parse.DateOrder;
import dev.recto.templates.invoice2data.Area;
import dev.recto.templates.invoice2data.FieldRule;
import dev.recto.templates.invoice2data.Invoice2DataTemplate;
import dev.recto.templates.invoice2data.LinesRule;
import dev.recto.templates.invoice2data.Options;
import dev.recto.templates.invoice2data.TableRule;
import dev.recto.templates.invoice2data.Value;
import dev.recto.templates.recto.CustomFieldRule;
import dev.recto.templates.recto.Grouping;
import dev.recto.templates.recto.LineItemRule;
import dev.recto.templates.recto.Locator;
import dev.recto.templates.recto.MatchRules;
import dev.recto.templates.recto.ParseOptions;
import dev.recto.templates.recto.RectoTemplate;
import dev.recto.templates.recto.TableFieldRule;
import dev.recto.templates.recto.TextArea;
import dev.recto.templates.recto.TextOptions;
import dev.recto.templates.regex.PythonRegex;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Converts an invoice2data template into a Recto template (write it with {@link
 * dev.recto.templates.recto.RectoTemplateWriter}).
 *
 * <p><b>Mapping.</b> Keywords (Python regular expressions) become Java {@code regexes} with the
 * same meaning ({@link PythonRegex} translation, Unicode classes and Unix lines as in Python);
 * those that are plain words are also Recto {@code keywords}, so the matcher's index can find them.
 * Plain-word exclude keywords become exclude keywords. Fields whose invoice2data name maps to a
 * core schema key ({@link #KEYS}: {@code invoice_number} to {@code InvoiceId}, {@code amount} to
 * {@code InvoiceTotal}, ...) become regex fields with the first pattern; {@code date_formats}
 * become {@link java.time.format.DateTimeFormatter} patterns, {@code decimal_separator} and {@code
 * currency} parse options. Everything else is listed in {@link Conversion#differences()}.
 *
 * <p>Stateless and thread-safe.
 */
public final class Invoice2DataConverter {

  /** invoice2data field names and the core keys they map to. */
  public static final Map<String, FieldKey> KEYS =
      Map.ofEntries(
          Map.entry("invoice_number", FieldKey.INVOICE_ID),
          Map.entry("date", FieldKey.INVOICE_DATE),
          Map.entry("date_due", FieldKey.DUE_DATE),
          Map.entry("due_date", FieldKey.DUE_DATE),
          Map.entry("amount", FieldKey.INVOICE_TOTAL),
          Map.entry("amount_untaxed", FieldKey.SUB_TOTAL),
          Map.entry("amount_tax", FieldKey.TOTAL_TAX),
          Map.entry("amount_due", FieldKey.AMOUNT_DUE),
          Map.entry("vat", FieldKey.VENDOR_TAX_ID),
          Map.entry("vat_number", FieldKey.VENDOR_TAX_ID),
          Map.entry("iban", FieldKey.IBAN),
          Map.entry("bic", FieldKey.SWIFT),
          Map.entry("po_number", FieldKey.PURCHASE_ORDER),
          Map.entry("customer_id", FieldKey.CUSTOMER_ID),
          Map.entry("partner_name", FieldKey.VENDOR_NAME));

  /**
   * invoice2data line columns (the group names its {@code lines} templates use) and the line-item
   * keys they map to; a row pattern's first group for a key gets the key's name, later ones and
   * unknown columns become unnamed groups.
   */
  public static final Map<String, LineItemKey> LINE_KEYS =
      Map.ofEntries(
          Map.entry("name", LineItemKey.DESCRIPTION),
          Map.entry("description", LineItemKey.DESCRIPTION),
          Map.entry("desc", LineItemKey.DESCRIPTION),
          Map.entry("product", LineItemKey.DESCRIPTION),
          Map.entry("details", LineItemKey.DESCRIPTION),
          Map.entry("code", LineItemKey.PRODUCT_CODE),
          Map.entry("product_code", LineItemKey.PRODUCT_CODE),
          Map.entry("sku", LineItemKey.PRODUCT_CODE),
          Map.entry("qty", LineItemKey.QUANTITY),
          Map.entry("quantity", LineItemKey.QUANTITY),
          Map.entry("uom", LineItemKey.UNIT),
          Map.entry("unit", LineItemKey.UNIT),
          Map.entry("price_unit", LineItemKey.UNIT_PRICE),
          Map.entry("unit_price", LineItemKey.UNIT_PRICE),
          Map.entry("line_tax_percent", LineItemKey.TAX_RATE),
          Map.entry("vat_rate", LineItemKey.TAX_RATE),
          Map.entry("tax_rate", LineItemKey.TAX_RATE),
          Map.entry("line_tax_amount", LineItemKey.TAX),
          Map.entry("tax_amount", LineItemKey.TAX),
          Map.entry("price_subtotal", LineItemKey.AMOUNT),
          Map.entry("line_total", LineItemKey.AMOUNT),
          Map.entry("price_total", LineItemKey.AMOUNT),
          Map.entry("amount", LineItemKey.AMOUNT),
          Map.entry("total", LineItemKey.AMOUNT),
          Map.entry("date", LineItemKey.DATE));

  private static final Pattern PLAIN = Pattern.compile("[\\p{L}\\p{N} ]+");

  private Invoice2DataConverter() {}

  /** The Recto template for {@code t}, with the differences. */
  public static Conversion convert(Invoice2DataTemplate t) {
    List<String> differences = new ArrayList<>();
    List<String> keywords = new ArrayList<>();
    List<Pattern> regexes = new ArrayList<>();
    String longest = "";
    for (PythonRegex k : t.keywords()) {
      regexes.add(java(k));
      if (PLAIN.matcher(k.source()).matches()
          && !k.source().isBlank()
          && k.source().strip().length() > longest.length()) {
        longest = k.source().strip();
      }
    }
    if (!longest.isEmpty()) {
      keywords.add(longest); // whole words: a filter for the index; the regexes keep substrings
    }
    List<String> excludes = new ArrayList<>();
    for (PythonRegex k : t.excludeKeywords()) {
      if (PLAIN.matcher(k.source()).matches() && !k.source().isBlank()) {
        excludes.add(k.source());
      } else {
        differences.add("exclude keyword '" + k.source() + "' is a regex: dropped");
      }
    }
    Options o = t.options();
    List<TextOptions.Replacement> replace = new ArrayList<>();
    for (Options.Replace r : o.replace()) {
      try {
        replace.add(
            new TextOptions.Replacement(
                java(r.pattern()),
                PythonReplacement.toJava(r.replacement(), r.pattern().groupNames())));
      } catch (IllegalArgumentException e) {
        differences.add(
            "replace ['"
                + r.pattern().source()
                + "', '"
                + r.replacement()
                + "']: "
                + e.getMessage());
      }
    }
    TextOptions text =
        new TextOptions(o.removeWhitespace(), o.removeAccents(), o.lowercase(), replace);
    List<String> formats = new ArrayList<>();
    for (String f : o.dateFormats()) {
      String j = StrftimeFormats.toJava(f);
      if (j == null) {
        differences.add("date format '" + f + "' has no DateTimeFormatter equivalent: dropped");
      } else {
        formats.add(j);
      }
    }
    Character separator =
        o.decimalSeparator().equals(",") ? Character.valueOf(',') : Character.valueOf('.');
    String currency = o.currency().matches("[A-Z]{3}") ? o.currency() : null;
    // invoice2data reads numeric dates month first when the first language is English
    DateOrder order =
        !o.languages().isEmpty() && o.languages().get(0).equalsIgnoreCase("en")
            ? DateOrder.MDY
            : null;
    ParseOptions options = new ParseOptions(formats, order, separator, currency);
    Map<FieldKey, dev.recto.templates.recto.FieldRule> fields = new EnumMap<>(FieldKey.class);
    Map<String, CustomFieldRule> custom = new java.util.TreeMap<>();
    List<LineItemRule> lineItems = new ArrayList<>();
    Set<String> lineNames = new java.util.TreeSet<>();
    for (FieldRule f : t.fields()) {
      if (f instanceof FieldRule.Lines l) {
        lineNames.add(l.name());
        if (l.area().isPresent()) {
          differences.add(
              "lines '" + l.name() + "' read a page area: searched in the whole text instead");
        }
        for (LinesRule lr : l.rules()) {
          lines(lr, "lines '" + l.name() + "'", differences).ifPresent(lineItems::add);
        }
        continue;
      }
      FieldKey key = KEYS.get(f.name());
      if (key == null) {
        customField(f, options, differences).ifPresent(c -> custom.put(c.name(), c));
        continue;
      }
      if (f instanceof FieldRule.Static st) {
        constant(f.name(), key, st.value(), differences).ifPresent(rule -> fields.put(key, rule));
        continue;
      }
      if (!(f instanceof FieldRule.Regex r)) {
        differences.add("field '" + f.name() + "' is not a regex field: dropped");
        continue;
      }
      if (r.regexes().size() > 1 && r.grouping().isEmpty()) {
        differences.add(
            "field '"
                + f.name()
                + "' has several patterns and no group: the first match that reads is kept"
                + " where invoice2data lists all");
      }
      if (fields.containsKey(key)) {
        differences.add("field '" + f.name() + "' maps to " + key.jsonName() + " again: dropped");
        continue;
      }
      dev.recto.templates.recto.FieldRule rule;
      try {
        rule =
            new dev.recto.templates.recto.FieldRule(
                key,
                new Locator.Regex(
                    r.regexes().stream().map(Invoice2DataConverter::java).toList(),
                    r.area().map(Invoice2DataConverter::area).orElse(null)),
                null,
                ParseOptions.NONE,
                false,
                r.grouping().map(g -> Grouping.valueOf(g.name())).orElse(null));
      } catch (IllegalArgumentException e) {
        differences.add("field '" + f.name() + "': " + e.getMessage() + ": dropped");
        continue;
      }
      fields.put(key, rule);
    }
    for (LinesRule lr : t.lines()) {
      lineNames.add("lines");
      lines(lr, "lines plugin", differences).ifPresent(lineItems::add);
    }
    if (lineNames.size() > 1) {
      differences.add(
          "line items under several names "
              + lineNames
              + ": Recto has one list, their rows are concatenated");
    }
    List<TableFieldRule> tables = new ArrayList<>();
    for (TableRule tr : t.tables()) {
      table(tr, differences).ifPresent(tables::add);
    }
    if (keywords.isEmpty() && regexes.isEmpty()) {
      regexes.add(Pattern.compile(Pattern.quote(t.issuer())));
    }
    RectoTemplate template =
        new RectoTemplate(
            t.name().replaceFirst("\\.(yml|yaml|json)$", ""),
            t.name(),
            t.issuer(),
            t.priority(),
            new MatchRules(keywords, excludes, regexes, List.of()),
            options,
            fields,
            custom,
            lineItems,
            tables,
            text);
    return new Conversion(template, differences);
  }

  /**
   * A field without a core key as a Recto custom field of the same name: a static value as a
   * constant, a regex field with its patterns, group and type ({@code int} as a number, {@code
   * float} as money, {@code date} as a date, none as text); empty, with the reason, when the name
   * is not a custom field name or the rule cannot be expressed.
   */
  private static Optional<CustomFieldRule> customField(
      FieldRule f, ParseOptions options, List<String> differences) {
    String name = f.name().toLowerCase(java.util.Locale.ROOT);
    if (!InvoiceFields.CUSTOM_NAME.matcher(name).matches()) {
      differences.add(
          "field '" + f.name() + "' has no core key and is no custom field name: dropped");
      return Optional.empty();
    }
    try {
      if (f instanceof FieldRule.Static st) {
        String text = staticText(st.value());
        if (text.isBlank()) {
          differences.add("static field '" + f.name() + "' has no text value: dropped");
          return Optional.empty();
        }
        FieldType type =
            st.value() instanceof Value.Int || st.value() instanceof Value.Real
                ? FieldType.NUMBER
                : FieldType.TEXT;
        return Optional.of(
            new CustomFieldRule(
                name, type, new Locator.Constant(text), null, ParseOptions.NONE, null));
      }
      if (f instanceof FieldRule.Regex r) {
        FieldType type =
            r.type()
                .map(
                    t ->
                        switch (t) {
                          case INT -> FieldType.NUMBER;
                          case FLOAT -> FieldType.MONEY;
                          case DATE -> FieldType.DATE;
                        })
                .orElse(FieldType.TEXT);
        if (r.regexes().size() > 1 && r.grouping().isEmpty()) {
          differences.add(
              "field '"
                  + f.name()
                  + "' has several patterns and no group: the first match that reads is kept"
                  + " where invoice2data lists all");
        }
        return Optional.of(
            new CustomFieldRule(
                name,
                type,
                new Locator.Regex(
                    r.regexes().stream().map(Invoice2DataConverter::java).toList(),
                    r.area().map(Invoice2DataConverter::area).orElse(null)),
                null,
                ParseOptions.NONE,
                r.grouping().map(g -> Grouping.valueOf(g.name())).orElse(null)));
      }
    } catch (IllegalArgumentException e) {
      differences.add("field '" + f.name() + "': " + e.getMessage() + ": dropped");
      return Optional.empty();
    }
    differences.add("field '" + f.name() + "' is not a regex or static field: dropped");
    return Optional.empty();
  }

  private static String staticText(Value value) {
    if (value instanceof Value.Text x) {
      return x.value();
    } else if (value instanceof Value.Int x) {
      return Long.toString(x.value());
    } else if (value instanceof Value.Real x) {
      return Double.toString(x.value());
    }
    return "";
  }

  /** A static value as a Recto constant; empty (with the reason) when it has no text. */
  private static Optional<dev.recto.templates.recto.FieldRule> constant(
      String name, FieldKey key, Value value, List<String> differences) {
    String text = "";
    if (value instanceof Value.Text x) {
      text = x.value();
    } else if (value instanceof Value.Int x) {
      text = Long.toString(x.value());
    } else if (value instanceof Value.Real x) {
      text = Double.toString(x.value());
    }
    if (text.isBlank()) {
      differences.add("static field '" + name + "' has no text value: dropped");
      return Optional.empty();
    }
    return Optional.of(
        new dev.recto.templates.recto.FieldRule(
            key, new Locator.Constant(text), null, ParseOptions.NONE));
  }

  /** A {@code lines} rule as a Recto line-item table in {@code lines} mode. */
  private static Optional<LineItemRule> lines(LinesRule lr, String what, List<String> differences) {
    if (!lr.lineSeparator().source().equals("\\n") && !lr.lineSeparator().source().equals("\n")) {
      differences.add(
          what + ": line_separator '" + lr.lineSeparator().source() + "' is read as a newline");
    }
    Set<String> dropped = new java.util.TreeSet<>();
    Map<String, FieldType> types = new java.util.TreeMap<>();
    lr.types()
        .forEach(
            (column, t) -> {
              if (!LINE_KEYS.containsKey(column)) {
                types.put(
                    column.toLowerCase(java.util.Locale.ROOT),
                    t == dev.recto.templates.invoice2data.ValueType.DATE
                        ? FieldType.DATE
                        : FieldType.NUMBER);
              }
            });
    try {
      return Optional.of(
          new LineItemRule(
              java(lr.start()),
              java(lr.end()),
              columns(lr.line(), dropped),
              LineItemRule.Mode.LINES,
              columns(lr.firstLine(), dropped),
              columns(lr.lastLine(), dropped),
              lr.skipLine().stream().map(Invoice2DataConverter::java).toList(),
              types));
    } catch (IllegalArgumentException e) {
      differences.add(what + ": " + e.getMessage() + ": dropped");
      return Optional.empty();
    } finally {
      if (!dropped.isEmpty()) {
        differences.add(what + ": columns that are no column name dropped: " + dropped);
      }
    }
  }

  /** Row patterns with their columns renamed to line-item keys ({@link #LINE_KEYS}). */
  private static List<Pattern> columns(List<PythonRegex> patterns, Set<String> dropped) {
    List<Pattern> out = new ArrayList<>();
    for (PythonRegex p : patterns) {
      Set<String> used = new HashSet<>();
      out.add(
          renamed(
              p,
              name -> {
                LineItemKey k = LINE_KEYS.get(name);
                return unique(
                    groupName(k == null ? null : k.jsonName(), name), name, used, dropped);
              }));
    }
    return out;
  }

  /** A {@code tables} entry as a Recto table whose groups are renamed to core keys. */
  private static Optional<TableFieldRule> table(TableRule tr, List<String> differences) {
    Set<String> used = new HashSet<>();
    Set<String> dropped = new java.util.TreeSet<>();
    Map<String, FieldType> types = new java.util.TreeMap<>();
    Pattern row =
        renamed(
            tr.body(),
            name -> {
              FieldKey k = KEYS.get(name);
              String group = groupName(k == null ? null : k.jsonName(), name);
              String custom = name.toLowerCase(java.util.Locale.ROOT);
              if (k == null && group != null) {
                // invoice2data's tables plugin reads date... and ...date as dates, amount... as
                // amounts
                if (custom.startsWith("date") || custom.endsWith("date")) {
                  types.put(custom, FieldType.DATE);
                } else if (custom.startsWith("amount")) {
                  types.put(custom, FieldType.MONEY);
                }
              }
              return unique(group, name, used, dropped);
            });
    if (!dropped.isEmpty()) {
      differences.add("tables: groups that are no field name dropped: " + dropped);
    }
    if (!tr.lineSeparator().source().equals("\\n") && !tr.lineSeparator().source().equals("\n")) {
      differences.add(
          "tables: line_separator '" + tr.lineSeparator().source() + "' is read as a newline");
    }
    if (used.isEmpty()) {
      differences.add("tables: no group is a field: dropped");
      return Optional.empty();
    }
    return Optional.of(new TableFieldRule(java(tr.start()), java(tr.end()), row, types));
  }

  /** invoice2data's area (1-based pages, pixels at a resolution) as a Recto area in points. */
  private static TextArea area(Area a) {
    return new TextArea(
        a.firstPage() - 1,
        a.lastPage() - 1,
        a.leftPoints(),
        a.topPoints(),
        a.rightPoints(),
        a.bottomPoints(),
        TextArea.Unit.POINTS);
  }

  /**
   * The Java group name for an invoice2data group: the core name when it has one, else the camel
   * case of its lower-cased name when that reads back as a custom name, else null (an unnamed
   * group).
   */
  private static String groupName(String coreName, String name) {
    if (coreName != null) {
      return coreName;
    }
    String custom = name.toLowerCase(java.util.Locale.ROOT);
    String camel = TableFieldRule.camelCase(custom);
    return InvoiceFields.CUSTOM_NAME.matcher(custom).matches()
            && TableFieldRule.snakeCase(camel).equals(custom)
        ? camel
        : null;
  }

  /**
   * {@code java} unless it is null or already used in the pattern; else null, {@code name} dropped.
   */
  private static String unique(String java, String name, Set<String> used, Set<String> dropped) {
    if (java == null || !used.add(java)) {
      dropped.add(name);
      return null;
    }
    return java;
  }

  private static Pattern renamed(PythonRegex r, Function<String, String> rename) {
    return Pattern.compile("(?dU)" + PythonRegex.toJava(r.source(), rename));
  }

  /** The Java pattern with Python's Unicode classes and Unix lines as inline flags. */
  private static Pattern java(PythonRegex r) {
    return Pattern.compile("(?dU)" + PythonRegex.toJava(r.source()));
  }
}
