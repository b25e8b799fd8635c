package dev.recto.templates.invoice2data;

import dev.recto.templates.regex.PythonRegex;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * invoice2data's {@code regex} parser: every match of every pattern (a pattern with more than one
 * group gives nothing), each converted by the field's {@code type}; then reduced by its {@code
 * group}, or de-duplicated keeping the first occurrence. One value is returned as itself, several
 * as a list. Stateless and thread-safe.
 */
final class RegexParser {

  private RegexParser() {}

  /** The regex parser: all matches, converted, grouped or de-duplicated. */
  static Value parse(FieldRule.Regex r, Options options, String content) {
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
      result.replaceAll(
          v -> ValueCoercion.coerce(((Value.Text) v).value(), r.type().get(), options));
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
              throw new Invoice2DataExtractor.ConversionFailure(
                  "field " + field + ": cannot sum " + v);
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
    throw new Invoice2DataExtractor.ConversionFailure(
        "field " + field + ": cannot compare " + a + " and " + b);
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
}
