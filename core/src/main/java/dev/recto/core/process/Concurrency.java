package dev.recto.core.process;

/**
 * How many documents one {@link DocumentProcessor} works on at once, and how many abandoned workers
 * it tolerates.
 *
 * <p>Each document runs on a worker thread of the processor's pool; callers beyond {@code
 * maxConcurrentDocuments} wait for a free worker, and that wait counts against their deadline. A
 * worker still running when its document's deadline (plus a short grace) passes is interrupted and
 * abandoned: the caller gets {@link dev.recto.core.error.ErrorCode#DEADLINE_EXCEEDED} at once, and
 * the worker counts as stuck until it returns (PDFBox work may ignore interrupts). While {@code
 * maxStuckWorkers} workers are stuck, new documents are refused at once with {@link
 * dev.recto.core.error.ErrorCode#OVERLOADED}, so a stream of hostile files cannot pile up threads.
 *
 * <p>Immutable and thread-safe.
 *
 * @param maxConcurrentDocuments documents processed at the same time (worker threads, not counting
 *     stuck ones); at least 1
 * @param maxStuckWorkers abandoned workers still running at which new documents are refused; at
 *     least 1
 */
public record Concurrency(int maxConcurrentDocuments, int maxStuckWorkers) {

  public Concurrency {
    if (maxConcurrentDocuments < 1) {
      throw new IllegalArgumentException(
          "maxConcurrentDocuments must be at least 1, was " + maxConcurrentDocuments);
    }
    if (maxStuckWorkers < 1) {
      throw new IllegalArgumentException(
          "maxStuckWorkers must be at least 1, was " + maxStuckWorkers);
    }
  }

  /** Twice the available processors for both. */
  public static Concurrency defaults() {
    int twiceCores = 2 * Runtime.getRuntime().availableProcessors();
    return new Concurrency(twiceCores, twiceCores);
  }

  public Concurrency withMaxConcurrentDocuments(int v) {
    return new Concurrency(v, maxStuckWorkers);
  }

  public Concurrency withMaxStuckWorkers(int v) {
    return new Concurrency(maxConcurrentDocuments, v);
  }
}
