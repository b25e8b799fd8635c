package dev.recto.core.isolate.internal;

import dev.recto.core.error.ErrorCode;
import dev.recto.core.error.RectoException;
import dev.recto.core.error.StageFailureException;
import dev.recto.core.isolate.JvmCommand;
import dev.recto.core.process.Diagnostic;
import dev.recto.core.process.ProcessingResult;
import dev.recto.core.process.Stage;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One place in the pool: the worker that serves it, replaced after a crash, a kill or every {@code
 * restartEvery} documents. A replacement starts in the background as soon as the old worker is
 * gone, so the next document usually finds it ready.
 *
 * <p>Not thread-safe: the pool hands a slot to one caller at a time; {@link #close()} may be called
 * from another thread when the pool closes.
 */
public final class WorkerSlot {
  private static final Logger LOG = LoggerFactory.getLogger(WorkerSlot.class);

  /** What a slot needs to start and run workers; shared by all slots of a pool. */
  public record Settings(
      JvmCommand jvm,
      WorkerSpec spec,
      int restartEvery,
      Duration grace,
      Duration startTimeout,
      ScheduledExecutorService timer,
      Executor starter) {}

  private final String name;
  private final Settings settings;
  private volatile CompletableFuture<WorkerProcess> worker;
  private int starts;
  private volatile boolean closed;

  public WorkerSlot(String name, Settings settings) {
    this.name = name;
    this.settings = settings;
  }

  /** Starts this slot's worker in the background; {@link #ready()} waits for it. */
  public void startInBackground() {
    if (closed) {
      worker = null;
      return;
    }
    starts++;
    String label = name + "." + starts;
    worker =
        CompletableFuture.supplyAsync(
            () ->
                WorkerProcess.start(
                    label,
                    settings.jvm(),
                    settings.spec(),
                    settings.startTimeout(),
                    settings.timer()),
            settings.starter());
    if (closed) {
      // close() ran while this start was being set up and may not have seen it.
      worker.thenAccept(WorkerProcess::kill);
    }
  }

  /**
   * Waits for the worker.
   *
   * @throws RectoException when it could not start
   */
  public WorkerProcess ready() {
    if (worker == null) {
      startInBackground();
    }
    CompletableFuture<WorkerProcess> current = worker;
    if (current == null) {
      throw new StageFailureException(Stage.INGEST, -1, "the processor is closed", null);
    }
    try {
      return current.join();
    } catch (CompletionException e) {
      worker = null;
      if (e.getCause() instanceof RectoException re) {
        throw re;
      }
      throw e;
    }
  }

  /** Runs one document on this slot's worker; every outcome becomes a result. */
  public ProcessingResult process(DocumentRequest request) {
    WorkerProcess w;
    try {
      w = ready();
    } catch (RectoException e) {
      return failure(request, e.code(), "no worker JVM: " + e.getMessage());
    } catch (RuntimeException e) {
      return failure(request, ErrorCode.STAGE_FAILED, "no worker JVM: " + e);
    }
    Duration deadline = settings.spec().limits().deadline();
    WorkerOutcome outcome = w.process(request, deadline.plus(settings.grace()));
    if (outcome instanceof WorkerOutcome.Done done) {
      if (w.documents() >= settings.restartEvery() || !w.isAlive()) {
        w.retire(settings.grace());
        startInBackground();
      }
      return done.result();
    }
    startInBackground();
    if (outcome instanceof WorkerOutcome.Crashed crashed) {
      LOG.warn("{} crashed on {}: {}; restarting it", w.label(), request.name(), crashed.why());
      return failure(
          request,
          ErrorCode.STAGE_FAILED,
          "worker crashed: " + crashed.why() + "; a new worker serves the next documents");
    }
    LOG.warn(
        "{} did not answer on {} within deadline {} ms + grace {} ms; killed, restarting it",
        w.label(),
        request.name(),
        deadline.toMillis(),
        settings.grace().toMillis());
    return failure(
        request,
        ErrorCode.DEADLINE_EXCEEDED,
        "deadline of "
            + deadline.toMillis()
            + " ms passed and the worker did not answer within the grace of "
            + settings.grace().toMillis()
            + " ms more; the worker was killed");
  }

  private static ProcessingResult failure(DocumentRequest request, ErrorCode code, String message) {
    // The worker does not say which stage it was in when it died, so the stage is the first.
    return ProcessingResult.failed(
        request.name(), List.of(Diagnostic.error(Stage.INGEST, -1, code, message)));
  }

  /**
   * Ends this slot's worker: asks it to finish, waits up to the grace, then kills it. A worker
   * still starting is killed when it is up.
   */
  public void close() {
    closed = true;
    CompletableFuture<WorkerProcess> current = worker;
    if (current == null) {
      return;
    }
    if (current.isDone() && !current.isCompletedExceptionally()) {
      current.join().shutdown(settings.grace());
    } else {
      current.thenAccept(WorkerProcess::kill);
    }
  }
}
