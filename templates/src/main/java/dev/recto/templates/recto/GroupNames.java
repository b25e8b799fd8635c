package dev.recto.templates.recto;

import dev.recto.core.field.InvoiceFields;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The named groups of a pattern that give custom fields or columns: those whose name is not a core
 * name and reads, in snake case ({@link TableFieldRule#snakeCase}), as a custom name. Java 17 has
 * no API for a pattern's group names, so they are read from its source, skipping escaped
 * parentheses. Stateless and thread-safe.
 */
final class GroupNames {

  private static final Pattern GROUP = Pattern.compile("\\(\\?<([A-Za-z][A-Za-z0-9]*)>");

  private GroupNames() {}

  /** The Java names of {@code pattern}'s custom groups, in source order. */
  static List<String> custom(Pattern pattern, Predicate<String> isCore) {
    List<String> out = new ArrayList<>();
    String src = pattern.pattern();
    Matcher g = GROUP.matcher(src);
    while (g.find()) {
      int backslashes = 0;
      for (int i = g.start() - 1; i >= 0 && src.charAt(i) == '\\'; i--) {
        backslashes++;
      }
      String name = g.group(1);
      if (backslashes % 2 == 0
          && !isCore.test(name)
          && InvoiceFields.CUSTOM_NAME.matcher(TableFieldRule.snakeCase(name)).matches()) {
        out.add(name);
      }
    }
    return out;
  }
}
