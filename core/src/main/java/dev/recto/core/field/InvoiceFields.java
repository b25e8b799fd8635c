package dev.recto.core.field;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The invoice fields and line items extracted from one document.
 *
 * <p>Immutable and thread-safe; collections are copied.
 *
 * @param fields the document-level fields found; a field that was not found is absent
 * @param lineItems the line items in document order
 */
public record InvoiceFields(Map<FieldKey, ExtractedField> fields, List<LineItem> lineItems) {

  /** Nothing extracted. */
  public static final InvoiceFields EMPTY = new InvoiceFields(Map.of(), List.of());

  public InvoiceFields {
    EnumMap<FieldKey, ExtractedField> copy = new EnumMap<>(FieldKey.class);
    copy.putAll(fields);
    fields = Collections.unmodifiableMap(copy);
    lineItems = List.copyOf(lineItems);
  }

  public Optional<ExtractedField> get(FieldKey key) {
    return Optional.ofNullable(fields.get(key));
  }

  public boolean isEmpty() {
    return fields.isEmpty() && lineItems.isEmpty();
  }
}
