package dev.recto.core.process;

import java.util.Objects;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Runs an action when a {@link Deadline} passes, so that an engine can stop native work that does
 * not look at the clock itself (an ONNX Runtime run is stopped through its run options' terminate
 * flag).
 *
 * <p>Owns one daemon thread, started lazily by the first {@link #arm}; the engine that created the
 * timer closes it, which stops the thread and cancels pending alarms. Thread-safe.
 *
 * <pre>{@code
 * try (DeadlineTimer.Alarm alarm = timer.arm(deadline, () -> runOptions.setTerminate(true))) {
 *   session.run(inputs, runOptions);
 * }
 * }</pre>
 */
public final class DeadlineTimer implements AutoCloseable {

  private final ScheduledThreadPoolExecutor executor;

  /**
   * @param threadName name of the timer thread, for thread dumps
   */
  public DeadlineTimer(String threadName) {
    Objects.requireNonNull(threadName, "threadName");
    executor =
        new ScheduledThreadPoolExecutor(
            1,
            r -> {
              Thread t = new Thread(r, threadName);
              t.setDaemon(true);
              return t;
            });
    executor.setRemoveOnCancelPolicy(true);
    executor.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
  }

  /**
   * Arms an alarm that runs {@code onExpiry} on the timer thread once {@code deadline} passes,
   * unless the alarm is closed first. An already expired deadline fires at once. {@code onExpiry}
   * must be short and must not throw (what it throws is dropped).
   *
   * @throws java.util.concurrent.RejectedExecutionException after {@link #close()}
   */
  public Alarm arm(Deadline deadline, Runnable onExpiry) {
    Objects.requireNonNull(deadline, "deadline");
    Objects.requireNonNull(onExpiry, "onExpiry");
    Alarm alarm = new Alarm(onExpiry);
    long delay = deadline.remaining().toNanos();
    ScheduledFuture<?> f = executor.schedule(alarm::fire, delay, TimeUnit.NANOSECONDS);
    synchronized (alarm) {
      alarm.future = f;
    }
    return alarm;
  }

  /** Cancels pending alarms and stops the thread; idempotent. */
  @Override
  public void close() {
    executor.shutdownNow();
  }

  /**
   * One armed alarm. After {@link #close()} returns, its action is not running and never will; so
   * whatever the action touches (a run options handle) may be freed right after.
   */
  public static final class Alarm implements AutoCloseable {
    private final Runnable onExpiry;
    private ScheduledFuture<?> future;
    private boolean closed;
    private boolean fired;

    private Alarm(Runnable onExpiry) {
      this.onExpiry = onExpiry;
    }

    private synchronized void fire() {
      if (closed) {
        return;
      }
      fired = true;
      try {
        onExpiry.run();
      } catch (RuntimeException ignored) {
        // documented: dropped; the caller sees the deadline when it checks it
      }
    }

    /** Whether the action ran. */
    public synchronized boolean fired() {
      return fired;
    }

    /** Disarms the alarm, waiting for its action when it is running; idempotent. */
    @Override
    public void close() {
      ScheduledFuture<?> f;
      synchronized (this) {
        closed = true;
        f = future;
      }
      if (f != null) {
        f.cancel(false);
      }
    }
  }
}
