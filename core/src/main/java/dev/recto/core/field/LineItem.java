package dev.recto.core.field;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * One row of an invoice's line-item table.
 *
 * <p>Immutable and thread-safe; the map is copied.
 *
 * @param fields the columns found in the row
 */
public record LineItem(Map<LineItemKey, ExtractedField> fields) {

  public LineItem {
    EnumMap<LineItemKey, ExtractedField> copy = new EnumMap<>(LineItemKey.class);
    copy.putAll(fields);
    fields = Collections.unmodifiableMap(copy);
  }

  public Optional<ExtractedField> get(LineItemKey key) {
    return Optional.ofNullable(fields.get(key));
  }
}
