package dev.recto.ocr.ppocr;

import dev.recto.core.ingest.PageImage;
import dev.recto.core.ingest.PdfRasterizer;
import dev.recto.core.ingest.TextLayerReader;
import dev.recto.core.model.Word;
import dev.recto.core.process.Deadline;
import java.io.File;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Word recall and precision of the PP-OCR engine against PDF text layers, and time per stage. Not
 * part of the build; run with
 *
 * <pre>
 * mvn -o -pl core,ocr verify -Dtest=PpOcrAccuracyBench -Dsurefire.failIfNoSpecifiedTests=false \
 *   -Drecto.bench.pdfs=a.pdf,b.pdf -Drecto.bench.limits=960,2048 [-Drecto.bench.gap=0.6] [-Drecto.bench.cls=true] [-Drecto.bench.verbose=true]
 *   [-Drecto.bench.variants=b6r1,default]
 * </pre>
 *
 * <p>Recall and precision are over the bag of words (case-sensitive), first page only, 300 dpi.
 * Variants {@code b<batchSize>r<recognitionThreads>}, {@code default} or {@code plain} (defaults
 * without currency signs and accents put back) each get an engine and read every page in turn, so
 * they see the same machine load; {@code cpu} is the process's CPU time during the call,
 * milliseconds.
 */
@EnabledIfSystemProperty(named = "recto.bench.pdfs", matches = ".+")
class PpOcrAccuracyBench {

  @Test
  void measure() throws Exception {
    String[] pdfs = System.getProperty("recto.bench.pdfs").split(",");
    String[] limits =
        System.getProperty(
                "recto.bench.limits", String.valueOf(PpOcrOptions.DEFAULT_DET_LIMIT_SIDE))
            .split(",");
    double gap =
        Double.parseDouble(
            System.getProperty(
                "recto.bench.gap", String.valueOf(PpOcrOptions.defaults().wordGapRatio())));
    int threads = Integer.getInteger("recto.bench.threads", 2);
    boolean verbose = Boolean.getBoolean("recto.bench.verbose");
    // variants "b<batch>r<recognitionThreads>", run page by page in turn so they share the load
    String[] variants = System.getProperty("recto.bench.variants", "default").split(",");
    com.sun.management.OperatingSystemMXBean os =
        (com.sun.management.OperatingSystemMXBean)
            java.lang.management.ManagementFactory.getOperatingSystemMXBean();
    for (String limit : limits) {
      PpOcrOptions base =
          PpOcrOptions.defaults()
              .withDetLimitSideLen(Integer.parseInt(limit))
              .withWordGapRatio(gap)
              .withAngleClassifier(Boolean.getBoolean("recto.bench.cls"))
              .withUnclipRatio(Double.parseDouble(System.getProperty("recto.bench.unclip", "1.5")))
              .withIntraOpThreads(threads);
      List<PpOcrEngine> engines = new java.util.ArrayList<>();
      try {
        for (String v : variants) {
          PpOcrOptions options = base;
          if (v.equals("plain")) {
            options = base.withCurrencySigns(false).withAccentMarks(false).withSharpS(false);
          } else if (!v.equals("default")) {
            int r = v.indexOf('r');
            options =
                base.withBatchSize(Integer.parseInt(v.substring(1, r)))
                    .withRecognitionThreads(Integer.parseInt(v.substring(r + 1)));
          }
          engines.add(PpOcrEngine.create(options));
        }
        int n = variants.length;
        long[] truthTotal = new long[n];
        long[] ocrTotal = new long[n];
        long[] matchTotal = new long[n];
        long[] cpuTotal = new long[n];
        PpOcrTimings[] before = new PpOcrTimings[n];
        for (int k = 0; k < n; k++) {
          before[k] = engines.get(k).timings();
        }
        for (String pdf : pdfs) {
          List<Word> truth;
          PageImage page;
          try (PDDocument doc = Loader.loadPDF(new File(pdf))) {
            truth =
                new TextLayerReader()
                    .read(doc, 0, Deadline.startingNow(Duration.ofMinutes(1)))
                    .words();
            page = new PdfRasterizer(100_000_000L).render(doc, 0, 300, PdfRasterizer.ColorMode.RGB);
          }
          for (int k = 0; k < n; k++) {
            PpOcrEngine engine = engines.get(k);
            PpOcrTimings t0 = engine.timings();
            long c0 = os.getProcessCpuTime();
            List<Word> ocr = engine.recognize(page);
            long cpu = os.getProcessCpuTime() - c0;
            PpOcrTimings t = engine.timings().minus(t0);
            Map<String, Integer> want = bag(truth);
            Map<String, Integer> got = bag(ocr);
            long match = 0;
            for (var e : got.entrySet()) {
              match += Math.min(e.getValue(), want.getOrDefault(e.getKey(), 0));
            }
            truthTotal[k] += truth.size();
            ocrTotal[k] += ocr.size();
            matchTotal[k] += match;
            cpuTotal[k] += cpu;
            System.out.printf(
                "BENCH %s limit=%s gap=%.2f %-40s truth=%d ocr=%d match=%d recall=%.3f"
                    + " precision=%.3f ms: total=%d det=%d cls=%d rec=%d java=%d cpu=%d%n",
                variants[k],
                limit,
                gap,
                new File(pdf).getName(),
                truth.size(),
                ocr.size(),
                match,
                truth.isEmpty() ? 0 : (double) match / truth.size(),
                ocr.isEmpty() ? 0 : (double) match / ocr.size(),
                t.totalNanos() / 1_000_000,
                t.detectionNanos() / 1_000_000,
                t.classificationNanos() / 1_000_000,
                t.recognitionNanos() / 1_000_000,
                t.javaNanos() / 1_000_000,
                cpu / 1_000_000);
            if (verbose) {
              Map<String, Integer> missed = new HashMap<>(want);
              got.forEach((key, v) -> missed.merge(key, -v, Integer::sum));
              Map<String, Integer> extra = new HashMap<>(got);
              want.forEach((key, v) -> extra.merge(key, -v, Integer::sum));
              missed.values().removeIf(v -> v <= 0);
              extra.values().removeIf(v -> v <= 0);
              System.out.println("  MISSED " + missed.keySet());
              System.out.println("  EXTRA  " + extra.keySet());
            }
          }
        }
        for (int k = 0; k < n; k++) {
          PpOcrTimings all = engines.get(k).timings().minus(before[k]);
          System.out.printf(
              "BENCH-TOTAL %s limit=%s gap=%.2f pages=%d recall=%.3f precision=%.3f ms/page=%d"
                  + " det=%d cls=%d rec=%d java=%d cpu/page=%d%n",
              variants[k],
              limit,
              gap,
              all.pages(),
              (double) matchTotal[k] / truthTotal[k],
              (double) matchTotal[k] / ocrTotal[k],
              all.totalNanos() / 1_000_000 / all.pages(),
              all.detectionNanos() / 1_000_000 / all.pages(),
              all.classificationNanos() / 1_000_000 / all.pages(),
              all.recognitionNanos() / 1_000_000 / all.pages(),
              all.javaNanos() / 1_000_000 / all.pages(),
              cpuTotal[k] / 1_000_000 / all.pages());
        }
      } finally {
        engines.forEach(PpOcrEngine::close);
      }
    }
  }

  private static Map<String, Integer> bag(List<Word> words) {
    Map<String, Integer> bag = new HashMap<>();
    words.forEach(w -> bag.merge(w.text(), 1, Integer::sum));
    return bag;
  }
}
