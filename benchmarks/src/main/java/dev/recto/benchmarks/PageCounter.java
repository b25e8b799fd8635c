package dev.recto.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Counts the pages a benchmark thread has read and the CPU time it spent reading them, so JMH
 * reports two secondary results next to the primary operations per second.
 *
 * <ul>
 *   <li>{@code pages}: pages per wall-clock second, summed over threads.
 *   <li>{@code passes}: operations per wall-clock second as counted here; {@code pages / passes} is
 *       the exact number of pages per operation.
 *   <li>{@code cpuMs}: CPU milliseconds the benchmark threads got per wall-clock second (1000 is
 *       one fully used core per thread); below 1000 per thread means the machine was contended.
 * </ul>
 *
 * <p>With more than one thread JMH keeps the threads running a little past the end of each
 * iteration (synchronized iterations), and these counters include those extra operations while the
 * primary score does not; {@link ResultSummary} therefore takes pages per second as the primary
 * score times {@code pages / passes}.
 *
 * <p>Dividing {@code pages} by {@code cpuMs / 1000} gives pages per CPU second, which stays
 * comparable between benchmarks on a shared, noisy machine (see {@link ResultSummary}). The CPU
 * time is the benchmark thread's own ({@link ThreadMXBean#getCurrentThreadCpuTime()}); garbage
 * collector and JIT compiler threads are not in it.
 *
 * <p>One per benchmark thread, as JMH requires of auxiliary counters; reset every iteration. Not
 * thread-safe.
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.OPERATIONS)
public class PageCounter {

  private static final double NANOS_PER_MILLI = 1_000_000.0;

  /** Pages read in this iteration; JMH turns it into a rate. Public because JMH reads it. */
  public long pages;

  /** Operations finished in this iteration, extra ones past its end included. */
  public long passes;

  /** CPU milliseconds of this thread in this iteration; JMH turns it into a rate. */
  public double cpuMs;

  private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
  private long startNanos;

  /** Starts each iteration from zero. */
  @Setup(Level.Iteration)
  public void reset() {
    pages = 0;
    passes = 0;
    cpuMs = 0;
  }

  /** Call first in an operation: remembers the thread's CPU clock. */
  void start() {
    startNanos = threads.getCurrentThreadCpuTime();
  }

  /** Call last in an operation: adds the pages read and the CPU time since {@link #start()}. */
  void finish(long pagesRead) {
    pages += pagesRead;
    passes++;
    cpuMs += (threads.getCurrentThreadCpuTime() - startNanos) / NANOS_PER_MILLI;
  }
}
