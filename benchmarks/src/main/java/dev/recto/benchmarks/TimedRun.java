package dev.recto.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Runs a unit of work over and over on a number of threads for a wall-clock duration and counts the
 * pages done: the measurement loop of {@link PeerComparison}. Threads take the items in turn from
 * one shared counter (item {@code k mod n}); after the duration each thread finishes the item it is
 * on, and the elapsed time runs until the last one has, so no started work is left uncounted.
 *
 * <p>Stateless; each call makes and shuts down its own pool.
 */
final class TimedRun {

  /** Work on one item; returns the pages it read. */
  @FunctionalInterface
  interface Work {
    int run(int item) throws Exception;
  }

  /**
   * Pages done in a wall-clock time.
   *
   * @param pages pages read by all threads
   * @param seconds wall-clock seconds from start until the last thread stopped
   * @param cpuSeconds CPU seconds the worker threads got ({@code ThreadMXBean}); work done on other
   *     threads (native thread pools, child processes) is not in it
   */
  record Rate(long pages, double seconds, double cpuSeconds) {
    /** Pages per second. */
    double pagesPerSecond() {
      return seconds > 0 ? pages / seconds : 0;
    }

    /** Both counts summed (for rounds measured one after another). */
    Rate plus(Rate other) {
      return new Rate(pages + other.pages, seconds + other.seconds, cpuSeconds + other.cpuSeconds);
    }
  }

  private TimedRun() {}

  /**
   * Runs {@code work} on {@code threads} threads for at least {@code seconds} (and at least one
   * item per thread).
   *
   * @param items number of distinct items, at least 1
   */
  static Rate run(int threads, double seconds, int items, Work work) {
    if (threads < 1 || items < 1) {
      throw new IllegalArgumentException("threads and items must be >= 1");
    }
    AtomicLong next = new AtomicLong();
    long start = System.nanoTime();
    long end = start + (long) (seconds * 1e9);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
      List<Future<long[]>> parts = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        parts.add(
            pool.submit(
                () -> {
                  long cpuStart = cpu.getCurrentThreadCpuTime();
                  long pages = 0;
                  do {
                    pages += work.run((int) (next.getAndIncrement() % items));
                  } while (System.nanoTime() < end);
                  return new long[] {pages, cpu.getCurrentThreadCpuTime() - cpuStart};
                }));
      }
      long pages = 0;
      long cpuNanos = 0;
      for (Future<long[]> part : parts) {
        long[] done = part.get();
        pages += done[0];
        cpuNanos += done[1];
      }
      return new Rate(pages, (System.nanoTime() - start) / 1e9, cpuNanos / 1e9);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("benchmark work failed: " + e.getCause(), e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }
}
