package dev.recto.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.recto.core.eval.WordBag;
import dev.recto.core.eval.WordBagF1;
import dev.recto.ocr.eval.EvalSets;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Recto against its peers in one run on the same pages ({@code ./recto bench compare}): the text
 * layer against PDFBox's {@code PDFTextStripper} and {@code pdftotext} at 1 and 2 threads, the
 * born-digital processor end to end without and with the layout model at 1 and 2 threads ({@link
 * TextLayerPeers}), and the OCR engines against RapidOCR-Java and the {@code tesseract} command on
 * one thread ({@link OcrPeers}). Writes {@code comparison.json}, {@code comparison.md} and {@code
 * comparison.svg} to the output folder.
 *
 * <p>Timing: each born-digital engine warms up for {@code --warmup} seconds per thread count, then
 * runs {@code --rounds} rounds of {@code --seconds} each, the engines taking turns within a round
 * (their order rotated every round) so that the shared machine's load falls on all of them alike.
 * OCR engines warm up on the first page once, then read every page once, taking turns page by page.
 * Word F1 (bag of words, case-sensitive) comes from one untimed pass per engine: against the
 * generator's truth words for synthetic PDFs and scans, against {@code pdftotext} for real PDFs and
 * against the text layer for rendered real pages.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar dev.recto.benchmarks.PeerComparison --quick --out DIR
 * </pre>
 *
 * <p>Options: {@code --quick}, {@code --out DIR}, {@code --corpus shared|synthetic|samples}, {@code
 * --scans N}, {@code --invoice-pages N}, {@code --seconds S}, {@code --rounds R}, {@code --warmup
 * S}, {@code --skip-ocr}, {@code --skip-text}. Single-threaded driver; not for use as a library.
 */
public final class PeerComparison {

  private final Map<String, String> options;
  private final List<PeerResult> results = new ArrayList<>();
  private final List<String> notes = new ArrayList<>();

  private PeerComparison(Map<String, String> options) {
    this.options = options;
  }

  /** Runs the comparison; see the class comment for the options. */
  public static void main(String[] args) throws Exception {
    quietLogs();
    Map<String, String> options = parse(args);
    new PeerComparison(options).run();
  }

  /**
   * Cuts the log to warnings for PDFBox (a line per substituted font) and RapidOCR (it logs every
   * page's whole text), unless set on the command line; before the first logger is made.
   */
  static void quietLogs() {
    for (String name :
        List.of(
            "org.apache.pdfbox",
            "org.apache.fontbox",
            "io.github.mymonstercat",
            "com.benjaminwan")) {
      String key = "org.slf4j.simpleLogger.log." + name;
      if (System.getProperty(key) == null) {
        System.setProperty(key, "error");
      }
    }
  }

