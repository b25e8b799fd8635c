package dev.recto.benchmarks;

import dev.recto.core.eval.WordBagF1;
import java.util.Objects;

/**
 * One engine's figures in a {@link PeerComparison} run.
 *
 * @param group what is compared: {@code text-layer} (born-digital PDFs), {@code end-to-end}
 *     (born-digital, processor with fields) or {@code ocr} (page images)
 * @param engine engine label, e.g. {@code recto-text-layer}, {@code pdfbox-stripper}
 * @param threads threads (or parallel processes) the engine ran on
 * @param pages pages read in the timed rounds
 * @param seconds wall-clock seconds of the timed rounds
 * @param cpuSeconds CPU seconds of the threads that ran the work (0 where not measured: OCR, whose
 *     work runs on native and pooled threads and in child processes)
 * @param words word-bag counts against the truth, over one pass of every page
 */
public record PeerResult(
    String group,
    String engine,
    int threads,
    long pages,
    double seconds,
    double cpuSeconds,
    WordBagF1 words) {

  public PeerResult {
    Objects.requireNonNull(group, "group");
    Objects.requireNonNull(engine, "engine");
    Objects.requireNonNull(words, "words");
    if (threads < 1 || pages < 0 || !(seconds >= 0)) {
      throw new IllegalArgumentException(
          "bad counts: threads " + threads + ", pages " + pages + ", seconds " + seconds);
    }
  }

  /** Pages per wall-clock second; 0 when nothing was timed. */
  public double pagesPerSecond() {
    return seconds > 0 ? pages / seconds : 0;
  }

  /**
   * Pages per CPU second of the working threads, which does not fall when other processes take the
   * cores; 0 where not measured.
   */
  public double pagesPerCpuSecond() {
    return cpuSeconds > 0 ? pages / cpuSeconds : 0;
  }

  /** Word F1 against the truth. */
  public double f1() {
    return words.f1();
  }
}
