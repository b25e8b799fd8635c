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
 */
public record InvoiceFields(
    Map<FieldKey, ExtractedField> fields,
    List<LineItem> lineItems,
    Map<String, ExtractedField> customFields) {

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
  }

  /** Core fields and line items, no custom fields. */
  public InvoiceFields(Map<FieldKey, ExtractedField> fields, List<LineItem> lineItems) {
    this(fields, lineItems, Map.of());
  }

  /** The same custom fields with other core fields and line items. */
  public InvoiceFields withCore(Map<FieldKey, ExtractedField> fields, List<LineItem> lineItems) {
    return new InvoiceFields(fields, lineItems, customFields);
  }

  public Optional<ExtractedField> get(FieldKey key) {
    return Optional.ofNullable(fields.get(key));
  }

  public boolean isEmpty() {
    return fields.isEmpty() && lineItems.isEmpty() && customFields.isEmpty();
  }
}