  static Map<String, String> parse(String[] args) {
    Map<String, String> o = new LinkedHashMap<>();
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (!a.startsWith("--")) {
        throw new IllegalArgumentException("unexpected argument " + a);
      }
      boolean flag = a.equals("--quick") || a.equals("--skip-ocr") || a.equals("--skip-text");
      if (flag) {
        o.put(a.substring(2), "true");
      } else if (i + 1 < args.length) {
        o.put(a.substring(2), args[++i]);
      } else {
        throw new IllegalArgumentException(a + " needs a value");
      }
    }
    return o;
  }

  private boolean quick() {
    return options.containsKey("quick");
  }

  private double number(String key, double quick, double full) {
    return Optional.ofNullable(options.get(key))
        .map(Double::parseDouble)
        .orElse(quick() ? quick : full);
  }

  private void run() throws Exception {
    Path out = Path.of(options.getOrDefault("out", "bench-results/compare"));
    Files.createDirectories(out);
    notes.add("started " + Instant.now() + ", load average " + loadAverage());
    notes.add(
        "machine: "
            + Runtime.getRuntime().availableProcessors()
            + " processors, Java "
            + System.getProperty("java.version")
            + ", OMP_THREAD_LIMIT="
            + System.getenv("OMP_THREAD_LIMIT"));
    if (!options.containsKey("skip-text")) {
      bornDigital();
    }
    if (!options.containsKey("skip-ocr")) {
      ocr();
    }
    notes.add("finished " + Instant.now() + ", load average " + loadAverage());
    List<PeerBars.Bar> bars = PeerBars.check(results);
    String md = ComparisonReport.markdown(notes, results, bars);
    Files.writeString(out.resolve("comparison.md"), md, StandardCharsets.UTF_8);
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("options", options);
    json.put("notes", notes);
    json.put("results", results);
    json.put("bars", bars.stream().map(PeerComparison::barJson).toList());
    new ObjectMapper()
        .enable(SerializationFeature.INDENT_OUTPUT)
        .writeValue(out.resolve("comparison.json").toFile(), json);
    if (!results.isEmpty()) {
      Files.writeString(
          out.resolve("comparison.svg"),
          SvgBarChart.render(
              "Recto and its peers, pages per second (one run)",
              "pages/s",
              ComparisonReport.chartBars(results)),
          StandardCharsets.UTF_8);
    }
    System.out.println(md);
    System.out.println("recto.bench compare: wrote " + out.toAbsolutePath());
  }

  private static Map<String, Object> barJson(PeerBars.Bar b) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", b.name());
    m.put("measured", b.measured());
    m.put("target", b.target());
    m.put("higherIsBetter", b.higherIsBetter());
    m.put("holds", b.holds());
    m.put("margin", b.margin());
    m.put("detail", b.detail());
    return m;
  }

  private void bornDigital() throws Exception {
    String corpusName = options.getOrDefault("corpus", "shared");
    PdfCorpus corpus = BenchCorpora.load(corpusName);
    notes.add("born-digital: " + corpus.describe());
    double warmup = number("warmup", 3, 6);
    double seconds = number("seconds", 2, 4);
    int rounds = (int) number("rounds", 2, 3);
    try (TextLayerPeers peers = new TextLayerPeers(corpus)) {
      List<String> references = references(corpusName, corpus, peers);
      List<PeerEngine> engines = new ArrayList<>(peers.textLayerEngines());
      engines.addAll(peers.endToEndEngines());
      Map<String, WordBagF1> scores = new LinkedHashMap<>();
      for (PeerEngine e : engines) {
        WordBagF1 s = WordBagF1.ZERO;
        for (int i = 0; i < peers.items(); i++) {
          s =
              s.plus(
                  WordBagF1.compare(
                      WordBag.split(references.get(i)), WordBag.split(e.text().text(i))));
        }
        scores.put(e.name(), s);
      }
      for (int threads : new int[] {1, 2}) {
        List<PeerEngine> running =
            engines.stream().filter(e -> threads == 1 || e.threadSafe()).toList();
        Map<String, TimedRun.Rate> rates = new LinkedHashMap<>();
        for (PeerEngine e : running) {
          TimedRun.run(threads, warmup, peers.items(), e.work());
          rates.put(e.name(), new TimedRun.Rate(0, 0, 0));
        }
        for (int r = 0; r < rounds; r++) {
          for (int k = 0; k < running.size(); k++) {
            PeerEngine e = running.get((k + r) % running.size());
            rates.merge(
                e.name(),
                TimedRun.run(threads, seconds, peers.items(), e.work()),
                TimedRun.Rate::plus);
          }
        }
        for (PeerEngine e : running) {
          TimedRun.Rate rate = rates.get(e.name());
          results.add(
              new PeerResult(
                  e.group(),
                  e.name(),
                  threads,
                  rate.pages(),
                  rate.seconds(),
                  rate.cpuSeconds(),
                  scores.get(e.name())));
          System.out.printf(
              Locale.ROOT,
              "recto.bench compare %s %s t%d: %.1f pages/s, F1 %.3f%n",
              e.group(),
              e.name(),
              threads,
              rate.pagesPerSecond(),
              scores.get(e.name()).f1());
        }
      }
    }
  }

  /** Per PDF, the words it holds: generator truth for synthetic PDFs, else pdftotext's text. */
  private List<String> references(String corpusName, PdfCorpus corpus, TextLayerPeers peers)
      throws Exception {
    List<String> refs = new ArrayList<>();
    if (corpusName.equals("synthetic")) {
      for (SynthPages.BornDigital b :
          SynthPages.bornDigital(BenchCorpora.SYNTHETIC_COUNT, SynthPages.SEED)) {
        StringBuilder all = new StringBuilder();
        for (int p = 0; p < b.truth().pages().size(); p++) {
          all.append(SynthPages.pageText(b.truth(), p)).append(' ');
        }
        refs.add(all.toString());
      }
      notes.add("born-digital word F1 reference: the generator's truth words");
    } else if (peers.hasPdftotext()) {
      for (int i = 0; i < corpus.documents().size(); i++) {
        refs.add(peers.pdftotextText(i));
      }
      notes.add("born-digital word F1 reference: pdftotext (so pdftotext scores 1 by definition)");
    } else {
      throw new IllegalStateException("pdftotext is missing: install poppler-utils");
    }
    return refs;
  }

  private void ocr() throws Exception {
    int scans = (int) number("scans", 3, 8);
    int invoicePages = (int) number("invoice-pages", 3, 13);
    Optional<Path> shared = EvalSets.findSharedData(Path.of(""));
    try (OcrPeers peers = new OcrPeers(scans, invoicePages, shared)) {
      notes.add(
          "OCR: "
              + peers.pages().size()
              + " pages ("
              + scans
              + " synthetic scans, "
              + (peers.pages().size() - scans)
              + " invoice2data pages at 300 dpi"
              + (shared.isEmpty() ? ", shared/data not found" : "")
              + "), one thread, each page once per engine");
      List<PeerEngine> engines = peers.engines();
      for (PeerEngine e : engines) {
        e.text().text(0);
      }
      double[] seconds = new double[engines.size()];
      WordBagF1[] scores = new WordBagF1[engines.size()];
      java.util.Arrays.fill(scores, WordBagF1.ZERO);
      List<OcrPeers.OcrPage> pages = peers.pages();
      for (int i = 0; i < pages.size(); i++) {
        WordBag truth = WordBag.split(pages.get(i).truth());
        for (int k = 0; k < engines.size(); k++) {
          int e = (k + i) % engines.size();
          long start = System.nanoTime();
          String text = engines.get(e).text().text(i);
          seconds[e] += (System.nanoTime() - start) / 1e9;
          scores[e] = scores[e].plus(WordBagF1.compare(truth, WordBag.split(text)));
        }
        System.out.printf(Locale.ROOT, "recto.bench compare ocr page %d/%d%n", i + 1, pages.size());
      }
      for (int e = 0; e < engines.size(); e++) {
        results.add(
            new PeerResult(
                "ocr", engines.get(e).name(), 1, pages.size(), seconds[e], 0, scores[e]));
      }
    }
  }

  private static String loadAverage() {
    try {
      String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split(" ");
      return parts[0] + " " + parts[1] + " " + parts[2];
    } catch (IOException | RuntimeException e) {
      return "unknown";
    }
  }
}
