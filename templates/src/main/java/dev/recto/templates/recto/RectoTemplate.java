package dev.recto.templates.recto;

import dev.recto.core.field.FieldKey;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One vendor's template in Recto's format.
 *
 * <p>Immutable and thread-safe; the field map is copied.
 *
 * <pre>{@code
 * RectoTemplate t = RectoTemplateLoader.load(Path.of("templates/acme.yml"));
 * Optional<TemplateMatch> m = new TemplateMatcher(List.of(t)).match(document);
 * }</pre>
 *
 * @param name the template's name (its file name without extension unless the file says)
 * @param source where it was loaded from, for messages
 * @param issuer the vendor's name, reported with the match (not a field: fields need printed words)
 * @param priority higher wins among templates with the same score
 * @param match how the vendor's documents are recognised
 * @param options parse options for all fields
 * @param fields the rule of each field
 * @param lineItems the line-item table, or null
 * @param text how the layout text is prepared for regex locators and line items
 */
public record RectoTemplate(
    String name,
    String source,
    String issuer,
    int priority,
    MatchRules match,
    ParseOptions options,
    Map<FieldKey, FieldRule> fields,
    LineItemRule lineItems,
    TextOptions text) {

  public RectoTemplate {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("name must not be blank");
    }
    Objects.requireNonNull(source, "source");
    if (issuer == null || issuer.isBlank()) {
      throw new IllegalArgumentException("issuer must not be blank");
    }
    Objects.requireNonNull(match, "match");
    Objects.requireNonNull(options, "options");
    Objects.requireNonNull(text, "text");
    EnumMap<FieldKey, FieldRule> copy = new EnumMap<>(FieldKey.class);
    copy.putAll(fields);
    for (Map.Entry<FieldKey, FieldRule> e : copy.entrySet()) {
      if (e.getValue().key() != e.getKey()) {
        throw new IllegalArgumentException(
            "rule for " + e.getValue().key() + " filed under " + e.getKey());
      }
    }
    fields = Collections.unmodifiableMap(copy);
  }

  /** A template that reads the layout text as rendered. */
  public RectoTemplate(
      String name,
      String source,
      String issuer,
      int priority,
      MatchRules match,
      ParseOptions options,
      Map<FieldKey, FieldRule> fields,
      LineItemRule lineItems) {
    this(name, source, issuer, priority, match, options, fields, lineItems, TextOptions.NONE);
  }

  /** The line-item table, when the template has one. */
  public Optional<LineItemRule> lineItemRule() {
    return Optional.ofNullable(lineItems);
  }
}
