package dev.recto.templates.invoice2data;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What running invoice2data's templates on one document gave: the matched template (if any), the
 * result (when every required field was found) and, when there is no result, why.
 *
 * @param status what happened
 * @param template the template whose keywords matched, if any
 * @param fields the extracted fields when {@code status} is {@link Status#EXTRACTED}
 * @param missingFields the required fields not found, when {@code status} is {@link
 *     Status#INCOMPLETE}
 * @param message a human-readable explanation (empty when extracted)
 */
public record Invoice2DataOutcome(
    Status status,
    Optional<Invoice2DataTemplate> template,
    Optional<Value.Row> fields,
    List<String> missingFields,
    String message) {

  /** What happened to one document. */
  public enum Status {
    /** A template matched and every required field was found. */
    EXTRACTED,
    /** No template's keywords matched. */
    NO_TEMPLATE,
    /** A template matched but some required fields were not found. */
    INCOMPLETE,
    /** A template matched but a value could not be converted (invoice2data fails the file). */
    FAILED
  }

  public Invoice2DataOutcome {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(template, "template");
    Objects.requireNonNull(fields, "fields");
    missingFields = List.copyOf(missingFields);
    Objects.requireNonNull(message, "message");
    if ((status == Status.EXTRACTED) != fields.isPresent()) {
      throw new IllegalArgumentException("fields are present exactly when extracted");
    }
    if (status != Status.NO_TEMPLATE && template.isEmpty()) {
      throw new IllegalArgumentException(status + " needs the matched template");
    }
  }

  static Invoice2DataOutcome noTemplate() {
    return new Invoice2DataOutcome(
        Status.NO_TEMPLATE, Optional.empty(), Optional.empty(), List.of(), "no template matched");
  }

  /** Whether fields were extracted. */
  public boolean extracted() {
    return status == Status.EXTRACTED;
  }
}
