package dev.recto.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.openjdk.jmh.util.ListStatistics;

/**
 * Turns JMH JSON results of {@link TextLayerBenchmark} into a Markdown table of pages per second,
 * pages per CPU second and the ratios of each benchmark to plain PDFBox in the same run.
 *
 * <p>Pages per second are JMH's primary score (passes per second) times the pages per pass. Pages
 * per CPU second divides each measurement iteration's page count by the CPU time the benchmark
 * threads got in it (see {@link PageCounter}); unlike pages per wall-clock second it does not drop
 * when other processes take the cores. Errors are 99.9% confidence half-widths like JMH's; a
 * ratio's error combines the relative errors of its two parts. Results of the same benchmark and
 * thread count from several files (for example rounds run one after another, so that every
 * benchmark sees the machine's load at several times) are pooled before the statistics are taken.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar TextLayerBenchmark -t 1 -rf json -rff t1.json
 * java -cp benchmarks/target/benchmarks.jar dev.recto.benchmarks.ResultSummary t1.json
 * </pre>
 *
 * <p>Stateless apart from the output stream; not meant to be shared between threads.
 */
public final class ResultSummary {

  /** The benchmark every ratio is relative to. */
  public static final String BASELINE = "pdfboxStripper";

  private static final double CONFIDENCE = 0.999;
  private static final String ALLOC_NORM = "gc.alloc.rate.norm";

  /** A mean with its confidence half-width. */
  record Estimate(double mean, double error) {
    /** The ratio of two estimates; relative errors add in quadrature. */
    Estimate over(Estimate other) {
      double ratio = mean / other.mean;
      double relative = Math.hypot(error / mean, other.error / other.mean);
      return new Estimate(ratio, ratio * relative);
    }

    /** The mean and error in {@code pattern}; "n/a" for an error that one iteration cannot give. */
    String format(String pattern) {
      String err = Double.isFinite(error) ? String.format(Locale.ROOT, pattern, error) : "n/a";
      return String.format(Locale.ROOT, pattern, mean) + " ± " + err;
    }
  }

  /** One benchmark's figures at one thread count. */
  record Row(
      String name,
      int threads,
      Estimate pagesPerSecond,
      Estimate pagesPerCpuSecond,
      double cpuShare,
      Optional<Double> allocMbPerPass) {}

  private final PrintStream out;

  ResultSummary(PrintStream out) {
    this.out = out;
  }

  /**
   * Prints one table per thread count found in the given JMH JSON files.
   *
   * @param args paths of JMH result files written with {@code -rf json}
   */
  public static void main(String[] args) throws IOException {
    if (args.length == 0) {
      System.err.println("usage: ResultSummary RESULT.json...");
      System.exit(2);
    }
    new ResultSummary(System.out).print(args);
  }

  void print(String[] files) throws IOException {
    ObjectMapper json = new ObjectMapper();
    Map<Integer, Map<String, Samples>> byThreads = new LinkedHashMap<>();
    for (String file : files) {
      for (JsonNode result : json.readTree(Path.of(file).toFile())) {
        String benchmark = result.get("benchmark").asText();
        String name = benchmark.substring(benchmark.lastIndexOf('.') + 1);
        int threads = result.get("threads").asInt();
        byThreads
            .computeIfAbsent(threads, t -> new LinkedHashMap<>())
            .computeIfAbsent(name, n -> new Samples())
            .add(benchmark, result.get("primaryMetric"), result.get("secondaryMetrics"));
      }
    }
    byThreads.forEach(
        (threads, samples) -> {
          List<Row> rows = new ArrayList<>();
          samples.forEach((name, s) -> rows.add(s.toRow(name, threads)));
          table(threads, rows);
        });
  }

  /** The iterations of one benchmark at one thread count, gathered over all files. */
  private static final class Samples {
    private final List<Double> pageRates = new ArrayList<>();
    private final List<Double> cpuRates = new ArrayList<>();
    private final List<Double> allocMb = new ArrayList<>();

