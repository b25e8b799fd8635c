package dev.recto.core.isolate.internal;

import dev.recto.core.error.EngineUnavailableException;
import dev.recto.core.error.ErrorCode;
import dev.recto.core.error.RectoException;
import dev.recto.core.error.StageFailureException;
import dev.recto.core.isolate.JvmCommand;
import dev.recto.core.process.Stage;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One worker JVM and the parent's end of its pipes. The parent enforces time with a kill timer:
 * {@code destroyForcibly} when the worker has not answered in time, which ends the blocked read.
 *
 * <p>Not thread-safe: one caller at a time (the pool hands a worker to one thread). Owns the
 * process: {@link #retire()} or {@link #kill()} ends it. The worker's stderr is copied, line by
 * line, to the logger {@code dev.recto.core.isolate.worker} at INFO.
 */
public final class WorkerProcess {
  private static final Logger WORKER_LOG = LoggerFactory.getLogger("dev.recto.core.isolate.worker");

  /** Largest result frame accepted from a worker. */
  static final int MAX_RESULT_BYTES = 1 << 30;

  /** Beyond this many characters the class path goes into an argument file ({@code java @file}). */
  private static final int MAX_INLINE_CLASS_PATH = 32_000;

  private final String label;
  private final Process process;
  private final DataOutputStream in;
  private final DataInputStream out;
  private final ScheduledExecutorService timer;
  private final Path argFile;
  private int documents;

  private WorkerProcess(
      String label, Process process, ScheduledExecutorService timer, Path argFile) {
    this.label = label;
    this.process = process;
    this.in = new DataOutputStream(new BufferedOutputStream(process.getOutputStream(), 1 << 16));
    this.out = new DataInputStream(new BufferedInputStream(process.getInputStream(), 1 << 16));
    this.timer = timer;
    this.argFile = argFile;
  }

  /**
   * Starts a worker and waits until its processor is built.
   *
   * @param name a name for logs, e.g. {@code worker-2}
   * @throws RectoException when the JVM cannot start, the processor cannot be built (an {@link
   *     EngineUnavailableException} when the worker says an engine is missing), or the worker is
   *     not ready within {@code startTimeout}
   */
  public static WorkerProcess start(
      String name,
      JvmCommand jvm,
      WorkerSpec spec,
      Duration startTimeout,
      ScheduledExecutorService timer) {
    Path argFile = null;
    Process process;
    try {
      List<String> command = new ArrayList<>();
      command.add(jvm.java().toString());
      command.addAll(jvm.jvmArgs());
      if (jvm.classPath().length() > MAX_INLINE_CLASS_PATH) {
        argFile = Files.createTempFile("recto-worker-", ".args");
        Files.writeString(argFile, "-cp \"" + quoted(jvm.classPath()) + "\"\n");
        command.add("@" + argFile);
      } else {
        command.add("-cp");
        command.add(jvm.classPath());
      }
      command.add(WorkerMain.class.getName());
      process = new ProcessBuilder(command).start();
    } catch (IOException e) {
      deleteQuietly(argFile);
      throw new StageFailureException(
          Stage.INGEST, -1, "cannot start a worker JVM with " + jvm.java() + ": " + e, e);
    }
    String label = name + " pid " + process.pid();
    copyStderr(process, label);
    WorkerProcess worker = new WorkerProcess(label, process, timer, argFile);
    worker.handshake(spec, startTimeout);
    return worker;
  }

  private void handshake(WorkerSpec spec, Duration startTimeout) {
    AtomicBoolean timedOut = new AtomicBoolean();
    ScheduledFuture<?> kill = killAfter(startTimeout, timedOut);
    Frames.Frame answer;
    try {
      Frames.write(in, Frames.HELLO, spec.encode());
      answer = Frames.read(out, MAX_RESULT_BYTES);
    } catch (IOException e) {
      answer = null;
    } finally {
      kill.cancel(false);
    }
    if (answer != null && answer.type() == Frames.READY) {
      WORKER_LOG.debug("{} ready", label);
      return;
    }
    kill();
    if (answer != null && answer.type() == Frames.FATAL) {
      WorkerMain.Fatal fatal;
      try {
        fatal = WorkerMain.Fatal.decode(answer.payload());
      } catch (IOException e) {
        throw new StageFailureException(Stage.INGEST, -1, "worker sent a damaged answer", e);
      }
      if (fatal.code() == ErrorCode.ENGINE_UNAVAILABLE) {
        throw new EngineUnavailableException(fatal.message(), null);
      }
      throw new StageFailureException(
          Stage.INGEST, -1, "worker could not start: " + fatal.message(), null);
    }
    String why =
        timedOut.get()
            ? "not ready within " + startTimeout.toMillis() + " ms"
            : "exited with " + exitDescription(waitForExit());
    throw new StageFailureException(
        Stage.INGEST,
        -1,
        "worker " + label + " " + why + " (its stderr is in the log; is its class path right?)",
        null);
  }

  /**
   * Sends one document and waits for the answer, at most {@code hardLimit}; a worker that does not
   * answer in time is killed, one that crashes or answers wrongly is killed as well.
   */
  public WorkerOutcome process(DocumentRequest request, Duration hardLimit) {
    AtomicBoolean timedOut = new AtomicBoolean();
    ScheduledFuture<?> kill = killAfter(hardLimit, timedOut);
    String why;
    try {
      request.writeFrame(in);
      Frames.Frame answer = Frames.read(out, MAX_RESULT_BYTES);
      kill.cancel(false);
      if (answer != null && answer.type() == Frames.RESULT) {
        documents++;
        return new WorkerOutcome.Done(ResultCodec.decode(answer.payload()));
      }
      why = answer == null ? "" : "; it answered with frame type " + answer.type();
    } catch (IOException | UncheckedIOException e) {
      kill.cancel(false);
      why = "; its output was unreadable: " + e.getMessage();
    }
    if (timedOut.get()) {
      kill();
      return new WorkerOutcome.TimedOut();
    }
    // A dying JVM may write to stdout first (HotSpot's own messages); its exit code says more.
    int exit = waitForExit(2);
    if (exit == -1) {
      kill();
      return new WorkerOutcome.Crashed("protocol broken, worker killed" + why);
    }
    return new WorkerOutcome.Crashed("exit " + exitDescription(exit) + (exit == 0 ? why : ""));
  }

  /** Documents answered so far. */
  public int documents() {
    return documents;
  }

  public boolean isAlive() {
    return process.isAlive();
  }

  public String label() {
    return label;
  }

  /**
   * Asks the worker to finish (closes its stdin) and does not wait; a worker still running after
   * {@code grace} is killed.
   */
  public void retire(Duration grace) {
    try {
      in.close();
    } catch (IOException e) {
      // The worker is gone already; nothing to ask.
    }
    timer.schedule(this::kill, grace.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** Asks the worker to finish, waits up to {@code grace} for it, then kills it. */
  public void shutdown(Duration grace) {
    try {
      in.close();
    } catch (IOException e) {
      // The worker is gone already.
    }
    try {
      process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    kill();
  }

  /** Kills the worker now and waits (briefly) until it is gone. */
  public void kill() {
    process.destroyForcibly();
    waitForExit();
  }

  private ScheduledFuture<?> killAfter(Duration limit, AtomicBoolean flag) {
    return timer.schedule(
        () -> {
          flag.set(true);
          process.destroyForcibly();
        },
        Math.max(1, limit.toMillis()),
        TimeUnit.MILLISECONDS);
  }

  private int waitForExit() {
    return waitForExit(5);
  }

  /** The exit code, or -1 when the process has not ended within {@code seconds}. */
  private int waitForExit(int seconds) {
    try {
      boolean ended = process.waitFor(seconds, TimeUnit.SECONDS);
      if (ended) {
        deleteQuietly(argFile);
      }
      return ended ? process.exitValue() : -1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return -1;
    }
  }

  /** An exit code in words: signals (128 + n) and the JVM's out-of-memory exit are named. */
  static String exitDescription(int code) {
    if (code == -1) {
      return "an unknown status (still running)";
    }
    if (code > 128 && code < 160) {
      return code + " (killed by signal " + (code - 128) + ")";
    }
    if (code == 3) {
      return "3 (the JVM's exit on OutOfMemoryError with -XX:+ExitOnOutOfMemoryError)";
    }
    return Integer.toString(code);
  }

  private static void copyStderr(Process process, String label) {
    Thread t =
        new Thread(
            () -> {
              try (BufferedReader r =
                  new BufferedReader(
                      new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                  WORKER_LOG.info("[{}] {}", label, line);
                }
              } catch (IOException e) {
                WORKER_LOG.debug("[{}] stderr closed: {}", label, e.toString());
              }
            },
            "recto-" + label + "-stderr");
    t.setDaemon(true);
    t.start();
  }

  private static String quoted(String s) {
    return s.replace("\\", "\\\\").replace("\"", "\\\"");
  }

  private static void deleteQuietly(Path file) {
    if (file == null) {
      return;
    }
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      WORKER_LOG.debug("cannot delete {}: {}", file, e.toString());
    }
  }
}
