package dev.recto.core.process;

import dev.recto.core.error.DeadlineExceededException;
import java.time.Duration;

/**
 * The wall-clock budget of one document, checked between units of work (pages, text chunks).
 *
 * <p>Immutable and thread-safe: the caller of {@link DocumentProcessor#process} and the worker
 * running the document read the same deadline.
 */
public final class Deadline {
  private final Duration budget;
  private final long deadlineNanos;

  private Deadline(Duration budget, long startNanos) {
    this.budget = budget;
    this.deadlineNanos = startNanos + budget.toNanos();
  }

  /** A deadline {@code budget} from now. */
  public static Deadline startingNow(Duration budget) {
    return new Deadline(budget, System.nanoTime());
  }

  public boolean isExpired() {
    return System.nanoTime() - deadlineNanos > 0;
  }

  /**
   * Throws when the deadline has passed.
   *
   * @param where what was being done, for the message (never document content)
   */
  public void check(String where) {
    if (isExpired()) {
      throw exceeded(where);
    }
  }

  /**
   * The error saying this deadline passed, for a caller that found it out itself.
   *
   * @param where what was being done, for the message (never document content)
   */
  public DeadlineExceededException exceeded(String where) {
    return new DeadlineExceededException(budget, where);
  }

  /** Time left, zero once expired. */
  public Duration remaining() {
    long left = deadlineNanos - System.nanoTime();
    return left <= 0 ? Duration.ZERO : Duration.ofNanos(left);
  }
}
