package dev.recto.core.process;

import dev.recto.core.error.OverloadedException;
import dev.recto.core.error.RectoException;
import dev.recto.core.error.StageFailureException;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The worker threads of one {@link DocumentProcessor}: runs each document's job on a pool thread
 * while the caller waits until the document's deadline plus {@link #GRACE}, and abandons the worker
 * when the deadline passes (see {@link Concurrency}).
 *
 * <p>Threads are daemons named {@code recto-document-<pool>-<n>}; idle ones end after 30 s. The
 * pool holds at most {@code maxConcurrentDocuments} running jobs plus the stuck ones, so its thread
 * count stays bounded.
 *
 * <p>Thread-safe. {@link #close()} stops accepting jobs; running jobs finish, and {@code
 * afterLastJob} (which releases the engines) runs once, when closed and no job is left running,
 * possibly on the last worker's thread: engines are never closed under a running worker.
 */
final class DocumentWorkers implements AutoCloseable {

  /** How long past the deadline the caller waits for a worker's own deadline check to end it. */
  static final Duration GRACE = Duration.ofMillis(250);

  private static final Logger LOG = LoggerFactory.getLogger(DocumentWorkers.class);
  private static final AtomicInteger POOLS = new AtomicInteger();

  private final Concurrency concurrency;
  private final Runnable afterLastJob;
  private final Semaphore slots;
  private final ThreadPoolExecutor executor;
  private final AtomicInteger stuck = new AtomicInteger();
  private final AtomicInteger running = new AtomicInteger();
  private final AtomicBoolean closed = new AtomicBoolean();
  private final AtomicBoolean released = new AtomicBoolean();

  DocumentWorkers(Concurrency concurrency, Runnable afterLastJob) {
    this.concurrency = concurrency;
    this.afterLastJob = afterLastJob;
    this.slots = new Semaphore(concurrency.maxConcurrentDocuments(), true);
    this.executor =
        new ThreadPoolExecutor(
            0,
            Integer.MAX_VALUE,
            30,
            TimeUnit.SECONDS,
            new SynchronousQueue<>(),
            daemonThreads("recto-document-" + POOLS.incrementAndGet() + "-"));
  }

  /** Workers abandoned at a deadline whose job has not returned yet. */
  int stuckWorkers() {
    return stuck.get();
  }

  /**
   * Runs {@code job} on a worker and returns its result, or {@code failure} applied to the typed
   * reason it could not: {@link OverloadedException} when too many workers are stuck, a deadline
   * error when no worker came free in time or the job overran, a stage failure when the processor
   * is closed or the caller was interrupted. Returns no later than the deadline plus {@link #GRACE}
   * (plus scheduling noise).
   *
   * @param job the document's work; must not throw (it turns every throwable into a result)
   * @param failure builds the caller's result from the reason; called on the caller's thread
   */
  ProcessingResult run(
      Deadline deadline,
      Callable<ProcessingResult> job,
      Function<RectoException, ProcessingResult> failure) {
    int stuckNow = stuck.get();
    if (stuckNow >= concurrency.maxStuckWorkers()) {
      return failure.apply(new OverloadedException(stuckNow, concurrency.maxStuckWorkers()));
    }
    running.incrementAndGet();
    boolean submitted = false;
    try {
      if (closed.get()) {
        return failure.apply(closedError());
      }
      if (!slots.tryAcquire(deadline.remaining().toNanos(), TimeUnit.NANOSECONDS)) {
        return failure.apply(deadline.exceeded("waiting for a free worker"));
      }
      try {
        Job task = new Job(job);
        try {
          executor.execute(task);
        } catch (OutOfMemoryError e) {
          // "unable to create native thread": the host is out of threads, not this document.
          return failure.apply(new OverloadedException("cannot start a worker thread: " + e, e));
        }
        submitted = true;
        return await(deadline, task, task.result, failure);
      } finally {
        slots.release();
      }
    } catch (RejectedExecutionException e) {
      return failure.apply(closedError());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return failure.apply(
          new StageFailureException(Stage.INGEST, -1, "interrupted while waiting for a worker", e));
    } finally {
      if (!submitted) {
        jobEnded();
      }
    }
  }

