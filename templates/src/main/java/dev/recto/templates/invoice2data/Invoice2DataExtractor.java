package dev.recto.templates.invoice2data;

import dev.recto.templates.regex.PythonRegex;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;

/**
 * Runs one invoice2data template on a document's text the way invoice2data's {@code
 * InvoiceTemplate} does: the text is prepared by the template's options, each field rule is applied
 * in order, {@code currency} is set, the {@code lines} and {@code tables} plugins run, and the
 * result stands only when every required field was found ({@code desc} is then added). Stateless
 * and thread-safe.
 */
public final class Invoice2DataExtractor {

  private Invoice2DataExtractor() {}

  /** A value that invoice2data fails to convert (it abandons the document then). */
  static final class ConversionFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    ConversionFailure(String message) {
      super(message);
    }
  }

  /**
   * The text after the template's {@code remove_whitespace}, {@code remove_accents}, {@code
   * lowercase} and {@code replace} options, in that order.
   */
  public static String prepare(Options options, String text) {
    String s = text;
    if (options.removeWhitespace()) {
      s = s.replaceAll(" +", "");
    }
    if (options.removeAccents()) {
      s = removeAccents(s);
    }
    if (options.lowercase()) {
      s = s.toLowerCase(java.util.Locale.ROOT);
    }
    for (Options.Replace r : options.replace()) {
      s = r.pattern().sub(r.replacement(), s);
    }
    return s;
  }

  /** Whether every keyword is found in {@code text} and no exclude keyword is. */
  public static boolean matches(Invoice2DataTemplate template, String text) {
    for (PythonRegex k : template.keywords()) {
      if (!k.pattern().matcher(text).find()) {
        return false;
      }
    }
    for (PythonRegex k : template.excludeKeywords()) {
      if (k.pattern().matcher(text).find()) {
        return false;
      }
    }
    return true;
  }

  /** Runs {@code template} on {@code input} (whose keywords are assumed to have matched). */
  public static Invoice2DataOutcome extract(
      Invoice2DataTemplate template, Invoice2DataInput input) {
    try {
      return run(template, input);
    } catch (ConversionFailure | NumberFormatException e) {
      return new Invoice2DataOutcome(
          Invoice2DataOutcome.Status.FAILED,
          Optional.of(template),
          Optional.empty(),
          List.of(),
          "template " + template.name() + ": " + e.getMessage());
    }
  }

  private static Invoice2DataOutcome run(Invoice2DataTemplate template, Invoice2DataInput input) {
    Options options = template.options();
    String text = prepare(options, input.text());
    Map<String, Value> out = new LinkedHashMap<>();
    out.put("issuer", new Value.Text(template.issuer()));
    for (FieldRule rule : template.fields()) {
      if (rule instanceof FieldRule.Static s) {
        if (s.legacy() || s.value().truthy()) {
          out.put(s.name(), s.value());
        }
      } else if (rule instanceof FieldRule.Regex r) {
        String content = r.area().flatMap(a -> input.areas().map(f -> f.apply(a))).orElse(text);
        Value v = regex(r, options, content);
        if (v.truthy()) {
          out.put(r.name(), v);
        }
      } else if (rule instanceof FieldRule.Lines l) {
        String content = l.area().flatMap(a -> input.areas().map(f -> f.apply(a))).orElse(text);
        List<Value> rows = new ArrayList<>();
        for (LinesRule lr : l.rules()) {
          rows.addAll(LinesParser.parse(lr, options, content));
        }
        if (!rows.isEmpty()) {
          out.put(l.name(), new Value.Seq(rows));
        }
      }
    }
    out.put("currency", new Value.Text(options.currency()));
    List<Value> pluginRows = new ArrayList<>();
    for (LinesRule lr : template.lines()) {
      pluginRows.addAll(LinesParser.parse(lr, options, text));
    }
    if (!pluginRows.isEmpty()) {
      out.put("lines", new Value.Seq(pluginRows));
    }
    tables(template, options, text, out);
    List<String> missing = new ArrayList<>();
    for (String f : template.effectiveRequiredFields()) {
      if (!out.containsKey(f)) {
        missing.add(f);
      }
    }
    if (!missing.isEmpty()) {
      return new Invoice2DataOutcome(
          Invoice2DataOutcome.Status.INCOMPLETE,
          Optional.of(template),
          Optional.empty(),
          missing,
          "template "
              + template.name()
              + " matched but required fields were not found: "
              + missing);
    }
    out.put("desc", new Value.Text("Invoice from " + template.issuer()));
    return new Invoice2DataOutcome(
        Invoice2DataOutcome.Status.EXTRACTED,
        Optional.of(template),
        Optional.of(new Value.Row(out)),
        List.of(),
        "");
  }

  /** The regex parser: all matches, converted, grouped or de-duplicated. */
  static Value regex(FieldRule.Regex r, Options options, String content) {
    List<Value> result = new ArrayList<>();
    for (PythonRegex p : r.regexes()) {
      List<List<String>> matches = p.findAll(content);
      for (List<String> m : matches) {
        if (m.size() > 1) {
          // invoice2data: "Regex can't contain multiple capturing groups"
          return Value.NULL;
        }
      }
      for (List<String> m : matches) {
        result.add(new Value.Text(m.get(0)));
      }
    }
    if (r.type().isPresent()) {
      result.replaceAll(v -> coerce(((Value.Text) v).value(), r.type().get(), options));
    }
    Value out;
    if (r.grouping().isPresent()) {
      result.removeIf(v -> !v.truthy());
      if (result.isEmpty()) {
        return new Value.Seq(List.of());
      }
      out = group(r.grouping().get(), result, r.name());
    } else {
      out = new Value.Seq(new ArrayList<>(new LinkedHashSet<>(result)));
    }
    if (out instanceof Value.Seq s && s.values().size() == 1) {
      return s.values().get(0);
    }
    return out;
  }

  private static Value group(Grouping g, List<Value> values, String field) {
    switch (g) {
      case FIRST:
        return values.get(0);
      case LAST:
        return values.get(values.size() - 1);
      case JOIN:
        {
          List<String> parts = new ArrayList<>();
          for (Value v : values) {
            parts.add(Invoice2DataJson.pythonStr(v));
          }
          return new Value.Text(String.join(" ", parts));
        }
      case SUM:
        {
          long isum = 0;
          double dsum = 0;
          boolean real = false;
          for (Value v : values) {
            if (v instanceof Value.Int i) {
              if (real) {
                dsum += i.value();
              } else {
                isum += i.value();
              }
            } else if (v instanceof Value.Real d) {
              if (!real) {
                real = true;
                dsum = isum;
              }
              dsum += d.value();
            } else {
              throw new ConversionFailure("field " + field + ": cannot sum " + v);
            }
          }
          return real ? new Value.Real(dsum) : new Value.Int(isum);
        }
      case MIN:
      case MAX:
        {
          Value best = values.get(0);
          for (Value v : values.subList(1, values.size())) {
            int c = compare(v, best, field);
            if (g == Grouping.MIN ? c < 0 : c > 0) {
              best = v;
            }
          }
          return best;
        }
      default:
        throw new IllegalStateException(g.toString());
    }
  }

  private static int compare(Value a, Value b, String field) {
    if (a instanceof Value.DateTime x && b instanceof Value.DateTime y) {
      return x.value().compareTo(y.value());
    }
    if (a instanceof Value.Text x && b instanceof Value.Text y) {
      return x.value().compareTo(y.value());
    }
    Double x = number(a);
    Double y = number(b);
    if (x != null && y != null) {
      return Double.compare(x, y);
    }
    throw new ConversionFailure("field " + field + ": cannot compare " + a + " and " + b);
  }

  private static Double number(Value v) {
    if (v instanceof Value.Int i) {
      return (double) i.value();
    }
    if (v instanceof Value.Real r) {
      return r.value();
    }
    return null;
  }

  /** invoice2data's {@code coerce_type}. */
  static Value coerce(String text, ValueType type, Options options) {
    switch (type) {
      case INT:
        if (PyStrings.strip(text).isEmpty()) {
          return new Value.Int(0);
        }
        return new Value.Int(AmountParser.parseInt(text, options.decimalSeparator()));
      case FLOAT:
        if (PyStrings.strip(text).isEmpty()) {
          return new Value.Real(0.0);
        }
        return new Value.Real(AmountParser.parse(text, options.decimalSeparator()));
      case DATE:
        return DateParser.parse(text, options.dateFormats(), options.languages())
            .<Value>map(Value.DateTime::new)
            .orElse(Value.NULL);
      default:
        throw new IllegalStateException(type.toString());
    }
  }

  /** The {@code tables} plugin. */
  private static void tables(
      Invoice2DataTemplate template, Options options, String text, Map<String, Value> out) {
    for (TableRule t : template.tables()) {
      Optional<Matcher> start = t.start().search(text);
      Optional<Matcher> end = t.end().search(text);
      if (start.isEmpty() || end.isEmpty()) {
        continue;
      }
      int from = start.get().end();
      int to = end.get().start();
      String body = from < to ? text.substring(from, to) : "";
      for (String line : t.lineSeparator().split(body)) {
        if (LinesParser.isEmptyLine(line)) {
          continue;
        }
        Optional<Matcher> m = t.body().search(line);
        if (m.isEmpty()) {
          continue;
        }
        for (Map.Entry<String, String> g : t.body().groupDict(m.get()).entrySet()) {
          String field = g.getKey();
          String value = g.getValue();
          if (out.containsKey(field)) {
            continue;
          }
          if (field.startsWith("date") || field.endsWith("date")) {
            Optional<java.time.LocalDateTime> d =
                value == null
                    ? Optional.empty()
                    : DateParser.parse(value, options.dateFormats(), options.languages());
            if (d.isEmpty()) {
              // invoice2data stores the failure and stops the plugin.
              out.put(field, Value.NULL);
              return;
            }
            out.put(field, new Value.DateTime(d.get()));
          } else if (field.startsWith("amount")) {
            if (value == null) {
              throw new ConversionFailure("table field " + field + " did not match");
            }
            out.put(field, new Value.Real(AmountParser.parse(value, options.decimalSeparator())));
          } else {
            out.put(field, value == null ? Value.NULL : new Value.Text(value));
          }
        }
      }
    }
  }

  /**
   * Transliteration to ASCII in the manner of {@code unidecode} for the letters of Western and
   * Central European languages: accents are removed, ligatures and a few letters spelled out, and
   * other non-ASCII characters dropped.
   */
  static String removeAccents(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      if (cp < 128) {
        out.appendCodePoint(cp);
        continue;
      }
      String special =
          switch (cp) {
            case 'ß' -> "ss";
            case 'æ' -> "ae";
            case 'Æ' -> "AE";
            case 'œ' -> "oe";
            case 'Œ' -> "OE";
            case 'ø' -> "o";
            case 'Ø' -> "O";
            case 'ł' -> "l";
            case 'Ł' -> "L";
            case 'đ' -> "d";
            case 'Đ' -> "D";
            case 'þ' -> "th";
            case 'Þ' -> "Th";
            case '€' -> "EUR";
            case '£' -> "PS";
            case '\u00a0' -> " ";
            case '’', '‘' -> "'";
            case '“', '”' -> "\"";
            case '–', '—' -> "-";
            default -> null;
          };
      if (special != null) {
        out.append(special);
        continue;
      }
      String d = Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFKD);
      for (int j = 0; j < d.length(); j++) {
        char c = d.charAt(j);
        if (c < 128) {
          out.append(c);
        }
      }
    }
    return out.toString();
  }
}
