package dev.recto.templates.recto;

import dev.recto.core.field.ExtractedField;
import dev.recto.core.field.FieldKey;
import dev.recto.core.field.FieldType;
import dev.recto.templates.regex.InterruptibleText;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;

/**
 * Reads the fields of {@link TableFieldRule}s from a template's prepared layout text. Stateless and
 * thread-safe.
 */
final class TableReader {

  private TableReader() {}

  /**
   * Adds to {@code out} the core fields, and to {@code custom} the custom fields, the table gives
   * that they lack; each value is read by its type and traced to its words.
   */
  static void read(
      TableFieldRule rule,
      ParseOptions options,
      LayoutText text,
      Map<FieldKey, ExtractedField> out,
      Map<String, ExtractedField> custom) {
    List<String> customGroups = null;
    String s = text.text();
    Matcher start = rule.start().matcher(InterruptibleText.of(s));
    Matcher end = rule.end().matcher(InterruptibleText.of(s));
    if (!start.find() || !end.find() || start.end() >= end.start()) {
      return;
    }
    int a = start.end();
    int to = end.start();
    while (a <= to) {
      int nl = s.indexOf('\n', a);
      int b = nl < 0 || nl > to ? to : nl;
      if (b > a) {
        Matcher m = rule.row().matcher(InterruptibleText.of(s)).region(a, b);
        if (m.find()) {
          if (customGroups == null) {
            customGroups = GroupNames.custom(rule.row(), n -> FieldKey.fromJsonName(n).isPresent());
          }
          for (String g : customGroups) {
            String name = TableFieldRule.snakeCase(g);
            if (custom.containsKey(name) || m.start(g) < 0) {
              continue;
            }
            Located cell = Located.traced(text, m.start(g), m.end(g));
            FieldType type = rule.types().getOrDefault(name, FieldType.TEXT);
            ValueReader.read(type, cell.text(), null, options, false)
                .flatMap(r -> TemplateExtractor.field(r, cell))
                .ifPresent(f -> custom.put(name, f));
          }
          for (FieldKey key : FieldKey.values()) {
            if (out.containsKey(key)) {
              continue;
            }
            int gs;
            try {
              gs = m.start(key.jsonName());
            } catch (IllegalArgumentException noSuchGroup) {
              continue;
            }
            if (gs < 0) {
              continue;
            }
            Located cell = Located.traced(text, gs, m.end(key.jsonName()));
            ValueReader.read(key.type(), cell.text(), null, options, key == FieldKey.IBAN)
                .flatMap(r -> TemplateExtractor.field(r, cell))
                .ifPresent(f -> out.put(key, f));
          }
        }
      }
      a = b + 1;
    }
  }
}
