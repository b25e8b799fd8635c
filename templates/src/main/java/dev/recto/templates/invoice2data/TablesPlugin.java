package dev.recto.templates.invoice2data;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;

/** invoice2data's {@code tables} plugin (see {@link TableRule}). Stateless and thread-safe. */
final class TablesPlugin {

  private TablesPlugin() {}

  /** The {@code tables} plugin. */
  static void apply(List<TableRule> tables, Options options, String text, Map<String, Value> out) {
    for (TableRule t : tables) {
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
            Optional<LocalDateTime> d =
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
              throw new Invoice2DataExtractor.ConversionFailure(
                  "table field " + field + " did not match");
            }
            out.put(field, new Value.Real(AmountParser.parse(value, options.decimalSeparator())));
          } else {
            out.put(field, value == null ? Value.NULL : new Value.Text(value));
          }
        }
      }
    }
  }
}
