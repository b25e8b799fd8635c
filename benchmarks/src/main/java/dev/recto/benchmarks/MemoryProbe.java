package dev.recto.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.recto.core.process.Diagnostic;
import dev.recto.core.process.DocumentProcessor;
import dev.recto.core.process.Limits;
import dev.recto.core.process.OcrMode;
import dev.recto.core.process.ProcessingResult;
import dev.recto.core.process.Severity;
import dev.recto.core.source.DocumentSource;
import dev.recto.layout.OnnxLayoutEngine;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Memory of one long born-digital PDF processed end to end, measured inside the JVM that does it
 * (run it as a child JVM with the heap limit under test; {@link MemoryCheck} does that):
 *
 * <ol>
 *   <li>{@code --make FILE --pages N}: writes a PDF of {@code N} pages made by concatenating
 *       synthetic invoices ({@link SynthPages}, seed {@value SynthPages#SEED}) with PDFBox's
 *       merger, and exits.
 *   <li>{@code FILE [--layout]}: processes it once with {@link DocumentProcessor} (OCR off, fields
 *       on; with {@code --layout} the ONNX layout model too) and prints one JSON line: pages,
 *       seconds, status, peak heap used (sampled every 2 ms, bytes), the sum of the heap pools'
 *       peaks (bytes; an upper bound), heap still used by the result after a full GC (bytes), and
 *       peak RSS ({@code VmHWM} of {@code /proc/self/status}, bytes, reset with {@code
 *       /proc/self/clear_refs} before the run where Linux allows it).
 * </ol>
 *
 * <p>Single-threaded driver apart from its sampler thread.
 */
public final class MemoryProbe {

  private MemoryProbe() {}

  /** See the class comment. */
  public static void main(String[] args) throws Exception {
    if (args.length >= 4 && args[0].equals("--make")) {
      make(Path.of(args[1]), Integer.parseInt(args[3]));
      return;
    }
    boolean layout = List.of(args).contains("--layout");
    System.out.println(new ObjectMapper().writeValueAsString(measure(Path.of(args[0]), layout)));
  }

  /** Writes a PDF of exactly {@code pages} pages of concatenated synthetic invoices. */
  static void make(Path file, int pages) throws IOException {
    List<SynthPages.BornDigital> invoices = SynthPages.bornDigital(40, SynthPages.SEED);
    try (PDDocument out = new PDDocument()) {
      PDFMergerUtility merger = new PDFMergerUtility();
      int i = 0;
      while (out.getNumberOfPages() < pages) {
        try (PDDocument part = Loader.loadPDF(invoices.get(i++ % invoices.size()).pdf())) {
          merger.appendDocument(out, part);
        }
      }
      while (out.getNumberOfPages() > pages) {
        out.removePage(out.getNumberOfPages() - 1);
      }
      out.save(file.toFile());
    }
    try (PDDocument check = Loader.loadPDF(new RandomAccessReadBufferedFile(file.toFile()))) {
      System.out.println(
          "recto.bench memory: wrote " + file + ", " + check.getNumberOfPages() + " pages");
    }
  }

  static Map<String, Object> measure(Path pdf, boolean layout) throws Exception {
    // A long deadline: this measures memory, and the shared machine can be slow.
    var builder =
        DocumentProcessor.builder()
            .ocrMode(OcrMode.OFF)
            .limits(Limits.defaults().withDeadline(Duration.ofMinutes(20)));
    builder = layout ? builder.layoutEngine(OnnxLayoutEngine.ID) : builder.noLayout();
    Map<String, Object> out = new LinkedHashMap<>();
    try (DocumentProcessor processor = builder.build()) {
      System.gc();
      List<MemoryPoolMXBean> heapPools =
          ManagementFactory.getMemoryPoolMXBeans().stream()
              .filter(p -> p.getType() == MemoryType.HEAP)
              .toList();
      heapPools.forEach(MemoryPoolMXBean::resetPeakUsage);
      boolean rssReset = resetPeakRss();
      long before = usedHeap();
      AtomicLong peak = new AtomicLong(before);
      AtomicBoolean done = new AtomicBoolean();
      Thread sampler =
          new Thread(
              () -> {
                while (!done.get()) {
                  peak.accumulateAndGet(usedHeap(), Math::max);
                  try {
                    Thread.sleep(2);
                  } catch (InterruptedException e) {
                    return;
                  }
                }
              },
              "heap-sampler");
      sampler.setDaemon(true);
      sampler.start();
      long start = System.nanoTime();
      ProcessingResult result = processor.process(DocumentSource.of(pdf));
      double seconds = (System.nanoTime() - start) / 1e9;
      done.set(true);
      sampler.join();
      long poolPeaks = heapPools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
      System.gc();
      long retained = usedHeap();
      out.put("file", pdf.getFileName().toString());
      out.put("layout", layout);
      out.put("maxHeap", Runtime.getRuntime().maxMemory());
      out.put("status", result.status().toString());
      out.put(
          "errors",
          result.diagnostics().stream()
              .filter(d -> d.severity() == Severity.ERROR)
              .map(Diagnostic::message)
              .limit(3)
              .toList());
      out.put("pages", result.documentIfPresent().map(d -> d.pages().size()).orElse(0));
      out.put(
          "words",
          result
              .documentIfPresent()
              .map(d -> d.pages().stream().mapToInt(p -> p.words().size()).sum())
              .orElse(0));
      out.put("seconds", seconds);
      out.put("heapBefore", before);
      out.put("peakHeapSampled", peak.get());
      out.put("peakHeapPoolsSum", poolPeaks);
      out.put("heapRetainedWithResult", retained);
      out.put("peakRss", peakRss());
      out.put("peakRssResetBeforeRun", rssReset);
    }
    return out;
  }

  private static long usedHeap() {
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  /** Resets VmHWM to the current RSS (Linux 4.0+); false where not allowed. */
  private static boolean resetPeakRss() {
    try {
      Files.writeString(Path.of("/proc/self/clear_refs"), "5");
      return true;
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  /** VmHWM in bytes, -1 where /proc is absent. */
  static long peakRss() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith("VmHWM:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
        }
      }
    } catch (IOException | RuntimeException e) {
      return -1;
    }
    return -1;
  }
}
