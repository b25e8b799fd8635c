package dev.recto.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Pages per second of every benchmark in JMH JSON result files, whatever its mode: a throughput
 * score (operations per second, summed over threads) times the pages per operation that {@link
 * PageCounter} counted ({@code pages / passes}, 1 without the counters); an average-time score
 * (time per operation per thread) as threads over the time. One operation is one page for every
 * benchmark without counters except {@link TemplateMatchingBenchmark} (one document; its corpus is
 * mostly one-page invoices). Errors are JMH's 99.9% half-widths, scaled the same way.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar dev.recto.benchmarks.SuiteSummary RESULT.json...
 * </pre>
 *
 * <p>Stateless.
 */
public final class SuiteSummary {

  /**
   * One benchmark configuration.
   *
   * @param benchmark {@code Class.method}
   * @param params its JMH parameters, {@code name=value} joined by spaces
   * @param threads benchmark threads
   * @param pagesPerSecond pages per second, all threads together
   * @param error 99.9% half-width of {@code pagesPerSecond}; NaN for a single iteration
   * @param pagesPerCpuSecond pages per CPU second of the benchmark threads, from {@link
   *     PageCounter}'s {@code pages} and {@code cpuMs}; NaN for benchmarks without them
   */
  public record Row(
      String benchmark,
      String params,
      int threads,
      double pagesPerSecond,
      double error,
      double pagesPerCpuSecond) {

    /** Milliseconds per page on one thread. */
    public double msPerPagePerThread() {
      return pagesPerSecond > 0 ? 1000.0 * threads / pagesPerSecond : Double.NaN;
    }

    /** A short label: benchmark, parameters and threads. */
    public String label() {
      return benchmark + (params.isEmpty() ? "" : " " + params) + " t" + threads;
    }
  }

  private SuiteSummary() {}

  /**
   * Prints the Markdown table of the given files; {@code --svg FILE} first also writes the chart
   * (for runs that {@link BenchSuite} did not finish).
   */
  public static void main(String[] args) throws IOException {
    List<Path> files = new ArrayList<>();
    Path svg = null;
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--svg")) {
        svg = Path.of(args[++i]);
      } else {
        files.add(Path.of(args[i]));
      }
    }
    List<Row> rows = read(files);
    System.out.print(markdown(rows));
    if (svg != null) {
      Files.writeString(
          svg,
          SvgBarChart.render("Recto stages, pages per second (JMH)", "pages/s", chartBars(rows)));
    }
  }

  /** The rows of all files, in file order; a missing file (a run that failed) is skipped. */
  public static List<Row> read(List<Path> files) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<Row> rows = new ArrayList<>();
    for (Path file : files) {
      if (!Files.isRegularFile(file)) {
        continue;
      }
      for (JsonNode result : json.readTree(file.toFile())) {
        rows.add(row(result));
      }
    }
    return rows;
  }

  /** One JMH result object as a row. */
  static Row row(JsonNode result) {
    String full = result.get("benchmark").asText();
    String[] parts = full.split("\\.");
    String benchmark = parts[parts.length - 2] + "." + parts[parts.length - 1];
    int threads = result.get("threads").asInt();
    StringJoiner params = new StringJoiner(" ");
    JsonNode p = result.get("params");
    if (p != null) {
      for (Iterator<Map.Entry<String, JsonNode>> it = p.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        params.add(e.getKey() + "=" + e.getValue().asText());
      }
    }
    JsonNode primary = result.get("primaryMetric");
    double score = primary.get("score").asDouble();
    double error = primary.get("scoreError").asDouble(Double.NaN);
    String unit = primary.get("scoreUnit").asText();
    double pagesPerSecond;
    double pagesError;
    if (unit.endsWith("/s")) {
      double perOp = pagesPerOperation(result.get("secondaryMetrics"));
      pagesPerSecond = score * perOp;
      pagesError = error * perOp;
    } else {
      double secondsPerOp = score * secondsPer(unit);
      pagesPerSecond = threads / secondsPerOp;
      pagesError = pagesPerSecond * error / score;
    }
    return new Row(
        benchmark,
        params.toString(),
        threads,
        pagesPerSecond,
        pagesError,
        pagesPerCpuSecond(result.get("secondaryMetrics")));
  }

  private static double pagesPerCpuSecond(JsonNode secondary) {
    if (secondary == null || secondary.get("pages") == null || secondary.get("cpuMs") == null) {
      return Double.NaN;
    }
    double cpuSeconds = sum(secondary.get("cpuMs").get("rawData")) / 1000.0;
    return cpuSeconds > 0 ? sum(secondary.get("pages").get("rawData")) / cpuSeconds : Double.NaN;
  }

  private static double pagesPerOperation(JsonNode secondary) {
    if (secondary == null || secondary.get("pages") == null || secondary.get("passes") == null) {
      return 1.0;
    }
    double pages = sum(secondary.get("pages").get("rawData"));
    double passes = sum(secondary.get("passes").get("rawData"));
    return passes > 0 ? pages / passes : 1.0;
  }

  private static double sum(JsonNode rawData) {
    double s = 0;
    for (JsonNode fork : rawData) {
      for (JsonNode v : fork) {
        s += v.asDouble();
      }
    }
    return s;
  }

  /** Seconds in one unit of an average-time score unit such as {@code ms/op}. */
  static double secondsPer(String unit) {
    return switch (unit) {
      case "s/op" -> 1.0;
      case "ms/op" -> 1e-3;
      case "us/op" -> 1e-6;
      case "ns/op" -> 1e-9;
      default -> throw new IllegalArgumentException("unknown score unit " + unit);
    };
  }

  /** The rows as a Markdown table. */
  public static String markdown(List<Row> rows) {
    StringBuilder md = new StringBuilder();
    md.append(
        "| benchmark | parameters | threads | pages/s | ms/page per thread | pages/CPU-s |\n");
    md.append("|---|---|---:|---:|---:|---:|\n");
    for (Row r : rows) {
      md.append(
          String.format(
              Locale.ROOT,
              "| %s | %s | %d | %s ± %s | %.1f | %s |%n",
              r.benchmark(),
              r.params(),
              r.threads(),
              SvgBarChart.value(r.pagesPerSecond()),
              Double.isFinite(r.error()) ? SvgBarChart.value(r.error()) : "n/a",
              r.msPerPagePerThread(),
              Double.isFinite(r.pagesPerCpuSecond())
                  ? SvgBarChart.value(r.pagesPerCpuSecond())
                  : "-"));
    }
    return md.toString();
  }

  /** The rows as chart bars, coloured by benchmark class. */
  public static List<SvgBarChart.Bar> chartBars(List<Row> rows) {
    List<SvgBarChart.Bar> bars = new ArrayList<>();
    for (Row r : rows) {
      if (r.pagesPerSecond() > 0 && Double.isFinite(r.pagesPerSecond())) {
        bars.add(
            new SvgBarChart.Bar(
                r.label(),
                r.benchmark().substring(0, r.benchmark().indexOf('.')),
                r.pagesPerSecond()));
      }
    }
    return bars;
  }
}
