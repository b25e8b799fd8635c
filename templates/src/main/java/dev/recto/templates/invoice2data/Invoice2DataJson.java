package dev.recto.templates.invoice2data;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes results as invoice2data's JSON output does ({@code invoice2data --output-format json}): a
 * list with one object per document, keys sorted, indented by 4, non-ASCII written as it is. Values
 * under a key that starts or ends with {@code date} are written {@code yyyy-MM-dd}; other dates as
 * Python's {@code str(datetime)}; floats as Python's {@code repr} (the shortest text that reads
 * back to the same double: {@code 4.11}, {@code 1939.0}). Stateless and thread-safe.
 */
public final class Invoice2DataJson {

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");
  private static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  private Invoice2DataJson() {}

  /** The JSON list of the given results. */
  public static String write(List<Value.Row> results) {
    StringBuilder out = new StringBuilder();
    List<Value> rows = new ArrayList<>(results);
    value(new Value.Seq(rows), 0, false, out);
    return out.toString();
  }

  /** One result as a JSON object. */
  public static String write(Value.Row result) {
    StringBuilder out = new StringBuilder();
    value(result, 0, false, out);
    return out.toString();
  }

  private static void value(Value v, int indent, boolean dateKey, StringBuilder out) {
    if (v instanceof Value.Text t) {
      string(t.value(), out);
    } else if (v instanceof Value.Int i) {
      out.append(i.value());
    } else if (v instanceof Value.Real r) {
      out.append(pythonRepr(r.value()));
    } else if (v instanceof Value.Bool b) {
      out.append(b.value() ? "true" : "false");
    } else if (v instanceof Value.DateTime d) {
      string((dateKey ? DATE : DATE_TIME).format(d.value()), out);
    } else if (v instanceof Value.Null) {
      out.append("null");
    } else if (v instanceof Value.Seq s) {
      if (s.values().isEmpty()) {
        out.append("[]");
        return;
      }
      out.append("[\n");
      for (int i = 0; i < s.values().size(); i++) {
        pad(indent + 1, out);
        value(s.values().get(i), indent + 1, false, out);
        out.append(i + 1 < s.values().size() ? ",\n" : "\n");
      }
      pad(indent, out);
      out.append(']');
    } else if (v instanceof Value.Row row) {
      if (row.values().isEmpty()) {
        out.append("{}");
        return;
      }
      List<String> keys = new ArrayList<>(row.values().keySet());
      keys.sort(null);
      out.append("{\n");
      for (int i = 0; i < keys.size(); i++) {
        String k = keys.get(i);
        pad(indent + 1, out);
        string(k, out);
        out.append(": ");
        boolean isDateKey = indent == 1 && (k.startsWith("date") || k.endsWith("date"));
        value(row.values().get(k), indent + 1, isDateKey, out);
        out.append(i + 1 < keys.size() ? ",\n" : "\n");
      }
      pad(indent, out);
      out.append('}');
    }
  }

  private static void pad(int indent, StringBuilder out) {
    out.append("    ".repeat(indent));
  }

  private static void string(String s, StringBuilder out) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }

  /** Python's {@code repr(float)}. */
  public static String pythonRepr(double d) {
    if (Double.isNaN(d)) {
      return "NaN";
    }
    if (Double.isInfinite(d)) {
      return d > 0 ? "Infinity" : "-Infinity";
    }
    if (d == 0) {
      return (1 / d < 0) ? "-0.0" : "0.0";
    }
    BigDecimal shortest = null;
    BigDecimal exact = new BigDecimal(d);
    for (int p = 1; p <= 17; p++) {
      BigDecimal b = exact.round(new MathContext(p, RoundingMode.HALF_EVEN));
      if (b.doubleValue() == d) {
        shortest = b;
        break;
      }
    }
    if (shortest == null) {
      shortest = exact.round(MathContext.DECIMAL64);
    }
    shortest = shortest.stripTrailingZeros();
    int exponent = shortest.precision() - shortest.scale() - 1;
    if (exponent < -4 || exponent >= 16) {
      String digits = shortest.unscaledValue().abs().toString();
      String mant = digits.length() > 1 ? digits.charAt(0) + "." + digits.substring(1) : digits;
      return (d < 0 ? "-" : "")
          + mant
          + "e"
          + (exponent < 0 ? "-" : "+")
          + String.format("%02d", Math.abs(exponent));
    }
    String plain = shortest.toPlainString();
    return plain.contains(".") ? plain : plain + ".0";
  }

  /** Python's {@code str(value)} for the values a {@code join} group sees. */
  static String pythonStr(Value v) {
    if (v instanceof Value.Text t) {
      return t.value();
    } else if (v instanceof Value.Int i) {
      return Long.toString(i.value());
    } else if (v instanceof Value.Real r) {
      String s = pythonRepr(r.value());
      return s.equals("NaN")
          ? "nan"
          : s.equals("Infinity") ? "inf" : s.equals("-Infinity") ? "-inf" : s;
    } else if (v instanceof Value.Bool b) {
      return b.value() ? "True" : "False";
    } else if (v instanceof Value.DateTime d) {
      return DATE_TIME.format(d.value());
    } else if (v instanceof Value.Null) {
      return "None";
    }
    return write(v instanceof Value.Row r ? r : new Value.Row(Map.of("value", v)));
  }
}
