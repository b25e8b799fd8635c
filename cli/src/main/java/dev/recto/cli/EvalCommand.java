package dev.recto.cli;

import dev.recto.core.eval.LayoutTextEvaluation;
import dev.recto.core.eval.TextLayerEvaluation;
import dev.recto.core.spi.OcrEngine;
import dev.recto.ocr.eval.EvalEngines;
import dev.recto.ocr.eval.EvalSet;
import dev.recto.ocr.eval.EvalSets;
import dev.recto.ocr.eval.OcrEvalReport;
import dev.recto.ocr.eval.OcrEvaluation;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code recto eval ...}: measures Recto against references on documents with known text. */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = "Evaluates Recto against reference tools on a folder of documents.",
    subcommands = {
      EvalCommand.TextLayer.class,
      EvalCommand.LayoutText.class,
      EvalCommand.Ocr.class,
      EvalFieldsCommand.class,
      EvalCalibrationCommand.class
    })
final class EvalCommand implements Runnable {
  @Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(),
        "an evaluation is required: text-layer, layout-text, ocr, fields or calibration");
  }

  private static Path existingDir(CommandLine cli, Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new CommandLine.ParameterException(cli, "not a directory: " + dir);
    }
    return dir;
  }

  /** Text-layer words against {@code pdftotext}: bag-of-words F1 and box agreement. */
  @Command(
      name = "text-layer",
      mixinStandardHelpOptions = true,
      description = "Word F1 of Recto's PDF text layer against pdftotext, per file and overall.")
  static final class TextLayer implements Callable<Integer> {
    @Spec CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "A folder of PDFs.")
    Path dir;

    @Option(names = "--markdown", description = "Print a Markdown table.")
    boolean markdown;

    @Override
    public Integer call() {
      var report = TextLayerEvaluation.evaluate(existingDir(spec.commandLine(), dir));
      PrintWriter out = spec.commandLine().getOut();
      out.print(markdown ? report.toMarkdown() : report.toText());
      out.flush();
      return 0;
    }
  }

  /** The layout-text rendering against {@code pdftotext -layout}: line similarity. */
  @Command(
      name = "layout-text",
      mixinStandardHelpOptions = true,
      description = "Line similarity of Recto's layout text against pdftotext -layout.")
  static final class LayoutText implements Callable<Integer> {
    @Spec CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "A folder of PDFs.")
    Path dir;

    @Override
    public Integer call() throws IOException {
      var report = LayoutTextEvaluation.evaluate(existingDir(spec.commandLine(), dir));
      PrintWriter out = spec.commandLine().getOut();
      out.print(report.toMarkdown());
      out.flush();
      return 0;
    }
  }

  /** OCR engines side by side on pages with known text: word P/R/F1, CER, ms per page. */
  @Command(
      name = "ocr",
      mixinStandardHelpOptions = true,
      description = {
        "Word precision/recall/F1 and character error rate of OCR engines on pages with known"
            + " text, per set and engine, as Markdown tables.",
        "Sets: invoices300, invoices150 (shared invoice PDFs; truth: text layer), sroie"
            + " (receipts; truth: box CSVs, case-insensitive), degraded (300 dpi invoices blurred,"
            + " noised, JPEG-compressed, rotated), latin (generated de/es/fr pages)."
      })
  static final class Ocr implements Callable<Integer> {
    @Spec CommandLine.Model.CommandSpec spec;

    @Option(
        names = "--engines",
        split = ",",
        defaultValue = "ppocr,tesseract",
        description =
            "Engines: ppocr, ppocr:no-signs, ppocr:no-accents, ppocr:plain (without currency signs, accents or both put back), ppocr:no-smoothing (small print not smoothed), tesseract, tesseract:LANGS (e.g. tesseract:deu+eng).")
    List<String> engines;

    @Option(
        names = "--sets",
        split = ",",
        defaultValue = "invoices300,invoices150,sroie,degraded,latin",
        description = "Sets to evaluate (default: all).")
    List<String> sets;

    @Option(names = "--limit", paramLabel = "N", description = "At most N pages per set.")
    Integer limit;

    @Option(
        names = "--data",
        paramLabel = "DIR",
        description = "The shared data folder (default: the first shared/data above the cwd).")
    Path data;

    @Option(names = "--pages", description = "Also print F1 and CER per page.")
    boolean pages;

    @Option(names = "--quiet", description = "No progress lines on stderr.")
    boolean quiet;

    @Override
    public Integer call() {
      CommandLine cli = spec.commandLine();
      Path dataDir =
          data != null
              ? existingDir(cli, data)
              : EvalSets.findSharedData(Path.of(""))
                  .orElseThrow(
                      () ->
                          new CommandLine.ParameterException(
                              cli, "no shared/data above the working directory; pass --data DIR"));
      if (limit != null && limit < 1) {
        throw new CommandLine.ParameterException(cli, "--limit must be >= 1");
      }
      List<EvalSet> chosen = new ArrayList<>();
      for (String name : sets) {
        if (!EvalSets.NAMES.contains(name)) {
          throw new CommandLine.ParameterException(
              cli, "unknown set '" + name + "'; known: " + String.join(", ", EvalSets.NAMES));
        }
        EvalSet set = EvalSets.byName(name, dataDir);
        chosen.add(limit == null ? set : set.limit(limit));
      }
      PrintWriter err = cli.getErr();
      Map<String, OcrEngine> opened = new LinkedHashMap<>();
      try {
        for (String label : engines) {
          if (!opened.containsKey(label)) {
            opened.put(label, EvalEngines.open(label));
          }
        }
        OcrEvalReport report =
            OcrEvaluation.evaluate(
                chosen,
                opened,
                line -> {
                  if (!quiet) {
                    err.println(line);
                    err.flush();
                  }
                });
        PrintWriter out = cli.getOut();
        out.print(report.toMarkdown(pages));
        out.flush();
        return 0;
      } catch (IllegalArgumentException e) {
        throw new CommandLine.ParameterException(cli, e.getMessage());
      } finally {
        opened.values().forEach(OcrEngine::close);
      }
    }
  }
}
