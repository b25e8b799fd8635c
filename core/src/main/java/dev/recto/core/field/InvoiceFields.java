package dev.recto.core.field;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The invoice fields and line items extracted from one document.
 *
 * <p>Immutable and thread-safe; collections are copied.
 *
 * @param fields the document-level fields found; a field that was not found is absent
 * @param lineItems the line items in document order
 * @param customFields fields outside the core schema that a template names itself ({@code
 *     order_id}, {@code partner_street}), by name ({@link #CUSTOM_NAME}), sorted; not calibrated
 *     nor routed to review; empty unless a template defines some
 * @param alternatives per document-level field, the values other extractors proposed for it that
 *     the merge did not keep, in extractor order (a template's and the template-free extractor's
 *     reading of the same field, say); only keys present in {@code fields}; a value equal to the
 *     kept one is listed too, as it is evidence that the extractors agree. Empty when one extractor
 *     ran
 */
public record InvoiceFields(
    Map<FieldKey, ExtractedField> fields,
    List<LineItem> lineItems,
    Map<String, ExtractedField> customFields,
    Map<FieldKey, List<ExtractedField>> alternatives) {

  /** Nothing extracted. */
  public static final InvoiceFields EMPTY = new InvoiceFields(Map.of(), List.of());

  /** What a custom field's name looks like: lower-case snake case, at most 64 characters. */
  public static final Pattern CUSTOM_NAME = Pattern.compile("[a-z][a-z0-9_]{0,63}");

  public InvoiceFields {
    EnumMap<FieldKey, ExtractedField> copy = new EnumMap<>(FieldKey.class);
    copy.putAll(fields);
    fields = Collections.unmodifiableMap(copy);
    lineItems = List.copyOf(lineItems);
    TreeMap<String, ExtractedField> custom = new TreeMap<>(customFields);
    for (Map.Entry<String, ExtractedField> e : custom.entrySet()) {
      if (!CUSTOM_NAME.matcher(e.getKey()).matches()) {
        throw new IllegalArgumentException(
            "custom field name must match " + CUSTOM_NAME.pattern() + ", was " + e.getKey());
      }
      Objects.requireNonNull(e.getValue(), e.getKey());
    }
    customFields = Collections.unmodifiableSortedMap(custom);
    EnumMap<FieldKey, List<ExtractedField>> alts = new EnumMap<>(FieldKey.class);
    for (Map.Entry<FieldKey, List<ExtractedField>> e : alternatives.entrySet()) {
      if (!fields.containsKey(e.getKey())) {
        throw new IllegalArgumentException(
            "alternatives for " + e.getKey() + ", a field that is not present");
      }
      if (!e.getValue().isEmpty()) {
        alts.put(e.getKey(), List.copyOf(e.getValue()));
      }
    }
    alternatives = Collections.unmodifiableMap(alts);
  }

  /** Core and custom fields and line items, no alternatives. */
  public InvoiceFields(
      Map<FieldKey, ExtractedField> fields,
      List<LineItem> lineItems,
      Map<String, ExtractedField> customFields) {
    this(fields, lineItems, customFields, Map.of());
  }

  /** Core fields and line items, no custom fields. */
  public InvoiceFields(Map<FieldKey, ExtractedField> fields, List<LineItem> lineItems) {
    this(fields, lineItems, Map.of());
  }

  /**
   * The same custom fields with other core fields and line items; the alternatives of the fields
   * that remain are kept.
   */
  public InvoiceFields withCore(Map<FieldKey, ExtractedField> fields, List<LineItem> lineItems) {
    Map<FieldKey, List<ExtractedField>> kept = new EnumMap<>(FieldKey.class);
    alternatives.forEach(
        (k, v) -> {
          if (fields.containsKey(k)) {
            kept.put(k, v);
          }
        });
    return new InvoiceFields(fields, lineItems, customFields, kept);
  }

  /** The values other extractors proposed for {@code key}; empty when none did. */
  public List<ExtractedField> alternativesOf(FieldKey key) {
    return alternatives.getOrDefault(key, List.of());
  }

  public Optional<ExtractedField> get(FieldKey key) {
    return Optional.ofNullable(fields.get(key));
  }

  public boolean isEmpty() {
    return fields.isEmpty() && lineItems.isEmpty() && customFields.isEmpty();
  }
}
