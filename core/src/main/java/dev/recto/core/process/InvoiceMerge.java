package dev.recto.core.process;

import dev.recto.core.field.ExtractedField;
import dev.recto.core.field.FieldKey;
import dev.recto.core.field.InvoiceFields;
import java.util.EnumMap;
import java.util.Map;

/** Merges the results of several extractors. Stateless and thread-safe. */
final class InvoiceMerge {
  private InvoiceMerge() {}

  /**
   * Fields of {@code first} win; {@code second} fills the rest; line items from the first that has
   * any; custom fields merged by name the same way.
   */
  static InvoiceFields preferFirst(InvoiceFields first, InvoiceFields second) {
    Map<FieldKey, ExtractedField> fields = new EnumMap<>(FieldKey.class);
    fields.putAll(second.fields());
    fields.putAll(first.fields());
    Map<String, ExtractedField> custom = new java.util.TreeMap<>(second.customFields());
    custom.putAll(first.customFields());
    return new InvoiceFields(
        fields, first.lineItems().isEmpty() ? second.lineItems() : first.lineItems(), custom);
  }
}
