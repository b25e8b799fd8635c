package dev.recto.cli;

import dev.recto.reliability.battery.BatteryOptions;
import dev.recto.reliability.battery.BatteryReport;
import dev.recto.reliability.battery.BatteryResult;
import dev.recto.reliability.battery.BatterySupervisor;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code recto reliability battery}: every malformed file plus seeded mutations of each. */
@Command(
    name = "battery",
    mixinStandardHelpOptions = true,
    description = {
      "Runs every file of a corpus (default shared/data/malformed) and N seeded mutations of each"
          + " through one shared processor in a worker JVM (-Xmx1g), restarting it when it dies."
          + " Records one outcome per document; writes REPORT.json, REPORT.md and"
          + " REPORT.outcomes.tsv. Exit 0 when there were no untyped exceptions, OOMs, crashes,"
          + " hangs or late answers; 1 otherwise.",
      "  recto reliability battery --mutations 50 --threads 2 --deadline 10s --out battery.json"
    })
final class BatteryCommand implements Callable<Integer> {
  @Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--corpus",
      paramLabel = "DIR",
      description =
          "Input folder (default: shared/data/malformed found above the working directory).")
  Path corpus;

  @Option(
      names = "--mutations",
      defaultValue = "50",
      description = "Mutations per file (default 50).")
  int mutations;

  @Option(names = "--seed", defaultValue = "1", description = "Mutator seed (default 1).")
  long seed;

  @Option(
      names = "--threads",
      defaultValue = "2",
      description = "Threads sharing the processor (default 2).")
  int threads;

  @Option(
      names = "--deadline",
      defaultValue = "10s",
      converter = DurationConverter.class,
      description = "Per-document deadline (default 10s).")
  Duration deadline;

  @Option(
      names = "--sample",
      defaultValue = "1",
      paramLabel = "K",
      description = "Keep every K-th file (default 1: all).")
  int sample;

  @Option(
      names = "--offset",
      defaultValue = "0",
      paramLabel = "I",
      description =
          "With --sample K: start at the I-th file (0 to K-1), so K runs with offsets 0..K-1"
              + " cover the corpus once (default 0).")
  int offset;

  @Option(names = "--ocr", description = "OCR pages without a text layer (default off).")
  boolean ocr;

  @Option(names = "--heap", defaultValue = "1g", description = "Worker JVM -Xmx (default 1g).")
  String heap;

  @Option(
      names = "--hang-after",
      defaultValue = "120s",
      converter = DurationConverter.class,
      description =
          "Kill the worker when a document runs this long; it counts as HUNG (default 120s).")
  Duration hangAfter;

  @Option(
      names = "--out",
      defaultValue = "battery.json",
      paramLabel = "REPORT.json",
      description = "Report path (default battery.json).")
  Path out;

  @Override
  public Integer call() throws IOException, InterruptedException {
    Path root = corpus != null ? corpus : locate();
    if (root == null || !Files.isDirectory(root)) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "no corpus folder: give --corpus DIR");
    }
    BatteryOptions options;
    try {
      options =
          BatteryOptions.defaults(root)
              .withMutations(mutations)
              .withSeed(seed)
              .withThreads(threads)
              .withDeadline(deadline)
              .withSample(sample)
              .withOffset(offset)
              .withOcr(ocr)
              .withHeap(heap)
              .withHangAfter(hangAfter);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
    PrintWriter stdout = spec.commandLine().getOut();
    Path log =
        out.toAbsolutePath()
            .resolveSibling(
                out.getFileName().toString().replaceFirst("\\.json$", "") + ".worker.log");
    Files.createDirectories(log.getParent());
    Path partial =
        log.resolveSibling(log.getFileName().toString().replace(".worker.log", ".partial.tsv"));
    BatterySupervisor supervisor;
    try (java.io.BufferedWriter live = Files.newBufferedWriter(partial)) {
      supervisor =
          new BatterySupervisor(
              options,
              log,
              line -> {
                stdout.println(line);
                stdout.flush();
              },
              o -> append(live, o));
      return run(supervisor, log, stdout);
    }
  }

  private static void append(java.io.BufferedWriter live, dev.recto.reliability.battery.Outcome o) {
    try {
      live.write(o.toLine());
      live.newLine();
      live.flush();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private int run(BatterySupervisor supervisor, Path log, PrintWriter stdout)
      throws IOException, InterruptedException {
    stdout.printf(
        Locale.ROOT,
        "battery: %d documents (%d files); worker log %s%n",
        supervisor.plan().size(),
        supervisor.plan().files().size(),
        log);
    stdout.flush();
    BatteryResult result = supervisor.run();
    BatteryReport.write(result, out);
    BatteryReport.Summary s = BatteryReport.summary(result);
    stdout.printf(
        Locale.ROOT,
        "%d documents in %.0f s: %s; untyped %d, OOM %d, crashes %d, hung %d, late %d; wrote %s%n",
        s.documents(),
        s.seconds(),
        s.counts(),
        s.untyped(),
        s.outOfMemory(),
        s.crashes(),
        s.hung(),
        s.late(),
        out);
    stdout.flush();
    boolean clean = s.untyped() + s.outOfMemory() + s.crashes() + s.hung() + s.late() == 0;
    return clean ? 0 : RectoCli.EXIT_SOME_FAILED;
  }

  /** shared/data/malformed in the working directory or the nearest one above it. */
  static Path locate() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve("shared/data/malformed");
      if (Files.isDirectory(candidate)) {
        return candidate;
      }
    }
    return null;
  }
}
