package dev.recto.core.isolate;

import dev.recto.core.error.RectoException;
import dev.recto.core.isolate.internal.WorkerSlot;
import dev.recto.core.isolate.internal.WorkerSpec;
import dev.recto.core.process.Limits;
import dev.recto.core.process.OcrMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Builds an {@link IsolatedProcessor}. The processor settings mirror {@link
 * dev.recto.core.process.ProcessorBuilder}'s, restricted to what can cross a process boundary:
 * engines are named by id and found on the worker's class path; anything else goes through a {@link
 * WorkerCustomizer}. Not thread-safe; build once, share the processor.
 */
public final class IsolatedProcessorBuilder {
  private Limits limits = Limits.defaults();
  private OcrMode ocrMode = OcrMode.AUTO;
  private Optional<String> ocrEngineId = Optional.empty();
  private Optional<String> layoutEngineId = Optional.empty();
  private boolean useLayout = true;
  private Optional<String> customizer = Optional.empty();
  private List<String> customizerArgs = List.of();
  private int workers = Math.max(1, Runtime.getRuntime().availableProcessors());
  private int restartEvery = 1_000;
  private Duration grace = Duration.ofSeconds(5);
  private Duration startTimeout = Duration.ofSeconds(120);
  private JvmCommand jvm;

  IsolatedProcessorBuilder() {}

  /** Limits for each document; the deadline is also enforced from outside, see {@link #grace}. */
  public IsolatedProcessorBuilder limits(Limits value) {
    this.limits = Objects.requireNonNull(value, "limits");
    return this;
  }

  public IsolatedProcessorBuilder ocrMode(OcrMode value) {
    this.ocrMode = Objects.requireNonNull(value, "ocrMode");
    return this;
  }

  /** The OCR engine with this id; {@link #build()} fails when the workers do not have it. */
  public IsolatedProcessorBuilder ocrEngine(String id) {
    this.ocrEngineId = Optional.of(id);
    return this;
  }

  /** The layout engine with this id; {@link #build()} fails when the workers do not have it. */
  public IsolatedProcessorBuilder layoutEngine(String id) {
    this.layoutEngineId = Optional.of(id);
    this.useLayout = true;
    return this;
  }

  public IsolatedProcessorBuilder noLayout() {
    this.useLayout = false;
    return this;
  }

  /** A {@link WorkerCustomizer}, by binary class name, with its arguments. */
  public IsolatedProcessorBuilder customizer(String className, List<String> args) {
    this.customizer = Optional.of(className);
    this.customizerArgs = List.copyOf(args);
    return this;
  }

  public IsolatedProcessorBuilder customizer(
      Class<? extends WorkerCustomizer> type, String... args) {
    return customizer(type.getName(), List.of(args));
  }

  /** Number of worker JVMs (at least 1), the most documents processed at once. */
  public IsolatedProcessorBuilder workers(int n) {
    if (n < 1) {
      throw new IllegalArgumentException("workers must be >= 1, was " + n);
    }
    this.workers = n;
    return this;
  }

  /** A worker is replaced after this many documents (at least 1). */
  public IsolatedProcessorBuilder restartEvery(int documents) {
    if (documents < 1) {
      throw new IllegalArgumentException("restartEvery must be >= 1, was " + documents);
    }
    this.restartEvery = documents;
    return this;
  }

  /**
   * Time a worker gets beyond the deadline to answer before it is killed (default 5 s); also the
   * time a retiring worker gets to finish.
   */
  public IsolatedProcessorBuilder grace(Duration value) {
    if (value.isNegative()) {
      throw new IllegalArgumentException("grace must be >= 0, was " + value);
    }
    this.grace = value;
    return this;
  }

  /** Time a new worker gets to build its processor (default 120 s). */
  public IsolatedProcessorBuilder startTimeout(Duration value) {
    if (value.isNegative() || value.isZero()) {
      throw new IllegalArgumentException("startTimeout must be positive, was " + value);
    }
    this.startTimeout = value;
    return this;
  }

  /** How the worker JVMs are started; default {@link JvmCommand#defaults()}. */
  public IsolatedProcessorBuilder jvm(JvmCommand value) {
    this.jvm = Objects.requireNonNull(value, "jvm");
    return this;
  }

  /**
   * Starts the workers and waits until all are ready.
   *
   * @throws RectoException when a worker cannot start: an {@link
   *     dev.recto.core.error.EngineUnavailableException} when an engine asked for by id is missing
   *     on the workers' class path, a {@link dev.recto.core.error.StageFailureException} otherwise
   */
  public IsolatedProcessor build() {
    ScheduledThreadPoolExecutor timer =
        new ScheduledThreadPoolExecutor(1, daemon("recto-isolate-timer"));
    timer.setRemoveOnCancelPolicy(true);
    // Never shut down (a late retire or kill must not be rejected): idle threads just end.
    timer.setKeepAliveTime(10, TimeUnit.SECONDS);
    timer.allowCoreThreadTimeOut(true);
    ExecutorService starter = Executors.newCachedThreadPool(daemon("recto-isolate-start"));
    // Like the timer, never shut down; its idle threads end after a minute.
    WorkerSlot.Settings settings =
        new WorkerSlot.Settings(
            jvm != null ? jvm : JvmCommand.defaults(),
            new WorkerSpec(
                limits,
                ocrMode,
                ocrEngineId,
                layoutEngineId,
                useLayout,
                customizer,
                customizerArgs),
            restartEvery,
            grace,
            startTimeout,
            timer,
            starter);
    List<WorkerSlot> slots = new ArrayList<>();
    for (int i = 0; i < workers; i++) {
      WorkerSlot slot = new WorkerSlot("worker-" + i, settings);
      slot.startInBackground();
      slots.add(slot);
    }
    IsolatedProcessor processor = new IsolatedProcessor(limits, slots);
    try {
      for (WorkerSlot slot : slots) {
        slot.ready();
      }
    } catch (RuntimeException e) {
      processor.close();
      throw e;
    }
    return processor;
  }

  private static ThreadFactory daemon(String prefix) {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, prefix + "-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }
}
