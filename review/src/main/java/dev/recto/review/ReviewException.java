package dev.recto.review;

import dev.recto.core.error.ErrorCode;
import dev.recto.core.error.RectoException;

/**
 * The review queue failed: its database could not be reached or migrated, or a task was not in the
 * state an operation needs (already resolved, leased to another reviewer, unknown id).
 */
public final class ReviewException extends RectoException {
  private static final long serialVersionUID = 1L;

  /** What went wrong, so that callers (the web page) can answer 404 or 409 without parsing text. */
  public enum Kind {
    /** No task with that id. */
    NOT_FOUND,
    /** The task is resolved, or another reviewer holds its lease. */
    CONFLICT,
    /** The database failed. */
    DATABASE
  }

  private final Kind kind;

  public ReviewException(Kind kind, String message, Throwable cause) {
    super(ErrorCode.REVIEW_QUEUE, message, cause);
    this.kind = kind;
  }

  public ReviewException(Kind kind, String message) {
    this(kind, message, null);
  }

  public Kind kind() {
    return kind;
  }
}
