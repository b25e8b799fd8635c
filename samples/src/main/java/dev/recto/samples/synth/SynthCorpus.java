package dev.recto.samples.synth;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Writes a synthetic invoice corpus: {@code NAME.pdf} and {@code NAME.truth.json} per invoice,
 * named {@code inv-000000}, {@code inv-000001}, ... The same count and seed always write the same
 * bytes (given the same fonts on the machine, which each truth file lists); invoice {@code i} does
 * not depend on the count.
 *
 * <pre>{@code
 * SynthCorpus.Summary s = SynthCorpus.write(Path.of("corpus"), 200, 42L);
 * }</pre>
 *
 * <p>Command line: {@code --count N --seed S --out DIR [--scan]}. Stateless; each call uses its own
 * generator, renderer and fonts, so calls may run on different threads.
 */
public final class SynthCorpus {

  /**
   * What was written.
   *
   * @param count invoices written
   * @param pages pages written in all
   * @param inconsistent invoices flagged inconsistent
   * @param seconds wall time spent
   */
  public record Summary(int count, int pages, int inconsistent, double seconds) {
    /** Invoices per second. */
    public double rate() {
      return seconds > 0 ? count / seconds : 0;
    }
  }

  private SynthCorpus() {}

  /** The file name stem of invoice {@code index}. */
  public static String name(int index) {
    return String.format(Locale.ROOT, "inv-%06d", index);
  }

  /** The design invoice {@code index} uses under {@code seed}. */
  public static Design design(long seed, int index) {
    List<Design> all = Designs.all();
    SplittableRandom r = InvoiceGenerator.random(seed, index, 1);
    return all.get(r.nextInt(all.size()));
  }

  /**
   * Writes {@code count} invoices with their truth into {@code dir} (created if needed), on as many
   * threads as there are processors.
   */
  public static Summary write(Path dir, int count, long seed) throws IOException {
    return write(dir, count, seed, Runtime.getRuntime().availableProcessors());
  }

  /**
   * Writes {@code count} invoices with their truth into {@code dir} (created if needed). Each
   * invoice depends only on the seed and its index, so the files are the same for any number of
   * threads; each thread has its own {@link FontLibrary}.
   *
   * @param threads worker threads, at least 1
   */
  public static Summary write(Path dir, int count, long seed, int threads) throws IOException {
    return write(dir, count, seed, threads, null);
  }

  /**
   * Same as {@link #write(Path, int, long, int)}, and with {@code scan} not null also a simulated
   * scan of each invoice (see {@link ScanRenderer}): {@code NAME.png}, {@code NAME-p2.png}, ... per
   * page, the image-only {@code NAME.scan.pdf} and {@code NAME.scan.truth.json}. The scan of
   * invoice {@code i} depends only on the seed, its index and {@code scan} ({@link ScanPlan#of}).
   *
   * @param scan how to scan, or null for born-digital files only
   */
  public static Summary write(Path dir, int count, long seed, int threads, ScanOptions scan)
      throws IOException {
    if (count < 0) {
      throw new IllegalArgumentException("count must be >= 0, was " + count);
    }
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be >= 1, was " + threads);
    }
    Files.createDirectories(dir);
    long start = System.nanoTime();
    int workers = Math.max(1, Math.min(threads, count));
    ExecutorService pool = Executors.newFixedThreadPool(workers);
    try {
      List<Future<int[]>> parts = new ArrayList<>();
      for (int w = 0; w < workers; w++) {
        int first = w;
        parts.add(pool.submit(() -> writeEvery(dir, count, seed, first, workers, scan)));
      }
      int pages = 0;
      int inconsistent = 0;
      for (Future<int[]> part : parts) {
        int[] counts = await(part);
        pages += counts[0];
        inconsistent += counts[1];
      }
      return new Summary(count, pages, inconsistent, (System.nanoTime() - start) / 1e9);
    } finally {
      pool.shutdownNow();
    }
  }

  /** Writes invoices {@code first, first + step, ...}; returns {pages, inconsistent}. */
  private static int[] writeEvery(
      Path dir, int count, long seed, int first, int step, ScanOptions scan) throws IOException {
    int pages = 0;
    int inconsistent = 0;
    InvoiceGenerator generator = new InvoiceGenerator();
    try (FontLibrary fonts = new FontLibrary()) {
      InvoiceRenderer renderer = new InvoiceRenderer(fonts);
      for (int i = first; i < count; i += step) {
        InvoiceSpec spec = generator.generate(seed, i);
        InvoiceRenderer.Rendered r = renderer.render(spec, design(seed, i), name(i));
        Files.write(dir.resolve(name(i) + ".pdf"), r.pdf());
        Files.write(dir.resolve(name(i) + ".truth.json"), TruthJson.toBytes(r.truth()));
        if (scan != null) {
          ScanFiles.write(dir, name(i), r, ScanPlan.of(seed, i, scan));
        }
        pages += r.truth().pages().size();
        inconsistent += spec.inconsistent() ? 1 : 0;
      }
    }
    return new int[] {pages, inconsistent};
  }

  private static int[] await(Future<int[]> part) throws IOException {
    try {
      return part.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while writing the corpus", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof IOException io) {
        throw io;
      }
      if (e.getCause() instanceof RuntimeException re) {
        throw re;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  /** {@code --count N --seed S --out DIR [--scan]}; prints a one-line summary. */
  public static void main(String[] args) throws IOException {
    int count = 10;
    long seed = 1;
    Path out = null;
    ScanOptions scan = null;
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--scan")) {
        scan = ScanOptions.defaults();
        continue;
      }
      String value = i + 1 < args.length ? args[i + 1] : null;
      switch (args[i]) {
        case "--count" -> count = Integer.parseInt(require(args[i], value));
        case "--seed" -> seed = Long.parseLong(require(args[i], value));
        case "--out" -> out = Path.of(require(args[i], value));
        default ->
            throw new IllegalArgumentException(
                "unknown option " + args[i] + "; usage: --count N --seed S --out DIR [--scan]");
      }
      i++;
    }
    if (out == null) {
      throw new IllegalArgumentException("--out DIR is required");
    }
    Summary s = write(out, count, seed, Runtime.getRuntime().availableProcessors(), scan);
    System.out.printf(
        Locale.ROOT,
        "wrote %d invoices (%d pages, %d flagged inconsistent) to %s in %.1f s:"
            + " %.1f invoices/s%n",
        s.count(),
        s.pages(),
        s.inconsistent(),
        out,
        s.seconds(),
        s.rate());
  }

  private static String require(String option, String value) {
    if (value == null) {
      throw new IllegalArgumentException(option + " needs a value");
    }
    return value;
  }
}
