package dev.recto.reliability.soak;

import dev.recto.core.json.ResultJson;
import dev.recto.core.process.DocumentProcessor;
import dev.recto.core.process.ProcessingResult;
import dev.recto.core.source.DocumentSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Consumer;

/**
 * A concurrency soak: every pool document once sequentially (the reference, and the warm-up), then
 * {@code documents} documents drawn from the pool in a seeded order on {@code threads} threads
 * sharing one processor. Checks every submitted document got exactly one result carrying its name,
 * that each result's JSON equals the sequential one, and samples resident memory after each tenth.
 *
 * <p>The processor is the caller's (shared, not closed here). Not thread-safe itself: one run at a
 * time.
 */
public final class SoakRunner {
  private static final int TENTHS = 10;
  private static final int WARM_TENTHS = 2;

  private final DocumentProcessor processor;
  private final Consumer<String> progress;

  public SoakRunner(DocumentProcessor processor, Consumer<String> progress) {
    this.processor = processor;
    this.progress = progress;
  }

  public SoakResult run(List<SoakDocument> pool, int documents, int threads, long seed)
      throws InterruptedException {
    if (pool.isEmpty() || documents < 1 || threads < 1) {
      throw new IllegalArgumentException("need a pool, documents >= 1 and threads >= 1");
    }
    long t0 = System.nanoTime();
    List<String> reference = new ArrayList<>();
    for (SoakDocument d : pool) {
      reference.add(json(processor.process(DocumentSource.of(d.bytes(), d.name()))));
    }
    double sequential = (System.nanoTime() - t0) / 1e9;
    progress.accept(String.format("sequential: %d documents in %.0f s", pool.size(), sequential));

    int[] order = order(pool.size(), documents, seed);
    AtomicIntegerArray answers = new AtomicIntegerArray(documents);
    AtomicReferenceArray<String> results = new AtomicReferenceArray<>(documents);
    AtomicReferenceArray<String> statuses = new AtomicReferenceArray<>(documents);
    AtomicInteger misnamed = new AtomicInteger();
    AtomicInteger escaped = new AtomicInteger();
    AtomicInteger finished = new AtomicInteger();
    List<Long> rss = new ArrayList<>();
    long t1 = System.nanoTime();
    ExecutorService pool2 = Executors.newFixedThreadPool(threads);
    try {
      for (int i = 0; i < documents; i++) {
        int index = i;
        pool2.execute(
            () -> {
              SoakDocument d = pool.get(order[index]);
              try {
                ProcessingResult r = processor.process(DocumentSource.of(d.bytes(), d.name()));
                if (!r.source().equals(d.name())) {
                  misnamed.incrementAndGet();
                }
                results.set(index, json(r));
                statuses.set(index, r.status().name());
                answers.incrementAndGet(index);
              } catch (RuntimeException | Error e) { // NOPMD: the soak counts what escapes
                escaped.incrementAndGet();
              }
              int done = finished.incrementAndGet();
              if (done % Math.max(1, documents / TENTHS) == 0) {
                sample(rss, done, documents);
              }
            });
      }
    } finally {
      pool2.shutdown();
      pool2.awaitTermination(7, TimeUnit.DAYS);
    }
    double concurrent = (System.nanoTime() - t1) / 1e9;
    return summarize(
        pool,
        reference,
        order,
        answers,
        results,
        statuses,
        misnamed.get(),
        escaped.get(),
        rss,
        threads,
        sequential,
        concurrent);
  }

  private SoakResult summarize(
      List<SoakDocument> pool,
      List<String> reference,
      int[] order,
      AtomicIntegerArray answers,
      AtomicReferenceArray<String> results,
      AtomicReferenceArray<String> statusOf,
      int misnamed,
      int escaped,
      List<Long> rss,
      int threads,
      double sequential,
      double concurrent) {
    int lost = 0;
    int duplicated = 0;
    int mismatchCount = 0;
    int deadline = 0;
    List<String> mismatches = new ArrayList<>();
    Map<String, Integer> statuses = new TreeMap<>();
    for (int i = 0; i < order.length; i++) {
      int n = answers.get(i);
      lost += n == 0 ? 1 : 0;
      duplicated += n > 1 ? 1 : 0;
      String got = results.get(i);
      if (got == null) {
        continue;
      }
      statuses.merge(statusOf.get(i), 1, Integer::sum);
      String want = reference.get(order[i]);
      if (!got.equals(want)) {
        if (got.contains("DEADLINE_EXCEEDED") != want.contains("DEADLINE_EXCEEDED")) {
          deadline++;
        } else {
          mismatchCount++;
          if (mismatches.size() < 20) {
            mismatches.add(pool.get(order[i]).name());
          }
        }
      }
    }
    Map<String, Integer> kinds = new TreeMap<>();
    pool.forEach(d -> kinds.merge(d.kind(), 1, Integer::sum));
    List<Long> samples;
    synchronized (rss) {
      samples = List.copyOf(rss);
    }
    double growth = Double.NaN;
    if (samples.size() > WARM_TENTHS) {
      long warm = samples.get(WARM_TENTHS - 1);
      growth = 100.0 * (samples.get(samples.size() - 1) - warm) / warm;
    }
    return new SoakResult(
        order.length,
        pool.size(),
        threads,
        kinds,
        lost,
        duplicated,
        misnamed,
        escaped,
        mismatches,
        mismatchCount,
        deadline,
        statuses,
        samples,
        Math.round(growth * 100) / 100.0,
        sequential,
        concurrent);
  }

  private void sample(List<Long> rss, int done, int documents) {
    System.gc();
    long kib = Rss.kib().orElse(-1);
    synchronized (rss) {
      rss.add(kib);
    }
    progress.accept(
        String.format("concurrent: %d of %d documents, VmRSS %d MiB", done, documents, kib / 1024));
  }

  /** Seeded draw of pool indexes: every pool document at least once when documents allow. */
  static int[] order(int poolSize, int documents, long seed) {
    int[] order = new int[documents];
    for (int i = 0; i < documents; i++) {
      order[i] = i % poolSize;
    }
    SplittableRandom random = new SplittableRandom(seed);
    for (int i = documents - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int t = order[i];
      order[i] = order[j];
      order[j] = t;
    }
    return order;
  }

  private static String json(ProcessingResult result) {
    return ResultJson.toJson(List.of(result), false);
  }
}
