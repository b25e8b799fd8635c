package dev.recto.cli;

import dev.recto.samples.induction.RecurringVendorCorpus;
import dev.recto.samples.synth.ContactSheet;
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
          + " byte-identical files. With --preview, draws a contact sheet of a corpus folder:"
          + " first pages with their truth regions outlined, one per design.",
      "  recto synth --count 2000 --seed 7 --out DIR",
      "  recto synth --preview DIR"
    })
final class SynthCommand implements Callable<Integer> {
  @Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--count", defaultValue = "10", description = "How many invoices (default 10).")
  int count;

  @Option(names = "--seed", defaultValue = "1", description = "Random seed (default 1).")
  long seed;

  @Option(names = "--out", paramLabel = "DIR", description = "Output folder.")
  Path out;

  @Option(
      names = "--preview",
      paramLabel = "DIR",
      description =
          "Draw a contact sheet (PNG) of the corpus in DIR: the first page of one invoice per"
              + " design, truth regions outlined by class. Runs after writing when --out is"
              + " given too.")
  Path preview;

  @Option(
      names = "--sheet",
      paramLabel = "PNG",
      description = "Where --preview writes the sheet (default DIR/contact-sheet.png).")
  Path sheet;

  @Option(
      names = "--every-invoice",
      description = "With --preview: a tile for every invoice instead of one per design.")
  boolean everyInvoice;

  @Option(
      names = "--scan",
      description =
          "Also write simulated scans: NAME.png per page (150-300 dpi, skew up to 3 degrees, blur,"
              + " noise, JPEG, uneven light, faint toner), an image-only NAME.scan.pdf and"
              + " NAME.scan.truth.json with the boxes moved with the pixels.")
  boolean scan;

  @Option(
      names = "--recurring",
      paramLabel = "N",
      description =
          "Instead of --count invoices: per design, N invoices of one recurring vendor"
              + " (rv-DESIGN-NNN) and, in OUT/templates, the Recto template induced from that"
              + " vendor's first invoice (not in the corpus); for fitting calibration with"
              + " --templates OUT/templates. With --scan, scans too.")
  Integer recurring;

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
    if (out == null && preview == null) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "give --out DIR (write invoices) or --preview DIR (draw a sheet)");
    }
    PrintWriter stdout = spec.commandLine().getOut();
    if (out != null) {
      write(n, stdout);
    }
    if (preview != null) {
      Path png = sheet != null ? sheet : preview.resolve("contact-sheet.png");
      int tiles = ContactSheet.write(preview, png, !everyInvoice);
      stdout.printf(Locale.ROOT, "wrote a contact sheet of %d invoices to %s%n", tiles, png);
      stdout.flush();
    }
    return 0;
  }

  private void write(int n, PrintWriter stdout) throws IOException {
    if (recurring != null) {
      if (recurring < 1) {
        throw new CommandLine.ParameterException(spec.commandLine(), "--recurring must be >= 1");
      }
      Path templates = out.resolve("templates");
      RecurringVendorCorpus.Summary s =
          RecurringVendorCorpus.write(
              out, templates, recurring, seed, scan ? ScanOptions.defaults() : null);
      stdout.printf(
          Locale.ROOT,
          "wrote %d invoices of %d recurring vendors to %s and their templates to %s%n",
          s.invoices(),
          s.designs(),
          out,
          templates);
      stdout.flush();
      return;
    }
    SynthCorpus.Summary s =
        SynthCorpus.write(out, count, seed, n, scan ? ScanOptions.defaults() : null);
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
  }
}