    void add(String benchmark, JsonNode primaryMetric, JsonNode secondary) {
      JsonNode pages = secondary.get("pages");
      JsonNode cpu = secondary.get("cpuMs");
      if (pages == null || cpu == null) {
        throw new IllegalArgumentException(benchmark + " has no pages or cpuMs counters");
      }
      List<Double> pageCounts = iterations(pages.get("rawData"));
      JsonNode passes = secondary.get("passes");
      if (passes == null) {
        // Results from before the passes counter: exact for one thread only.
        pageRates.addAll(pageCounts);
      } else {
        List<Double> primary = iterations(primaryMetric.get("rawData"));
        List<Double> passCounts = iterations(passes.get("rawData"));
        for (int i = 0; i < primary.size(); i++) {
          pageRates.add(primary.get(i) * pageCounts.get(i) / passCounts.get(i));
        }
      }
      cpuRates.addAll(iterations(cpu.get("rawData")));
      allocMbPerPass(secondary).ifPresent(allocMb::add);
    }

    Row toRow(String name, int threads) {
      ListStatistics perWall = new ListStatistics();
      ListStatistics perCpu = new ListStatistics();
      ListStatistics cpu = new ListStatistics();
      for (int i = 0; i < pageRates.size(); i++) {
        perWall.addValue(pageRates.get(i));
        perCpu.addValue(pageRates.get(i) / (cpuRates.get(i) / 1000.0));
        cpu.addValue(cpuRates.get(i));
      }
      Optional<Double> alloc =
          allocMb.isEmpty()
              ? Optional.empty()
              : Optional.of(allocMb.stream().mapToDouble(Double::doubleValue).average().orElse(0));
      return new Row(
          name,
          threads,
          new Estimate(perWall.getMean(), errorOf(perWall)),
          new Estimate(perCpu.getMean(), errorOf(perCpu)),
          cpu.getMean() / 1000.0 / threads,
          alloc);
    }
  }

  /** The {@code -prof gc} allocation per operation, whose label differs between JMH versions. */
  private static Optional<Double> allocMbPerPass(JsonNode secondary) {
    for (var fields = secondary.fields(); fields.hasNext(); ) {
      var field = fields.next();
      if (field.getKey().endsWith(ALLOC_NORM)) {
        return Optional.of(field.getValue().get("score").asDouble() / (1024.0 * 1024.0));
      }
    }
    return Optional.empty();
  }

  private static double errorOf(ListStatistics stats) {
    return stats.getN() > 2 ? stats.getMeanErrorAt(CONFIDENCE) : Double.NaN;
  }

  /** Flattens JMH's per-fork lists of per-iteration values. */
  private static List<Double> iterations(JsonNode rawData) {
    List<Double> values = new ArrayList<>();
    for (JsonNode fork : rawData) {
      for (JsonNode value : fork) {
        values.add(value.asDouble());
      }
    }
    return values;
  }

  private void table(int threads, List<Row> rows) {
    // Without the baseline in the results (a run of selected benchmarks) ratios are left out.
    Optional<Row> base = rows.stream().filter(r -> r.name().equals(BASELINE)).findFirst();
    out.println();
    out.printf(Locale.ROOT, "Threads: %d%n%n", threads);
    out.println(
        "| benchmark | pages/s | x "
            + BASELINE
            + " | pages/CPU-s | x "
            + BASELINE
            + " | CPU share | alloc MB/pass |");
    out.println("|---|---:|---:|---:|---:|---:|---:|");
    for (Row r : rows) {
      out.printf(
          Locale.ROOT,
          "| %s | %s | %s | %s | %s | %.0f%% | %s |%n",
          r.name(),
          r.pagesPerSecond().format("%.1f"),
          base.map(b -> r.pagesPerSecond().over(b.pagesPerSecond()).format("%.2f")).orElse("-"),
          r.pagesPerCpuSecond().format("%.1f"),
          base.map(b -> r.pagesPerCpuSecond().over(b.pagesPerCpuSecond()).format("%.2f"))
              .orElse("-"),
          100 * r.cpuShare(),
          r.allocMbPerPass().map(v -> String.format(Locale.ROOT, "%.1f", v)).orElse("-"));
    }
  }
}
