package dev.recto.core.spi;

import dev.recto.core.field.InvoiceFields;
import dev.recto.core.model.Document;

/**
 * Turns the extractors' scores into calibrated probabilities: runs once per document, after the
 * extractors' results are merged, and returns the same fields with {@link
 * dev.recto.core.field.ExtractedField#confidence()} set to the probability that each value is
 * right.
 *
 * <p>Thread-safe and side-effect free. Must not add, drop or change values; only confidences.
 */
public interface FieldCalibrator {

  /** The provider's id, e.g. {@code recto-default}. */
  String id();

  /** The fields with calibrated confidences; {@code fields} itself when there is nothing to do. */
  InvoiceFields calibrate(Document document, InvoiceFields fields);
}
