package dev.recto.cli;

import dev.recto.core.error.RectoException;
import dev.recto.core.error.TemplateException;
import dev.recto.core.process.DocumentProcessor;
import dev.recto.core.process.OcrMode;
import dev.recto.templates.invoice2data.Invoice2DataJson;
import dev.recto.templates.invoice2data.Invoice2DataOutcome;
import dev.recto.templates.invoice2data.Invoice2DataRunner;
import dev.recto.templates.invoice2data.Invoice2DataTemplates;
import dev.recto.templates.invoice2data.Value;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import picocli.CommandLine;

/**
 * {@code recto extract --templates invoice2data:DIR --format invoice2data FILE...}: runs
 * invoice2data's templates on each document and prints the JSON list invoice2data prints, one
 * object per document a template extracted; documents without a result are named on stderr with the
 * reason.
 */
final class Invoice2DataOutput {

  private static final String PREFIX = "invoice2data:";

  private Invoice2DataOutput() {}

  /** Loads the templates named by {@code --templates}, or fails with a usage error. */
  static Invoice2DataTemplates templates(
      String spec, OutputFormat format, Path outDir, CommandLine cli, PrintWriter err) {
    if (format != OutputFormat.INVOICE2DATA) {
      throw new CommandLine.ParameterException(
          cli, "--templates is used with --format invoice2data");
    }
    if (spec == null || !spec.startsWith(PREFIX) || spec.length() == PREFIX.length()) {
      throw new CommandLine.ParameterException(
          cli, "--format invoice2data needs --templates invoice2data:DIR");
    }
    if (outDir != null) {
      throw new CommandLine.ParameterException(
          cli, "--format invoice2data prints one JSON list to stdout; --out is not supported");
    }
    Path dir = Path.of(spec.substring(PREFIX.length()));
    if (!Files.isDirectory(dir)) {
      throw new CommandLine.ParameterException(cli, "--templates: no folder " + dir);
    }
    Invoice2DataTemplates templates;
    try {
      templates = Invoice2DataTemplates.load(dir);
    } catch (TemplateException e) {
      throw new CommandLine.ParameterException(cli, "--templates: " + e.getMessage());
    }
    for (TemplateException e : templates.rejected()) {
      err.println("recto: template set aside: " + e.getMessage());
    }
    return templates;
  }

  /** Runs the templates on every file and prints the results; returns the exit code. */
  static int run(
      Invoice2DataTemplates templates,
      DocumentProcessor processor,
      OcrMode mode,
      String ocrEngine,
      List<Path> files,
      int threads,
      PrintWriter out,
      PrintWriter err)
      throws InterruptedException {
    DocumentProcessor ocr = null;
    if (mode != OcrMode.OFF) {
      try {
        ocr =
            DocumentProcessor.builder()
                .ocrMode(OcrMode.FORCE)
                .ocrEngine(ocrEngine != null ? ocrEngine : "tesseract")
                .build();
      } catch (RectoException e) {
        err.println("recto: no OCR last resort for invoice2data templates: " + e.getMessage());
      }
    }
    List<Value.Row> results = new ArrayList<>();
    int missed = 0;
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
    try {
      Invoice2DataRunner runner =
          new Invoice2DataRunner(templates, processor, Optional.ofNullable(ocr));
      List<Future<Invoice2DataRunner.Run>> futures = new ArrayList<>();
      for (Path f : files) {
        futures.add(pool.submit(() -> runner.run(f)));
      }
      for (Future<Invoice2DataRunner.Run> future : futures) {
        Invoice2DataRunner.Run run;
        try {
          run = future.get();
        } catch (ExecutionException e) {
          throw new IllegalStateException(
              "invoice2data templates failed unexpectedly", e.getCause());
        }
        Invoice2DataOutcome o = run.outcome();
        if (run.processingError().isPresent()) {
          missed++;
          err.println("recto: " + run.file() + ": not read: " + run.processingError().get());
        } else if (o.extracted()) {
          results.add(o.fields().get());
          if (run.usedOcr()) {
            err.println(
                "recto: "
                    + run.file()
                    + ": no template matched the text layer; read by OCR (last resort)");
          }
        } else if (o.status() == Invoice2DataOutcome.Status.NO_TEMPLATE) {
          missed++;
          err.println(
              "recto: "
                  + run.file()
                  + ": no invoice2data template matched"
                  + run.ocrError().map(e -> " (the OCR last resort failed: " + e + ")").orElse(""));
        } else {
          missed++;
          err.println("recto: " + run.file() + ": " + o.message());
        }
      }
    } finally {
      pool.shutdownNow();
      if (ocr != null) {
        ocr.close();
      }
    }
    out.println(Invoice2DataJson.write(results));
    out.flush();
    err.flush();
    return missed == 0 ? 0 : RectoCli.EXIT_SOME_FAILED;
  }
}
