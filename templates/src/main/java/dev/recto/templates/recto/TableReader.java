package dev.recto.templates.recto;

import dev.recto.core.field.ExtractedField;
import dev.recto.core.field.FieldKey;
import dev.recto.templates.regex.InterruptibleText;
import java.util.Map;
import java.util.regex.Matcher;

/**
 * Reads the fields of {@link TableFieldRule}s from a template's prepared layout text. Stateless and
 * thread-safe.
 */
final class TableReader {

  private TableReader() {}

  /**
   * Adds to {@code out} the fields the table gives that {@code out} lacks; each value is read by
   * its key's type and traced to its words.
   */
  static void read(
      TableFieldRule rule,
      ParseOptions options,
      LayoutText text,
      Map<FieldKey, ExtractedField> out) {
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
