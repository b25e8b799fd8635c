package dev.recto.cli;

import dev.recto.core.process.DocumentProcessor;
import dev.recto.core.process.OcrMode;
import dev.recto.core.process.ProcessorBuilder;
import dev.recto.extraction.calibration.CalibrationData;
import dev.recto.extraction.calibration.HeldOutDesigns;
import dev.recto.extraction.eval.FieldEvaluation;
import dev.recto.extraction.eval.FieldTruth;
import dev.recto.review.TruthExport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** Options shared by {@code calibrate} and {@code eval calibration}: documents, truth, split. */
final class CalibrationInputs {

  @Option(
      names = "--truth",
      paramLabel = "DIR",
      description = "Folder of the truth files (default: the documents' folder).")
  Path truth;

  @Option(
      names = "--truth-suffix",
      paramLabel = "SUFFIX",
      defaultValue = ".truth.json",
      description =
          "How truth files end (default .truth.json; .json for invoice2data's compare folder).")
  String truthSuffix;

  @Option(
      names = "--designs",
      paramLabel = "SPLIT",
      defaultValue = "all",
      description =
          "all (default); fit: synthetic documents of designs not held out; held-out: those of"
              + " d12, d16, d20, d24, d28, d32, d36, d40.")
  String designs;

  @Option(
      names = "--ocr",
      defaultValue = "auto",
      description = "auto (default), force or off, as for extract.")
  String ocr;

  @Option(names = "--ocr-engine", paramLabel = "ID", description = "OCR engine id.")
  String ocrEngine;

  @Option(
      names = "--templates",
      paramLabel = "DIR",
      description =
          "Recto templates to extract with before the generic extractor (as extract --templates"
              + " recto:DIR), so that template fields and their agreement with the generic"
              + " extractor are fitted and measured.")
  Path templates;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Documents at once (default: cores).")
  Integer threads;

  /** Processes the documents with extractors but no calibrator; labeled fields with features. */
  CalibrationData collect(CommandLine cli, Path docs) throws IOException {
    if (!Files.isDirectory(docs)) {
      throw new CommandLine.ParameterException(cli, "not a directory: " + docs);
    }
    Path truthDir = truth != null ? truth : docs;
    List<FieldEvaluation.Item> items = FieldEvaluation.items(docs, truthDir, truthSuffix);
    if (items.isEmpty()) {
      throw new CommandLine.ParameterException(
          cli, "no NAME" + truthSuffix + " in " + truthDir + " with a document in " + docs);
    }
    return collect(cli, items, keep(cli));
  }

  /**
   * Labeled fields of the reviewed documents whose truth files {@code recto review --export} or
   * {@code recto review feedback --calibration-out} wrote into {@code dir}: each file names its
   * document ({@code source}); accepted proposals are right, corrected ones wrong.
   */
  CalibrationData collectReviewed(CommandLine cli, Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      throw new CommandLine.ParameterException(cli, "not a directory: " + dir);
    }
    List<FieldEvaluation.Item> items = TruthExport.items(dir);
    if (items.isEmpty()) {
      throw new CommandLine.ParameterException(
          cli, "no NAME.truth.json in " + dir + " whose source document exists");
    }
    return collect(cli, items, t -> true);
  }

  private Predicate<FieldTruth> keep(CommandLine cli) {
    return switch (designs) {
      case "all" -> t -> true;
      case "fit" -> t -> HeldOutDesigns.design(t).isPresent() && !HeldOutDesigns.isHeldOut(t);
      case "held-out" -> HeldOutDesigns::isHeldOut;
      default -> throw new CommandLine.ParameterException(cli, "--designs: all, fit or held-out");
    };
  }

  private CalibrationData collect(
      CommandLine cli, List<FieldEvaluation.Item> items, Predicate<FieldTruth> keep)
      throws IOException {
    OcrMode mode =
        switch (ocr) {
          case "auto" -> OcrMode.AUTO;
          case "force" -> OcrMode.FORCE;
          case "off" -> OcrMode.OFF;
          default -> throw new CommandLine.ParameterException(cli, "--ocr: auto, force or off");
        };
    ProcessorBuilder builder =
        DocumentProcessor.builder().ocrMode(mode).calibratorProviders(List.of());
    if (ocrEngine != null) {
      builder.ocrEngine(ocrEngine);
    }
    if (templates != null) {
      if (!Files.isDirectory(templates)) {
        throw new CommandLine.ParameterException(
            cli, "--templates " + templates + ": not a directory");
      }
      CliWorkerCustomizer.templates(builder, templates);
    }
    int n = threads != null ? threads : Runtime.getRuntime().availableProcessors();
    try (DocumentProcessor processor = builder.build()) {
      return CalibrationData.collect(processor, items, keep, n);
    }
  }
}
