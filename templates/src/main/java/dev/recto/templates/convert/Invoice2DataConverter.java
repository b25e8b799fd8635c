package dev.recto.templates.convert;

import dev.recto.core.field.FieldKey;
import dev.recto.extraction.parse.DateOrder;
import dev.recto.templates.invoice2data.FieldRule;
import dev.recto.templates.invoice2data.Invoice2DataTemplate;
import dev.recto.templates.invoice2data.Options;
import dev.recto.templates.recto.Grouping;
import dev.recto.templates.recto.Locator;
import dev.recto.templates.recto.MatchRules;
import dev.recto.templates.recto.ParseOptions;
import dev.recto.templates.recto.RectoTemplate;
import dev.recto.templates.recto.TextOptions;
import dev.recto.templates.regex.PythonRegex;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
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
          Map.entry("partner_name", FieldKey.CUSTOMER_NAME));

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
    for (FieldRule f : t.fields()) {
      FieldKey key = KEYS.get(f.name());
      if (key == null) {
        differences.add("field '" + f.name() + "' has no core schema key: dropped");
        continue;
      }
      if (!(f instanceof FieldRule.Regex r)) {
        differences.add(
            "field '"
                + f.name()
                + "' is "
                + (f instanceof FieldRule.Static
                    ? "a static value: a Recto field needs the provenance of a printed word"
                    : "not a regex field")
                + ": dropped");
        continue;
      }
      if (r.area().isPresent()) {
        differences.add(
            "field '"
                + f.name()
                + "' reads a page area (pdftotext crop in points): searched in the whole text");
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
                new Locator.Regex(r.regexes().stream().map(Invoice2DataConverter::java).toList()),
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
    if (!t.lines().isEmpty() || !t.tables().isEmpty()) {
      differences.add("lines and tables plugins are not converted");
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
            null,
            text);
    return new Conversion(template, differences);
  }

  /** The Java pattern with Python's Unicode classes and Unix lines as inline flags. */
  private static Pattern java(PythonRegex r) {
    return Pattern.compile("(?dU)" + PythonRegex.toJava(r.source()));
  }
}
