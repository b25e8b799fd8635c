package dev.recto.reliability.battery;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * How to run a battery.
 *
 * @param corpus the folder of input files
 * @param sample keep every {@code sample}-th file (1: all)
 * @param offset start at this file of each {@code sample} (0 to {@code sample - 1}): {@code sample
 *     2, offset 1} keeps the odd-numbered files, so two runs split a corpus in halves
 * @param mutations mutations per file
 * @param seed the mutator's seed
 * @param threads worker threads inside the worker JVM, sharing one processor
 * @param deadline the processor's per-document deadline
 * @param ocr whether pages without a text layer are OCRed (off: the processor's OCR mode OFF)
 * @param heap the worker JVM's {@code -Xmx}, e.g. {@code 1g}
 * @param hangAfter how long a document may run before the worker is killed and it counts as HUNG
 * @param crashAt test hook: the worker halts (exit 134) when it starts this task id; -1 for never
 * @param hangAt test hook: the worker sleeps forever on this task id; -1 for never
 */
public record BatteryOptions(
    Path corpus,
    int sample,
    int offset,
    int mutations,
    long seed,
    int threads,
    Duration deadline,
    boolean ocr,
    String heap,
    Duration hangAfter,
    int crashAt,
    int hangAt) {

  public BatteryOptions {
    Objects.requireNonNull(corpus, "corpus");
    Objects.requireNonNull(deadline, "deadline");
    Objects.requireNonNull(heap, "heap");
    Objects.requireNonNull(hangAfter, "hangAfter");
    if (sample < 1 || mutations < 0 || threads < 1) {
      throw new IllegalArgumentException(
          "need sample >= 1, mutations >= 0, threads >= 1: "
              + sample
              + ", "
              + mutations
              + ", "
              + threads);
    }
    if (offset < 0 || offset >= sample) {
      throw new IllegalArgumentException(
          "offset must be in [0, sample), was " + offset + " with sample " + sample);
    }
    if (!heap.matches("\\d+[kmgKMG]?")) {
      throw new IllegalArgumentException("heap must look like 1g or 512m, was " + heap);
    }
  }

  /** Defaults: every file, 50 mutations, seed 1, 2 threads, 10 s deadline, OCR off, 1 GB heap. */
  public static BatteryOptions defaults(Path corpus) {
    return new BatteryOptions(
        corpus,
        1,
        0,
        50,
        1,
        2,
        Duration.ofSeconds(10),
        false,
        "1g",
        Duration.ofSeconds(120),
        -1,
        -1);
  }

  public BatteryOptions withSample(int v) {
    return new BatteryOptions(
        corpus, v, offset, mutations, seed, threads, deadline, ocr, heap, hangAfter, crashAt,
        hangAt);
  }

  public BatteryOptions withOffset(int v) {
    return new BatteryOptions(
        corpus, sample, v, mutations, seed, threads, deadline, ocr, heap, hangAfter, crashAt,
        hangAt);
  }

  public BatteryOptions withMutations(int v) {
    return new BatteryOptions(
        corpus, sample, offset, v, seed, threads, deadline, ocr, heap, hangAfter, crashAt, hangAt);
  }

  public BatteryOptions withSeed(long v) {
    return new BatteryOptions(
        corpus, sample, offset, mutations, v, threads, deadline, ocr, heap, hangAfter, crashAt,
        hangAt);
  }

  public BatteryOptions withThreads(int v) {
    return new BatteryOptions(
        corpus, sample, offset, mutations, seed, v, deadline, ocr, heap, hangAfter, crashAt,
        hangAt);
  }

  public BatteryOptions withDeadline(Duration v) {
    return new BatteryOptions(
        corpus, sample, offset, mutations, seed, threads, v, ocr, heap, hangAfter, crashAt, hangAt);
  }

  public BatteryOptions withOcr(boolean v) {
    return new BatteryOptions(
        corpus, sample, offset, mutations, seed, threads, deadline, v, heap, hangAfter, crashAt,
        hangAt);
  }

  public BatteryOptions withHeap(String v) {
    return new BatteryOptions(
        corpus, sample, offset, mutations, seed, threads, deadline, ocr, v, hangAfter, crashAt,
        hangAt);
  }

  public BatteryOptions withHangAfter(Duration v) {
    return new BatteryOptions(
        corpus, sample, offset, mutations, seed, threads, deadline, ocr, heap, v, crashAt, hangAt);
  }

  /** Test hooks: crash the worker on one task, hang it on another (-1: never). */
  public BatteryOptions withFaults(int crash, int hang) {
    return new BatteryOptions(
        corpus, sample, offset, mutations, seed, threads, deadline, ocr, heap, hangAfter, crash,
        hang);
  }

  /** The options as worker-JVM arguments; {@link #parse} reads them back. */
  List<String> toArgs() {
    List<String> args = new ArrayList<>();
    args.add(corpus.toAbsolutePath().toString());
    args.add(Integer.toString(sample));
    args.add(Integer.toString(offset));
    args.add(Integer.toString(mutations));
    args.add(Long.toString(seed));
    args.add(Integer.toString(threads));
    args.add(Long.toString(deadline.toMillis()));
    args.add(Boolean.toString(ocr));
    args.add(heap);
    args.add(Long.toString(hangAfter.toMillis()));
    args.add(Integer.toString(crashAt));
    args.add(Integer.toString(hangAt));
    return args;
  }

  static BatteryOptions parse(List<String> a) {
    if (a.size() != 12) {
      throw new IllegalArgumentException("expected 12 option arguments, got " + a.size());
    }
    return new BatteryOptions(
        Path.of(a.get(0)),
        Integer.parseInt(a.get(1)),
        Integer.parseInt(a.get(2)),
        Integer.parseInt(a.get(3)),
        Long.parseLong(a.get(4)),
        Integer.parseInt(a.get(5)),
        Duration.ofMillis(Long.parseLong(a.get(6))),
        Boolean.parseBoolean(a.get(7)),
        a.get(8),
        Duration.ofMillis(Long.parseLong(a.get(9))),
        Integer.parseInt(a.get(10)),
        Integer.parseInt(a.get(11)));
  }
}
