package dev.recto.extraction.calibration;

import dev.recto.core.field.InvoiceFields;
import dev.recto.core.model.Document;
import dev.recto.extraction.check.CheckReport;
import dev.recto.extraction.check.CrossChecker;
import dev.recto.extraction.generic.FieldLabels;
import java.util.Objects;

/**
 * What {@link FieldFeatures} reads once per document and shares among its fields: the document, its
 * merged fields (with the other extractors' alternatives), the cross-check report and where the
 * field labels are printed.
 *
 * <p>Immutable and thread-safe.
 *
 * @param document the processed document (words, confidences, layout regions)
 * @param fields the merged fields
 * @param checks the cross-checks over {@code fields}
 * @param labels the labels printed on the document's pages
 */
public record DocumentEvidence(
    Document document, InvoiceFields fields, CheckReport checks, FieldLabels labels) {

  public DocumentEvidence {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(fields, "fields");
    Objects.requireNonNull(checks, "checks");
    Objects.requireNonNull(labels, "labels");
  }

  /** Runs the cross-checks and finds the labels. */
  public static DocumentEvidence of(Document document, InvoiceFields fields) {
    return new DocumentEvidence(
        document, fields, new CrossChecker().check(fields), FieldLabels.find(document));
  }
}
