package dev.recto.core.field;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * One row of an invoice's line-item table.
 *
 * <p>Immutable and thread-safe; the maps are copied.
 *
 * @param fields the columns of the core schema found in the row
 * @param customFields columns outside the core schema that a template names itself ({@code
 *     discount}, {@code barcode}), by name ({@link InvoiceFields#CUSTOM_NAME}), sorted; usually
 *     empty
 */
public record LineItem(
    Map<LineItemKey, ExtractedField> fields, Map<String, ExtractedField> customFields) {

  public LineItem {
    EnumMap<LineItemKey, ExtractedField> copy = new EnumMap<>(LineItemKey.class);
    copy.putAll(fields);
    fields = Collections.unmodifiableMap(copy);
    java.util.TreeMap<String, ExtractedField> custom = new java.util.TreeMap<>(customFields);
    for (String name : custom.keySet()) {
      if (!InvoiceFields.CUSTOM_NAME.matcher(name).matches()) {
        throw new IllegalArgumentException(
            "custom column name must match "
                + InvoiceFields.CUSTOM_NAME.pattern()
                + ", was "
                + name);
      }
    }
    customFields = Collections.unmodifiableSortedMap(custom);
  }

  /** A row with core columns only. */
  public LineItem(Map<LineItemKey, ExtractedField> fields) {
    this(fields, Map.of());
  }

  public Optional<ExtractedField> get(LineItemKey key) {
    return Optional.ofNullable(fields.get(key));
  }
}
