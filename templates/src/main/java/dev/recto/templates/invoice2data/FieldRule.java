package dev.recto.templates.invoice2data;

import dev.recto.templates.regex.PythonRegex;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** How one entry of a template's {@code fields} finds its value. */
public sealed interface FieldRule {

  /** The key the value is written under. */
  String name();

  /**
   * {@code parser: regex} (or the legacy plain-string form): every match of every pattern, each
   * pattern having at most one group; duplicates are dropped, then one match gives a single value
   * and several a list, unless {@code grouping} reduces them.
   *
   * @param name the output key
   * @param regexes the patterns, searched in order
   * @param type the conversion of each match, if any
   * @param grouping the reduction of the matches, if any
   * @param legacy written as a plain string or list (invoice2data's older syntax): duplicates are
   *     then dropped without keeping their order, as Python's {@code set} does
   * @param area the page area searched instead of the whole text, if any
   */
  record Regex(
      String name,
      List<PythonRegex> regexes,
      Optional<ValueType> type,
      Optional<Grouping> grouping,
      boolean legacy,
      Optional<Area> area)
      implements FieldRule {
    public Regex {
      Objects.requireNonNull(name, "name");
      regexes = List.copyOf(regexes);
      Objects.requireNonNull(type, "type");
      Objects.requireNonNull(grouping, "grouping");
      Objects.requireNonNull(area, "area");
    }
  }

  /**
   * {@code parser: static}, or a legacy field named {@code static_...} (written without the
   * prefix): a fixed value.
   *
   * @param name the output key
   * @param value the value
   * @param legacy a {@code static_} field: written even when the value is empty or zero, which a
   *     {@code parser: static} field is not
   */
  record Static(String name, Value value, boolean legacy) implements FieldRule {
    public Static {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(value, "value");
    }
  }

  /**
   * {@code parser: lines}: line items, one row per item; with {@code rules:} several rules whose
   * rows are concatenated.
   *
   * @param name the output key
   * @param rules the rules, applied in order
   * @param area the page area searched instead of the whole text, if any
   */
  record Lines(String name, List<LinesRule> rules, Optional<Area> area) implements FieldRule {
    public Lines {
      Objects.requireNonNull(name, "name");
      rules = List.copyOf(rules);
      Objects.requireNonNull(area, "area");
    }
  }

  /**
   * A field invoice2data skips with a warning (an unknown parser, no parser, a regex that is not
   * text); kept so that the template still loads as invoice2data's does.
   */
  record Ignored(String name, String reason) implements FieldRule {
    public Ignored {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(reason, "reason");
    }
  }
}
