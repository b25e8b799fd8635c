package dev.recto.review;

import dev.recto.core.field.FieldKey;
import dev.recto.core.model.BoundingBox;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A task as stored in the queue. Immutable snapshot; the queue is the truth.
 *
 * @param id the queue's id
 * @param task what is to be reviewed
 * @param state OPEN until resolved
 * @param claimedBy the reviewer holding the lease, {@code null} when none
 * @param leaseUntil when that lease ends, {@code null} when none; an expired lease is no lease
 * @param skips how often reviewers skipped it (skipped tasks come last)
 * @param resolution how it was resolved, {@code null} while OPEN
 * @param finalValue the value a reviewer accepted or typed, {@code null} while OPEN
 * @param resolvedBy the reviewer who resolved it, {@code null} while OPEN
 * @param resolvedAt when it was resolved, {@code null} while OPEN
 * @param createdAt when it was enqueued
 */
public record ReviewTask(
    long id,
    NewTask task,
    State state,
    String claimedBy,
    Instant leaseUntil,
    int skips,
    Resolution resolution,
    String finalValue,
    String resolvedBy,
    Instant resolvedAt,
    Instant createdAt) {

  /** Where a task is. */
  public enum State {
    OPEN,
    RESOLVED
  }

  /** How a task was resolved. */
  public enum Resolution {
    /** The proposed value was right. */
    ACCEPTED,
    /** A reviewer typed the right value (empty: the field is not on the document). */
    CORRECTED
  }

  public ReviewTask {
    Objects.requireNonNull(task, "task");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(createdAt, "createdAt");
    if ((state == State.RESOLVED) != (resolution != null)) {
      throw new IllegalArgumentException("a resolution is required exactly when RESOLVED");
    }
  }

  public String documentId() {
    return task.documentId();
  }

  public FieldKey field() {
    return task.field();
  }

  public Optional<BoundingBox> box() {
    return task.boxIfPresent();
  }

  /** Whether a reviewer holds an unexpired lease at {@code now}. */
  public boolean isLeased(Instant now) {
    return claimedBy != null && leaseUntil != null && leaseUntil.isAfter(now);
  }
}
