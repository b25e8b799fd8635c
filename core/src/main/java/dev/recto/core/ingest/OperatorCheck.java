package dev.recto.core.ingest;

import dev.recto.core.process.Deadline;
import java.util.Optional;
import java.util.concurrent.CancellationException;

/**
 * Makes PDFBox's content-stream interpretation stoppable: PDFBox neither checks the thread's
 * interrupt flag nor a deadline, and a page can run for ever (a form XObject that draws itself
 * twice makes 2^50 draws within PDFBox's nesting limit). Called once per content-stream operator;
 * every 1,024 operators it checks the deadline and the interrupt flag.
 *
 * <p>Not thread-safe: one per page interpretation.
 */
final class OperatorCheck {
  private static final int EVERY = 1024;

  private final Optional<Deadline> deadline;
  private final String where;
  private int count;

  /**
   * @param where what is being done, for the message (never document content)
   */
  OperatorCheck(Optional<Deadline> deadline, String where) {
    this.deadline = deadline;
    this.where = where;
  }

  /**
   * @throws dev.recto.core.error.DeadlineExceededException when the deadline has passed
   * @throws CancellationException when the thread was interrupted (its document was abandoned)
   */
  void tick() {
    if (++count % EVERY != 0) {
      return;
    }
    deadline.ifPresent(d -> d.check(where));
    if (Thread.currentThread().isInterrupted()) {
      throw new CancellationException(where + " interrupted");
    }
  }
}
