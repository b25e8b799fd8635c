package dev.recto.templates.recto;

import dev.recto.core.field.FieldKey;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

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
 * @param customFields the rules of fields outside the core schema, by name; may be empty
 * @param lineItems the line-item tables, read in order, their rows concatenated; often one, may be
 *     empty
 * @param tables tables whose lines give fields the {@code fields} rules left empty, in order; may
 *     be empty
 * @param text how the layout text is prepared for regex locators, line items and tables
 */
public record RectoTemplate(
    String name,
    String source,
    String issuer,
    int priority,
    MatchRules match,
    ParseOptions options,
    Map<FieldKey, FieldRule> fields,
    Map<String, CustomFieldRule> customFields,
    List<LineItemRule> lineItems,
    List<TableFieldRule> tables,
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
    lineItems = List.copyOf(lineItems);
    tables = List.copyOf(tables);
    java.util.TreeMap<String, CustomFieldRule> custom = new java.util.TreeMap<>(customFields);
    for (Map.Entry<String, CustomFieldRule> e : custom.entrySet()) {
      if (!e.getValue().name().equals(e.getKey())) {
        throw new IllegalArgumentException(
            "rule for " + e.getValue().name() + " filed under " + e.getKey());
      }
    }
    customFields = Collections.unmodifiableSortedMap(custom);
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
      List<LineItemRule> lineItems) {
    this(
        name,
        source,
        issuer,
        priority,
        match,
        options,
        fields,
        Map.of(),
        lineItems,
        List.of(),
        TextOptions.NONE);
  }
}
