package dev.recto.review;

import dev.recto.core.field.FieldKey;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What {@link Router} decided for one document.
 *
 * @param documentId the document
 * @param accepted fields whose confidence met their threshold
 * @param review fields that need a person, as tasks for {@link ReviewQueue#enqueueAll}; empty
 *     exactly when the document is auto-accepted
 */
public record RoutingDecision(String documentId, Set<FieldKey> accepted, List<NewTask> review) {
  public RoutingDecision {
    Objects.requireNonNull(documentId, "documentId");
    accepted = Set.copyOf(accepted);
    review = List.copyOf(review);
  }

  /** True when no field needs review. */
  public boolean autoAccepted() {
    return review.isEmpty();
  }
}
