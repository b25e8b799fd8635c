package dev.recto.reliability.battery;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Writes a {@link BatteryResult} as a JSON report, a Markdown table (per mutation kind: documents,
 * outcomes, untyped, OOM, crashes, hangs, late, slowest) and a TSV of every outcome. Stateless.
 */
public final class BatteryReport {
  private static final int LISTED = 20;

  private BatteryReport() {}

  /**
   * The JSON summary.
   *
   * @param documents documents run
   * @param counts outcome key ({@code STATUS [CODE]}) to count
   * @param byKind kind to outcome key to count
   */
  public record Summary(
      int files,
      int documents,
      int mutationsPerFile,
      long seed,
      int threads,
      long deadlineMillis,
      boolean ocr,
      String heap,
      double seconds,
      int workerJvms,
      Map<String, Integer> counts,
      Map<String, Map<String, Integer>> byKind,
      int untyped,
      int outOfMemory,
      int crashes,
      int hung,
      int late,
      List<Outcome> untypedOnes,
      List<Outcome> crashOnes,
      List<Outcome> lateOnes,
      List<Outcome> slowest,
      List<String> events) {}

  public static Summary summary(BatteryResult r) {
    Map<String, Integer> counts = new TreeMap<>();
    Map<String, Map<String, Integer>> byKind = new TreeMap<>();
    for (Outcome o : r.outcomes()) {
      counts.merge(o.key(), 1, Integer::sum);
      byKind.computeIfAbsent(o.kind(), k -> new TreeMap<>()).merge(o.key(), 1, Integer::sum);
    }
    List<Outcome> crashes = new ArrayList<>(r.withStatus("CRASH"));
    crashes.addAll(r.withStatus("OOM"));
    crashes.addAll(r.withStatus("HUNG"));
    return new Summary(
        r.files(),
        r.outcomes().size(),
        r.options().mutations(),
        r.options().seed(),
        r.options().threads(),
        r.options().deadline().toMillis(),
        r.options().ocr(),
        r.options().heap(),
        Math.round(r.seconds() * 10) / 10.0,
        r.workers(),
        counts,
        byKind,
        r.untyped().size(),
        r.withStatus("OOM").size(),
        r.withStatus("CRASH").size(),
        r.withStatus("HUNG").size(),
        r.lateOnes().size(),
        first(r.untyped()),
        first(crashes),
        first(r.lateOnes()),
        slowest(r.outcomes()),
        r.events());
  }

  /** Writes {@code base.json}, {@code base.md} and {@code base.outcomes.tsv}. */
  public static void write(BatteryResult r, Path json) throws IOException {
    String name = json.getFileName().toString().replaceFirst("\\.json$", "");
    Path dir = json.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    mapper.writeValue(json.toFile(), summary(r));
    Files.writeString(dir.resolve(name + ".md"), markdown(r), StandardCharsets.UTF_8);
    List<String> tsv = new ArrayList<>();
    tsv.add("id\tdocument\tkind\tstatus\tcode\tmillis\tdetail");
    r.outcomes().forEach(o -> tsv.add(o.toLine()));
    Files.write(dir.resolve(name + ".outcomes.tsv"), tsv, StandardCharsets.UTF_8);
  }

