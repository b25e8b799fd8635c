package dev.recto.reliability.battery;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Runs a battery in worker JVMs ({@link BatteryWorker}, {@code -Xmx} from the options) and records
 * one {@link Outcome} per document, also when the worker dies.
 *
 * <p>When a worker exits with documents in flight, the parent restarts a worker on the documents
 * not yet done. A document that was alone in flight is recorded as CRASH; when several were, each
 * is rerun later in a worker of its own with one thread, so the crash is pinned on the right one. A
 * document that runs longer than {@code hangAfter} gets the worker killed and is recorded as HUNG.
 * Worker stderr goes to {@code log} (appended).
 *
 * <p>Not thread-safe: one battery per instance, run from one thread.
 */
public final class BatterySupervisor {
  private static final String EOF = "\u0000eof";

  private final BatteryOptions options;
  private final BatteryPlan plan;
  private final Path log;
  private final Consumer<String> progress;
  private final Consumer<Outcome> sink;
  private final Map<Integer, Outcome> outcomes = new TreeMap<>();
  private final List<String> events = new ArrayList<>();
  private int workers;
  private boolean killed;

  /**
   * @param log file the workers' stderr is appended to
   * @param progress receives a line now and then (done, rate, restarts); may be a no-op
   */
  public BatterySupervisor(BatteryOptions options, Path log, Consumer<String> progress)
      throws IOException {
    this(options, log, progress, o -> {});
  }

  /**
   * @param sink receives each outcome as it is recorded (on the calling thread), e.g. to keep a
   *     partial log of a long run
   */
  public BatterySupervisor(
      BatteryOptions options, Path log, Consumer<String> progress, Consumer<Outcome> sink)
      throws IOException {
    this.options = options;
    this.plan =
        BatteryPlan.of(
            options.corpus(),
            options.sample(),
            options.offset(),
            options.mutations(),
            options.seed());
    this.log = log;
    this.progress = progress;
    this.sink = sink;
  }

  public BatteryPlan plan() {
    return plan;
  }

