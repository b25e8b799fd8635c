package dev.recto.extraction.check;

import dev.recto.core.field.ExtractedField;
import dev.recto.core.field.FieldKey;
import dev.recto.core.field.InvoiceFields;
import dev.recto.core.field.LineItem;
import dev.recto.core.field.LineItemKey;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

/**
 * Typed reads of an invoice's normalized field values ({@link dev.recto.core.field.FieldType}):
 * plain decimals for money, numbers and rates, ISO dates. A value that does not read is treated as
 * absent. Not API; immutable and thread-safe.
 */
final class InvoiceValues {

  private final InvoiceFields fields;

  InvoiceValues(InvoiceFields fields) {
    this.fields = fields;
  }

  Optional<BigDecimal> decimal(FieldKey key) {
    return fields.get(key).flatMap(InvoiceValues::decimal);
  }

  Optional<LocalDate> date(FieldKey key) {
    return fields.get(key).flatMap(InvoiceValues::date);
  }

  List<LineItem> lines() {
    return fields.lineItems();
  }

  static Optional<BigDecimal> decimal(LineItem line, LineItemKey key) {
    return line.get(key).flatMap(InvoiceValues::decimal);
  }

  private static Optional<BigDecimal> decimal(ExtractedField f) {
    try {
      return Optional.of(new BigDecimal(f.value().strip()));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static Optional<LocalDate> date(ExtractedField f) {
    try {
      return Optional.of(LocalDate.parse(f.value().strip()));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
