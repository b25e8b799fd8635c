package dev.recto.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.recto.core.process.DocumentProcessor;
import dev.recto.core.process.Limits;
import dev.recto.core.process.OcrMode;
import dev.recto.reliability.soak.SoakDocument;
import dev.recto.reliability.soak.SoakPool;
import dev.recto.reliability.soak.SoakResult;
import dev.recto.reliability.soak.SoakRunner;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code recto reliability soak}: many threads, one processor, mixed documents. */
@Command(
    name = "soak",
    mixinStandardHelpOptions = true,
    description = {
      "Runs mixed documents (synthetic born-digital invoices, their scans with OCR, malformed files"
          + " and mutations) through one shared processor: first each distinct document once"
          + " sequentially, then --documents of them on --threads threads. Reports lost,"
          + " duplicated and misnamed results, results whose JSON differs from the sequential"
          + " run, and resident memory (VmRSS) after each tenth. Exit 0 when all are 0 and RSS"
          + " growth after warm-up is under --max-rss-growth percent; 1 otherwise.",
      "  recto reliability soak --documents 5000 --threads 4 --out soak.json"
    })
final class SoakCommand implements Callable<Integer> {
  @Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--documents",
      defaultValue = "5000",
      description = "Documents run concurrently (default 5000).")
  int documents;

  @Option(names = "--threads", description = "Threads (default: 2 x cores).")
  Integer threads;

  @Option(
      names = "--invoices",
      defaultValue = "12",
      description =
          "Synthetic invoices in the pool; each gives a born-digital PDF, a scanned PDF and PNG pages (default 12).")
  int invoices;

  @Option(
      names = "--malformed",
      paramLabel = "DIR",
      description = "Malformed corpus (default: shared/data/malformed when found).")
  Path malformed;

  @Option(
      names = "--malformed-sample",
      defaultValue = "20",
      paramLabel = "K",
      description = "Every K-th malformed file (default 20).")
  int malformedSample;

  @Option(
      names = "--malformed-mutations",
      defaultValue = "2",
      description = "Mutations of each kept malformed file (default 2).")
  int mutations;

  @Option(names = "--seed", defaultValue = "1", description = "Seed (default 1).")
  long seed;

  @Option(
      names = "--deadline",
      defaultValue = "60s",
      converter = DurationConverter.class,
      description = "Per-document deadline (default 60s; deadline hits are counted apart).")
  Duration deadline;

  @Option(
      names = "--no-ocr",
      description = "Turn OCR off (scanned documents then fail or come back empty).")
  boolean noOcr;

  @Option(
      names = "--max-rss-growth",
      defaultValue = "5",
      description = "Percent RSS growth after warm-up that fails the soak (default 5).")
  double maxRssGrowth;

  @Option(
      names = "--out",
      defaultValue = "soak.json",
      paramLabel = "REPORT.json",
      description = "Report path (default soak.json).")
  Path out;

  @Override
  public Integer call() throws IOException, InterruptedException {
    int n = threads != null ? threads : 2 * Runtime.getRuntime().availableProcessors();
    if (n < 1 || documents < 1 || invoices < 0 || malformedSample < 1 || mutations < 0) {
      throw new CommandLine.ParameterException(spec.commandLine(), "counts must be positive");
    }
    Path corpus = malformed != null ? malformed : BatteryCommand.locate();
    PrintWriter stdout = spec.commandLine().getOut();
    Path work = Files.createTempDirectory("recto-soak-");
    List<SoakDocument> pool =
        SoakPool.build(work, invoices, seed, corpus, malformedSample, mutations);
    stdout.printf(
        Locale.ROOT,
        "soak: %d distinct documents, %d concurrent on %d threads%n",
        pool.size(),
        documents,
        n);
    stdout.flush();
    SoakResult result;
    try (DocumentProcessor processor =
        DocumentProcessor.builder()
            .ocrMode(noOcr ? OcrMode.OFF : OcrMode.AUTO)
            .limits(Limits.defaults().withDeadline(deadline))
            .build()) {
      result =
          new SoakRunner(
                  processor,
                  line -> {
                    stdout.println(line);
                    stdout.flush();
                  })
              .run(pool, documents, n, seed);
    }
    Path parent = out.toAbsolutePath().getParent();
    Files.createDirectories(parent);
    new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(out.toFile(), result);
    stdout.printf(
        Locale.ROOT,
        "%d documents (%d distinct %s) on %d threads: lost %d, duplicated %d, misnamed %d,"
            + " escaped %d, differing from sequential %d (deadline-only %d); statuses %s;"
            + " VmRSS %s KiB, growth after warm-up %.2f%%; sequential %.0f s, concurrent %.0f s;"
            + " wrote %s%n",
        result.documents(),
        result.distinct(),
        result.poolKinds(),
        result.threads(),
        result.lost(),
        result.duplicated(),
        result.misnamed(),
        result.escaped(),
        result.mismatchCount(),
        result.deadlineDifferences(),
        result.statusCounts(),
        result.rssKib(),
        result.rssGrowthPercent(),
        result.sequentialSeconds(),
        result.concurrentSeconds(),
        out);
    stdout.flush();
    boolean ok =
        result.lost()
                    + result.duplicated()
                    + result.misnamed()
                    + result.escaped()
                    + result.mismatchCount()
                == 0
            && !(result.rssGrowthPercent() >= maxRssGrowth);
    return ok ? 0 : RectoCli.EXIT_SOME_FAILED;
  }
}
