package dev.recto.cli;

import dev.recto.samples.synth.ScanOptions;
import dev.recto.samples.synth.SynthCorpus;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code recto synth}: writes synthetic invoices with exact ground truth. */
@Command(
    name = "synth",
    mixinStandardHelpOptions = true,
    description = {
      "Writes synthetic invoices (NAME.pdf) with their ground truth (NAME.truth.json):"
          + " fields, line items, words, regions. Deterministic: the same seed gives"
          + " byte-identical files."
    })
final class SynthCommand implements Callable<Integer> {
  @Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--count", defaultValue = "10", description = "How many invoices (default 10).")
  int count;

  @Option(names = "--seed", defaultValue = "1", description = "Random seed (default 1).")
  long seed;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder.")
  Path out;

  @Option(
      names = "--scan",
      description =
          "Also write simulated scans: NAME.png per page (150-300 dpi, skew up to 3 degrees, blur,"
              + " noise, JPEG, uneven light, faint toner), an image-only NAME.scan.pdf and"
              + " NAME.scan.truth.json with the boxes moved with the pixels.")
  boolean scan;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Worker threads (default: number of cores); the files do not depend on it.")
  Integer threads;

  @Override
  public Integer call() throws IOException {
    if (count < 0) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--count must be >= 0");
    }
    int n = threads != null ? threads : Runtime.getRuntime().availableProcessors();
    if (n < 1) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--threads must be >= 1");
    }
    SynthCorpus.Summary s =
        SynthCorpus.write(out, count, seed, n, scan ? ScanOptions.defaults() : null);
    PrintWriter stdout = spec.commandLine().getOut();
    stdout.printf(
        Locale.ROOT,
        "wrote %d invoices (%d pages, %d deliberately inconsistent) to %s in %.1f s (%.1f/s)%n",
        s.count(),
        s.pages(),
        s.inconsistent(),
        out,
        s.seconds(),
        s.rate());
    stdout.flush();
    return 0;
  }
}