  /** The Markdown table and the lists under it. */
  public static String markdown(BatteryResult r) {
    Map<String, List<Outcome>> byKind =
        r.outcomes().stream()
            .collect(Collectors.groupingBy(Outcome::kind, TreeMap::new, Collectors.toList()));
    StringBuilder md = new StringBuilder();
    md.append(
        String.format(
            Locale.ROOT,
            "%d documents (%d files x (1 + %d mutations)), %d threads, deadline %d ms, OCR %s,"
                + " worker -Xmx%s, %.0f s, %d worker JVMs%n%n",
            r.outcomes().size(),
            r.files(),
            r.options().mutations(),
            r.options().threads(),
            r.options().deadline().toMillis(),
            r.options().ocr() ? "on" : "off",
            r.options().heap(),
            r.seconds(),
            r.workers()));
    md.append(
        "| kind | documents | SUCCESS | PARTIAL_SUCCESS | FAILURE (code: count) | untyped | OOM"
            + " | crash | hung | later than deadline + 1 s | slowest |\n");
    md.append("|---|---:|---:|---:|---|---:|---:|---:|---:|---:|---:|\n");
    byKind.forEach((kind, list) -> md.append(row(r, kind, list)));
    md.append(row(r, "**all**", r.outcomes()));
    md.append("\nSlowest documents:\n\n");
    for (Outcome o : slowest(r.outcomes())) {
      md.append(
          String.format(
              Locale.ROOT, "- %s (%s): %s, %d ms%n", o.document(), o.kind(), o.key(), o.millis()));
    }
    list(md, "Untyped (exception escaped, or FAILURE without a code)", r.untyped());
    list(md, "Out of memory", r.withStatus("OOM"));
    list(md, "Worker JVM crashes", r.withStatus("CRASH"));
    list(md, "Hung (worker killed)", r.withStatus("HUNG"));
    list(md, "Later than deadline + 1 s", r.lateOnes());
    if (!r.events().isEmpty()) {
      md.append("\nEvents:\n\n");
      r.events().forEach(e -> md.append("- ").append(e).append('\n'));
    }
    return md.toString();
  }

  private static String row(BatteryResult r, String kind, List<Outcome> list) {
    Map<String, Integer> failures = new TreeMap<>();
    int success = 0;
    int partial = 0;
    for (Outcome o : list) {
      switch (o.status()) {
        case "SUCCESS" -> success++;
        case "PARTIAL_SUCCESS" -> partial++;
        case "FAILURE" -> failures.merge(o.code().isEmpty() ? "(none)" : o.code(), 1, Integer::sum);
        default -> {}
      }
    }
    String failureText =
        failures.isEmpty()
            ? "0"
            : failures.entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue())
                .collect(Collectors.joining(", "));
    long untyped = list.stream().filter(o -> o.status().equals("UNTYPED")).count();
    long slowest = list.stream().mapToLong(Outcome::millis).max().orElse(0);
    return String.format(
        Locale.ROOT,
        "| %s | %d | %d | %d | %s | %d | %d | %d | %d | %d | %.1f s |%n",
        kind,
        list.size(),
        success,
        partial,
        failureText,
        untyped,
        count(list, "OOM"),
        count(list, "CRASH"),
        count(list, "HUNG"),
        list.stream().filter(r::late).count(),
        slowest / 1000.0);
  }

  private static long count(List<Outcome> list, String status) {
    return list.stream().filter(o -> o.status().equals(status)).count();
  }

  private static void list(StringBuilder md, String title, List<Outcome> outcomes) {
    if (outcomes.isEmpty()) {
      return;
    }
    md.append('\n').append(title).append(" (").append(outcomes.size()).append("):\n\n");
    for (Outcome o : first(outcomes)) {
      md.append(
          String.format(
              Locale.ROOT,
              "- %s (%s): %s, %d ms, %s%n",
              o.document(),
              o.kind(),
              o.key(),
              o.millis(),
              o.detail()));
    }
  }

  private static List<Outcome> slowest(List<Outcome> outcomes) {
    return outcomes.stream()
        .sorted(Comparator.comparingLong(Outcome::millis).reversed())
        .limit(10)
        .toList();
  }

  private static List<Outcome> first(List<Outcome> outcomes) {
    return outcomes.stream().limit(LISTED).toList();
  }

  /** Counts by outcome key, for a one-line console summary. */
  public static Map<String, Integer> counts(BatteryResult r) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    r.outcomes().forEach(o -> counts.merge(o.key(), 1, Integer::sum));
    return counts;
  }
}
