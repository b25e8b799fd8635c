package dev.recto.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Runs {@link MemoryProbe} in child JVMs ({@code java -XmxN -cp <this class path>}) on 50- and
 * 200-page PDFs, with 512 MB and 128 MB heaps and with the layout model, and writes {@code
 * memory.json} and {@code memory.md} to the output folder ({@code ./recto bench memory [--out
 * DIR]}). A child that runs out of heap shows as a non-zero exit code in the table.
 *
 * <p>Single-threaded driver.
 */
public final class MemoryCheck {

  /**
   * One child run.
   *
   * @param pages pages of the PDF
   * @param heap the {@code -Xmx} value
   * @param layout whether the layout model is in the path
   */
  record Case(int pages, String heap, boolean layout) {}

  static final List<Case> CASES =
      List.of(
          new Case(50, "512m", false),
          new Case(200, "512m", false),
          new Case(200, "128m", false),
          new Case(200, "512m", true));

  private MemoryCheck() {}

  /** {@code [--out DIR]}. */
  public static void main(String[] args) throws Exception {
    Path out =
        Path.of(args.length >= 2 && args[0].equals("--out") ? args[1] : "bench-results/memory");
    Files.createDirectories(out);
    Path dir = Files.createTempDirectory("recto-memory");
    List<Map<String, Object>> rows = new ArrayList<>();
    try {
      for (int pages : new int[] {50, 200}) {
        MemoryProbe.make(dir.resolve(pages + "-pages.pdf"), pages);
      }
      for (Case c : CASES) {
        rows.add(run(dir.resolve(c.pages() + "-pages.pdf"), c));
      }
    } finally {
      for (int pages : new int[] {50, 200}) {
        Files.deleteIfExists(dir.resolve(pages + "-pages.pdf"));
      }
      Files.deleteIfExists(dir);
    }
    new ObjectMapper()
        .enable(SerializationFeature.INDENT_OUTPUT)
        .writeValue(out.resolve("memory.json").toFile(), rows);
    String md = markdown(rows);
    Files.writeString(out.resolve("memory.md"), md, StandardCharsets.UTF_8);
    System.out.print(md);
  }

  private static Map<String, Object> run(Path pdf, Case c)
      throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add("-Xmx" + c.heap());
    cmd.add("-Djava.awt.headless=true");
    cmd.add("-Dorg.slf4j.simpleLogger.defaultLogLevel=error");
    cmd.add("-cp");
    cmd.add(System.getProperty("java.class.path"));
    cmd.add(MemoryProbe.class.getName());
    cmd.add(pdf.toString());
    if (c.layout()) {
      cmd.add("--layout");
    }
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    int exit = p.waitFor();
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("pages", c.pages());
    row.put("xmx", c.heap());
    row.put("layout", c.layout());
    row.put("exitCode", exit);
    String last = output.strip().lines().reduce((a, b) -> b).orElse("");
    if (exit == 0 && last.startsWith("{")) {
      JsonNode probe = new ObjectMapper().readTree(last);
      row.put("probe", probe);
    } else {
      row.put("output", output.length() > 2000 ? output.substring(output.length() - 2000) : output);
    }
    System.out.println("recto.bench memory: " + row);
    return row;
  }

  static String markdown(List<Map<String, Object>> rows) {
    StringBuilder md = new StringBuilder();
    md.append(
        "| pages | -Xmx | layout model | exit | status | seconds | peak heap (sampled) MB |"
            + " heap pools' peaks summed MB | heap retained with the result MB | peak RSS MB |\n");
    md.append("|---:|---|---|---:|---|---:|---:|---:|---:|---:|\n");
    for (Map<String, Object> r : rows) {
      JsonNode p = (JsonNode) r.get("probe");
      if (p == null) {
        md.append(
            String.format(
                Locale.ROOT,
                "| %s | %s | %s | %s | failed | - | - | - | - | - |%n",
                r.get("pages"),
                r.get("xmx"),
                r.get("layout"),
                r.get("exitCode")));
        continue;
      }
      md.append(
          String.format(
              Locale.ROOT,
              "| %s | %s | %s | %s | %s | %.1f | %.0f | %.0f | %.0f | %.0f |%n",
              r.get("pages"),
              r.get("xmx"),
              r.get("layout"),
              r.get("exitCode"),
              p.get("status").asText(),
              p.get("seconds").asDouble(),
              mb(p.get("peakHeapSampled")),
              mb(p.get("peakHeapPoolsSum")),
              mb(p.get("heapRetainedWithResult")),
              mb(p.get("peakRss"))));
    }
    return md.toString();
  }

  private static double mb(JsonNode bytes) {
    return bytes.asDouble() / (1024.0 * 1024.0);
  }
}
