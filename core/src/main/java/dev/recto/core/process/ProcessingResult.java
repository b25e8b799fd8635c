package dev.recto.core.process;

import dev.recto.core.field.InvoiceFields;
import dev.recto.core.model.Document;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The one outcome of processing one document.
 *
 * <p>Invariants, checked on construction: {@link ProcessingStatus#SUCCESS} only without error
 * diagnostics; {@link ProcessingStatus#FAILURE} has at least one error diagnostic; a document is
 * present unless the status is FAILURE.
 *
 * <p>Immutable and thread-safe.
 *
 * @param source display name of the input
 * @param status the outcome
 * @param diagnostics what happened, in the order it happened
 * @param document the pages and words, {@code null} only on FAILURE; read it through {@link
 *     #documentIfPresent()}
 * @param invoice extracted fields and line items, {@link InvoiceFields#EMPTY} when none
 */
public record ProcessingResult(
    String source,
    ProcessingStatus status,
    List<Diagnostic> diagnostics,
    Document document,
    InvoiceFields invoice) {

  public ProcessingResult {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(status, "status");
    diagnostics = List.copyOf(diagnostics);
    Objects.requireNonNull(invoice, "invoice");
    boolean hasError = diagnostics.stream().anyMatch(d -> d.severity() == Severity.ERROR);
    if (status == ProcessingStatus.SUCCESS && hasError) {
      throw new IllegalArgumentException("status SUCCESS with error diagnostics");
    }
    if (status != ProcessingStatus.SUCCESS && !hasError) {
      throw new IllegalArgumentException("status " + status + " needs an error diagnostic");
    }
    if (status != ProcessingStatus.FAILURE) {
      Objects.requireNonNull(document, "document is required unless the status is FAILURE");
    }
  }

  /** A result whose status follows from the diagnostics: SUCCESS or PARTIAL_SUCCESS. */
  public static ProcessingResult completed(
      Document document, List<Diagnostic> diagnostics, InvoiceFields invoice) {
    boolean hasError = diagnostics.stream().anyMatch(d -> d.severity() == Severity.ERROR);
    return new ProcessingResult(
        document.source(),
        hasError ? ProcessingStatus.PARTIAL_SUCCESS : ProcessingStatus.SUCCESS,
        diagnostics,
        document,
        invoice);
  }

  /** A FAILURE with the diagnostics gathered so far. */
  public static ProcessingResult failed(String source, List<Diagnostic> diagnostics) {
    return new ProcessingResult(
        source, ProcessingStatus.FAILURE, diagnostics, null, InvoiceFields.EMPTY);
  }

  public Optional<Document> documentIfPresent() {
    return Optional.ofNullable(document);
  }

  public boolean isSuccess() {
    return status == ProcessingStatus.SUCCESS;
  }
}
