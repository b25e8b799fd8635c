package dev.recto.core.process;

import dev.recto.core.error.DeadlineExceededException;
import java.time.Duration;

/**
 * The wall-clock budget of one document, checked between units of work (pages, text chunks).
 *
 * <p>Immutable and thread-safe: one per document, read by the caller of {@link
 * DocumentProcessor#process}, by the worker running the document, and by engines that arm a timer
 * to stop native work when it passes (see {@link #remaining()}).
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
   * The exception {@link #check} throws, made without looking at the clock: for a caller that found
   * out itself, such as an engine whose native run was stopped by a timer armed for this deadline.
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
