package dev.recto.cli;

import dev.recto.core.error.RectoException;
import dev.recto.core.process.DocumentProcessor;
import dev.recto.core.process.OcrMode;
import dev.recto.core.process.ProcessorBuilder;
import dev.recto.extraction.eval.FieldEvaluation;
import dev.recto.extraction.eval.FieldReport;
import dev.recto.extraction.eval.SroieTruth;
import dev.recto.ocr.tesseract.TesseractEngine;
import dev.recto.ocr.tesseract.TesseractEngineProvider;
import dev.recto.ocr.tesseract.TesseractOptions;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code recto eval fields DIR}: field precision/recall/F1 against truth files. */
@Command(
    name = "fields",
    mixinStandardHelpOptions = true,
    description = {
      "Per-field precision, recall and F1 of Recto's invoice fields against truth files, with"
          + " line-item row F1 and slices per locale, design and scan degradation.",
      "DIR holds NAME.pdf (or .png/.jpg/.tif) with NAME.truth.json: either Recto's synthetic"
          + " truth (recto synth) or {\"fields\": {\"InvoiceTotal\": \"4.11\", ...},"
          + " \"lineItems\": [...]} with normalized values."
    })
final class EvalFieldsCommand implements Callable<Integer> {
  @Spec CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "DIR", description = "Documents with truth files.")
  Path dir;

  @Option(
      names = "--ocr",
      defaultValue = "auto",
      description = "auto (default), force or off, as for extract.")
  String ocr;

  @Option(names = "--ocr-engine", paramLabel = "ID", description = "OCR engine id.")
  String ocrEngine;

  @Option(
      names = "--layout",
      paramLabel = "ID",
      description =
          "Layout engine id (recto-layout, xy-cut) or none, to measure extraction with and"
              + " without layout regions; default the best available.")
  String layout;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Documents at once (default: cores).")
  Integer threads;

  @Option(
      names = "--tesseract-languages",
      paramLabel = "LANGS",
      description =
          "Read scans with Tesseract and these models, e.g. eng+deu+fra (the data must be"
              + " installed).")
  String tesseractLanguages;

  @Option(
      names = "--sroie",
      description = "DIR is a SROIE folder (img/NNN.jpg, key/NNN.json): score the four key fields.")
  boolean sroie;

  @Option(
      names = "--misses",
      paramLabel = "N",
      defaultValue = "0",
      description = "Also print the first N wrong or missing fields.")
  int misses;

  @Option(
      names = "--truth-suffix",
      paramLabel = "SUFFIX",
      defaultValue = ".truth.json",
      description =
          "How truth files end (default .truth.json; .json for invoice2data's compare folder).")
  String truthSuffix;

  @Option(
      names = "--slice",
      paramLabel = "LABEL",
      description = "Only documents with this slice label, e.g. design=d03-letterhead.")
  String slice;

  @Override
  public Integer call() throws IOException {
    CommandLine cli = spec.commandLine();
    if (!Files.isDirectory(dir)) {
      throw new CommandLine.ParameterException(cli, "not a directory: " + dir);
    }
    OcrMode mode =
        switch (ocr) {
          case "auto" -> OcrMode.AUTO;
          case "force" -> OcrMode.FORCE;
          case "off" -> OcrMode.OFF;
          default -> throw new CommandLine.ParameterException(cli, "--ocr: auto, force or off");
        };
    ProcessorBuilder builder = DocumentProcessor.builder().ocrMode(mode);
    if (ocrEngine != null) {
      builder.ocrEngine(ocrEngine);
    }
    if ("none".equals(layout)) {
      builder.noLayout();
    } else if (layout != null) {
      builder.layoutEngine(layout);
    }
    if (tesseractLanguages != null) {
      builder
          .ocrProviders(
              List.of(
                  new TesseractEngineProvider(
                      TesseractOptions.defaults().withLanguages(tesseractLanguages))))
          .ocrEngine(TesseractEngine.ID);
    }
    int n = threads != null ? threads : Runtime.getRuntime().availableProcessors();
    List<FieldEvaluation.Item> items =
        sroie ? SroieTruth.items(dir) : FieldEvaluation.items(dir, truthSuffix);
    if (items.isEmpty()) {
      throw new CommandLine.ParameterException(
          cli, "no NAME" + truthSuffix + " with a document in " + dir);
    }
    PrintWriter out = cli.getOut();
    try (DocumentProcessor processor = builder.build()) {
      FieldReport report = FieldEvaluation.evaluate(processor, items, Math.max(1, n));
      if (slice != null) {
        report = report.slice(slice);
      }
      out.print(report.toMarkdown());
      if (misses > 0) {
        out.println();
        report.misses().stream().limit(misses).forEach(out::println);
      }
      out.flush();
      return 0;
    } catch (RectoException e) {
      cli.getErr().println("recto: " + e.getMessage());
      return RectoCli.EXIT_USAGE;
    }
  }
}
