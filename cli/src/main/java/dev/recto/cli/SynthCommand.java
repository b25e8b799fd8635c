package dev.recto.cli;

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

  @Override
  public Integer call() throws IOException {
    if (count < 0) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--count must be >= 0");
    }
    SynthCorpus.Summary s = SynthCorpus.write(out, count, seed);
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
