package dev.recto.core.spi;

import dev.recto.core.field.InvoiceFields;
import dev.recto.core.model.Document;

/**
 * Extracts invoice fields from a processed document.
 *
 * <p>Thread-safe and side-effect free.
 */
public interface FieldExtractor {

  /** The provider's id, written into each field's {@code extractor}. */
  String id();

  /** The fields found; {@link InvoiceFields#EMPTY} when none. */
  InvoiceFields extract(Document document);
}