  /** Runs every document; returns the outcomes (one per task id) and the restart events. */
  public BatteryResult run() throws IOException, InterruptedException {
    long start = System.nanoTime();
    NavigableSet<Integer> pending = new TreeSet<>();
    for (int id = 0; id < plan.size(); id++) {
      pending.add(id);
    }
    List<Integer> suspects = new ArrayList<>();
    while (!pending.isEmpty()) {
      runWorker(pending, options.threads(), suspects);
    }
    for (Integer id : suspects) {
      NavigableSet<Integer> one = new TreeSet<>(List.of(id));
      while (!one.isEmpty()) {
        runWorker(one, 1, new ArrayList<>());
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    return new BatteryResult(
        options, plan.files().size(), List.copyOf(outcomes.values()), events, workers, seconds);
  }

  private void runWorker(NavigableSet<Integer> pending, int threads, List<Integer> suspects)
      throws IOException, InterruptedException {
    Path ids = Files.createTempFile("recto-battery-", ".ids");
    try {
      Files.write(ids, pending.stream().map(String::valueOf).toList());
      Process process = start(ids, threads);
      workers++;
      Map<Integer, Long> inFlight = new LinkedHashMap<>();
      int done = read(process, pending, inFlight);
      int exit = process.waitFor();
      if (killed) {
        killed = false;
        return;
      }
      if (inFlight.isEmpty()) {
        if (exit != 0 || (done == 0 && !pending.isEmpty())) {
          events.add(
              "worker exited " + exit + " with nothing in flight after " + done + " documents");
          if (done == 0) {
            throw new IOException(
                "the battery worker made no progress (exit " + exit + "); see " + log);
          }
        }
        return;
      }
      String what = "worker exited " + exit + " with " + inFlight.keySet() + " in flight";
      events.add(what);
      progress.accept(what);
      if (inFlight.size() == 1 || threads == 1) {
        for (Map.Entry<Integer, Long> e : inFlight.entrySet()) {
          record(terminal(e.getKey(), "CRASH", e.getValue(), "worker JVM exit " + exit), pending);
        }
      } else {
        for (Integer id : inFlight.keySet()) {
          pending.remove(id);
          suspects.add(id);
        }
      }
    } finally {
      Files.deleteIfExists(ids);
    }
  }

  /** Reads the worker's protocol until it ends or a document hangs; returns results read. */
  private int read(Process process, NavigableSet<Integer> pending, Map<Integer, Long> inFlight)
      throws InterruptedException {
    BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    Thread reader = new Thread(() -> pump(process, lines), "battery-reader");
    reader.setDaemon(true);
    reader.start();
    int done = 0;
    long hangNanos = options.hangAfter().toNanos();
    while (true) {
      String line = lines.poll(500, TimeUnit.MILLISECONDS);
      if (line == null) {
        long now = System.nanoTime();
        for (Map.Entry<Integer, Long> e : inFlight.entrySet()) {
          if (now - e.getValue() > hangNanos) {
            process.destroyForcibly();
            process.waitFor();
            record(terminal(e.getKey(), "HUNG", e.getValue(), "worker killed"), pending);
            events.add("document " + e.getKey() + " hung; worker killed");
            progress.accept("document " + e.getKey() + " hung; worker killed");
            inFlight.remove(e.getKey());
            inFlight.clear(); // the others are still pending and run again
            killed = true;
            reader.join(5_000);
            return done;
          }
        }
        continue;
      }
      if (line.equals(EOF)) {
        return done;
      }
      if (line.startsWith(BatteryWorker.STARTED)) {
        inFlight.put(
            Integer.parseInt(line.substring(BatteryWorker.STARTED.length())), System.nanoTime());
      } else if (line.startsWith(BatteryWorker.RESULT)) {
        Outcome o = Outcome.parse(line.substring(BatteryWorker.RESULT.length()));
        inFlight.remove(o.id());
        record(o, pending);
        done++;
        if (outcomes.size() % 500 == 0) {
          progress.accept(outcomes.size() + " of " + plan.size() + " documents");
        }
      }
    }
  }

  private static void pump(Process process, BlockingQueue<String> lines) {
    try (BufferedReader in =
        new BufferedReader(
            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        lines.add(line);
      }
    } catch (IOException e) {
      // the worker died mid-line; the end marker below tells the parent
    } finally {
      lines.add(EOF);
    }
  }

  private Outcome terminal(int id, String status, long startNanos, String detail) {
    BatteryTask task = plan.task(id);
    String kind =
        task.mutation() < 0
            ? "ORIGINAL"
            : dev.recto.reliability.mutate.PdfMutator.kindFor(task.mutation()).name();
    long millis = (System.nanoTime() - startNanos) / 1_000_000;
    return new Outcome(id, task.name(), kind, status, "", millis, detail);
  }

  private void record(Outcome outcome, NavigableSet<Integer> pending) {
    pending.remove(outcome.id());
    Outcome previous = outcomes.put(outcome.id(), outcome);
    sink.accept(outcome);
    if (previous != null) {
      events.add(
          "document " + outcome.id() + " answered twice: " + previous.key() + ", " + outcome.key());
    }
  }

  private Process start(Path ids, int threads) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command = new ArrayList<>();
    command.add(java);
    command.add("-Xmx" + options.heap());
    command.add("-Djava.awt.headless=true");
    command.add("-Dorg.slf4j.simpleLogger.defaultLogLevel=error");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(BatteryWorker.class.getName());
    command.add(ids.toString());
    command.addAll(options.withThreads(threads).toArgs());
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().put("OMP_THREAD_LIMIT", "1");
    builder.redirectError(ProcessBuilder.Redirect.appendTo(log.toFile()));
    builder.redirectInput(ProcessBuilder.Redirect.PIPE);
    return builder.start();
  }
}