  private ProcessingResult await(
      Deadline deadline,
      Job task,
      Future<ProcessingResult> future,
      Function<RectoException, ProcessingResult> failure) {
    try {
      return future.get(deadline.remaining().plus(GRACE).toNanos(), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      if (task.abandon()) {
        return failure.apply(deadline.exceeded("processing (worker abandoned)"));
      }
      return finishedAnyway(deadline, future, failure);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      task.abandon();
      return failure.apply(
          new StageFailureException(Stage.INGEST, -1, "interrupted while waiting for a worker", e));
    } catch (ExecutionException e) {
      return failure.apply(
          new StageFailureException(Stage.INGEST, -1, "worker failed: " + e.getCause(), e));
    }
  }

  /** The job finished between the timeout and the abandonment; its result is ready or nearly. */
  private ProcessingResult finishedAnyway(
      Deadline deadline,
      Future<ProcessingResult> future,
      Function<RectoException, ProcessingResult> failure) {
    try {
      return future.get(GRACE.toNanos(), TimeUnit.NANOSECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return failure.apply(deadline.exceeded("processing"));
    } catch (ExecutionException | TimeoutException e) {
      return failure.apply(deadline.exceeded("processing"));
    }
  }

  private void jobEnded() {
    if (running.decrementAndGet() == 0 && closed.get() && released.compareAndSet(false, true)) {
      try {
        afterLastJob.run();
      } catch (RuntimeException e) {
        LOG.warn("releasing the processor's engines after the last worker failed", e);
      }
    }
  }

  private static StageFailureException closedError() {
    return new StageFailureException(
        Stage.INGEST, -1, "the processor is closed; build a new one", null);
  }

  /**
   * Stops accepting documents. Runs {@code afterLastJob} now when no job is running, else when the
   * last one returns (a stuck worker that never returns keeps its engines open rather than have
   * them closed under it).
   */
  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    executor.shutdown();
    if (running.get() == 0 && released.compareAndSet(false, true)) {
      afterLastJob.run(); // on the closing thread: its failure is the caller's to see
    } else if (!released.get()) {
      LOG.warn(
          "processor closed with {} document(s) still running ({} stuck); engines close when they"
              + " return",
          running.get(),
          stuck.get());
    }
  }

  private static ThreadFactory daemonThreads(String prefix) {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, prefix + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }

  /**
   * One document's job, whether its caller still waits for it, and the thread running it (so that
   * abandoning interrupts that job and never a later one on the same thread).
   */
  private final class Job implements Runnable {
    static final int RUNNING = 0;
    static final int DONE = 1;
    static final int ABANDONED = 2;

    final AtomicInteger state = new AtomicInteger(RUNNING);
    final CompletableFuture<ProcessingResult> result = new CompletableFuture<>();
    private final Callable<ProcessingResult> body;
    private Thread runner; // guarded by this

    Job(Callable<ProcessingResult> body) {
      this.body = body;
    }

    @Override
    public void run() {
      synchronized (this) {
        runner = Thread.currentThread();
      }
      ProcessingResult value = null;
      Throwable thrown = null;
      try {
        if (state.get() == RUNNING) {
          value = body.call();
        }
      } catch (Exception | Error e) {
        thrown = e;
      } finally {
        synchronized (this) {
          runner = null;
        }
        Thread.interrupted(); // an abandonment's interrupt must not reach the next job
        if (!state.compareAndSet(RUNNING, DONE)) {
          stuck.decrementAndGet();
          LOG.info("an abandoned document worker returned; {} still stuck", stuck.get());
        }
        jobEnded(); // before the caller sees the result, so a close() right after finds it ended
      }
      if (thrown != null) {
        result.completeExceptionally(thrown);
      } else {
        result.complete(value);
      }
    }

    /** Marks the job abandoned and interrupts it; false when it had already finished. */
    boolean abandon() {
      if (!state.compareAndSet(RUNNING, ABANDONED)) {
        return false;
      }
      stuck.incrementAndGet();
      synchronized (this) {
        if (runner != null) {
          runner.interrupt();
        }
      }
      return true;
    }
  }
}
