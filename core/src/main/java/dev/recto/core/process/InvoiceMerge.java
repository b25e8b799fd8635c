package dev.recto.core.process;

import dev.recto.core.field.ExtractedField;
import dev.recto.core.field.FieldKey;
import dev.recto.core.field.InvoiceFields;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Merges the results of several extractors. Stateless and thread-safe. */
final class InvoiceMerge {
  private InvoiceMerge() {}

  /**
   * Fields of {@code first} win; {@code second} fills the rest; line items from the first that has
   * any; custom fields merged by name the same way. Where both have a field, the second's value
   * (and the alternatives it carried) become alternatives of the kept one, after the first's own.
   */
  static InvoiceFields preferFirst(InvoiceFields first, InvoiceFields second) {
    Map<FieldKey, ExtractedField> fields = new EnumMap<>(FieldKey.class);
    fields.putAll(second.fields());
    fields.putAll(first.fields());
    Map<FieldKey, List<ExtractedField>> alternatives = new EnumMap<>(FieldKey.class);
    for (FieldKey key : fields.keySet()) {
      List<ExtractedField> alts = new ArrayList<>(first.alternativesOf(key));
      if (first.fields().containsKey(key) && second.fields().containsKey(key)) {
        alts.add(second.fields().get(key));
      }
      alts.addAll(second.alternativesOf(key));
      if (!alts.isEmpty()) {
        alternatives.put(key, alts);
      }
    }
    Map<String, ExtractedField> custom = new java.util.TreeMap<>(second.customFields());
    custom.putAll(first.customFields());
    return new InvoiceFields(
        fields,
        first.lineItems().isEmpty() ? second.lineItems() : first.lineItems(),
        custom,
        alternatives);
  }
}
