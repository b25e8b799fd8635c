package dev.recto.benchmarks;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs the JMH suite ({@code ./recto bench [--quick] [--out DIR]}): every stage of {@link
 * SuitePlan}, one JSON result file per run in the output folder, then {@code summary.md} (pages per
 * second per stage, {@link SuiteSummary}) and {@code stages.svg} (the same as a chart).
 *
 * <p>{@code --quick}: one fork, one warm-up iteration of 1 s and two measurement iterations of 1 s
 * per benchmark (an OCR operation can take longer: JMH finishes the operation it is in). Without
 * it, each class's own settings. Start the JVM with {@code OMP_THREAD_LIMIT=1} (the {@code recto}
 * script does) so the forked JVMs give Tesseract one thread. Single-threaded driver.
 */
public final class BenchSuite {

  private BenchSuite() {}

  /** {@code [--quick] [--out DIR] [--only NAME,...]}. */
  public static void main(String[] args) throws Exception {
    boolean quick = false;
    Path out = Path.of("bench-results/suite");
    List<String> only = List.of();
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--quick" -> quick = true;
        case "--out" -> out = Path.of(args[++i]);
        case "--only" -> only = List.of(args[++i].split(","));
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    Files.createDirectories(out);
    List<Path> files = new ArrayList<>();
    for (SuitePlan.Run run : quick ? SuitePlan.quick() : SuitePlan.full()) {
      if (!only.isEmpty() && only.stream().noneMatch(run.name()::startsWith)) {
        continue;
      }
      Path file = out.resolve(run.name() + ".json");
      System.out.println("recto.bench suite: " + run.name() + " -> " + file);
      new Runner(options(run, quick, file)).run();
      files.add(file);
    }
    List<SuiteSummary.Row> rows = SuiteSummary.read(files);
    Files.writeString(
        out.resolve("summary.md"), SuiteSummary.markdown(rows), StandardCharsets.UTF_8);
    Files.writeString(
        out.resolve("stages.svg"),
        SvgBarChart.render(
            "Recto stages, pages per second (JMH" + (quick ? ", quick" : "") + ")",
            "pages/s",
            SuiteSummary.chartBars(rows)),
        StandardCharsets.UTF_8);
    System.out.println(SuiteSummary.markdown(rows));
    System.out.println("recto.bench suite: wrote " + out.toAbsolutePath());
  }

  static org.openjdk.jmh.runner.options.Options options(
      SuitePlan.Run run, boolean quick, Path result) {
    ChainedOptionsBuilder b =
        new OptionsBuilder()
            .include(run.include())
            .threads(run.threads())
            .shouldFailOnError(true)
            .resultFormat(ResultFormatType.JSON)
            .result(result.toString());
    for (Map.Entry<String, List<String>> p : run.params().entrySet()) {
      b.param(p.getKey(), p.getValue().toArray(String[]::new));
    }
    if (quick) {
      b.forks(1)
          .warmupIterations(1)
          .warmupTime(TimeValue.seconds(1))
          .measurementIterations(2)
          .measurementTime(TimeValue.seconds(1));
    }
    return b.build();
  }
}
