package dev.recto.cli;

import dev.recto.core.error.RectoException;
import dev.recto.core.process.DocumentProcessor;
import dev.recto.review.ReviewDatabase;
import dev.recto.review.ReviewQueue;
import dev.recto.review.feedback.FeedbackReport;
import dev.recto.review.feedback.InducedTemplate;
import dev.recto.review.feedback.ReviewFeedback;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code recto review feedback}: turns the queue's resolved documents into vendor templates and
 * recalibration data (see {@link ReviewFeedback}).
 */
@Command(
    name = "feedback",
    mixinStandardHelpOptions = true,
    description = {
      "Feeds what reviewers resolved back into Recto: writes a Recto template per fully reviewed"
          + " document's vendor into --templates (template induction from the document and its"
          + " reviewed values), and, with --calibration-out, the reviewed fields as truth files"
          + " for 'recto calibrate --reviewed DIR'.",
      "Documents are read again with the templates already in --templates, as 'recto review"
          + " --enqueue ... --templates DIR' routed them.",
      "  recto review feedback --db review-queue --templates templates/ "
          + "--calibration-out reviewed-truth/"
    })
final class ReviewFeedbackCommand implements Callable<Integer> {
  @Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--db",
      required = true,
      paramLabel = "PATH|URL",
      description = "The review queue: an H2 database file or a JDBC URL, as for 'recto review'.")
  String db;

  @Option(names = "--user", paramLabel = "USER", description = "Database user (JDBC URLs).")
  String user;

  @Option(
      names = "--password-env",
      paramLabel = "VAR",
      defaultValue = "RECTO_REVIEW_DB_PASSWORD",
      description =
          "Environment variable holding the database password (default ${DEFAULT-VALUE}).")
  String passwordEnv;

  @Option(
      names = "--templates",
      required = true,
      paramLabel = "DIR",
      description = "Template directory to write review-VENDOR.yml into (created when missing).")
  Path templates;

  @Option(
      names = "--calibration-out",
      paramLabel = "DIR",
      description = "Also write the reviewed fields as NAME.truth.json files into DIR.")
  Path calibrationOut;

  @Option(
      names = "--ocr",
      defaultValue = "auto",
      description = "auto (default), force or off, as for extract.")
  String ocr;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    ReviewDatabase database;
    try {
      String password = passwordEnv == null ? null : System.getenv(passwordEnv);
      database = ReviewDatabase.parse(db, user, password);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--db: " + e.getMessage());
    }
    try (DocumentProcessor processor =
            ReviewProcessors.build(ReviewProcessors.ocrMode(spec.commandLine(), ocr), templates);
        ReviewQueue queue = ReviewQueue.open(database)) {
      FeedbackReport r =
          new ReviewFeedback(processor)
              .apply(queue, templates, Optional.ofNullable(calibrationOut));
      for (InducedTemplate t : r.templates()) {
        err.printf(
            "%s: template %s, %d of %d known fields have a rule%n",
            t.documentId(), t.file(), t.rules().size(), t.values().size());
      }
      for (FeedbackReport.Skipped s : r.skipped()) {
        err.printf("%s: no template (%s)%n", s.documentId(), s.reason());
      }
      out.printf(
          "%d templates written to %s, %d documents skipped",
          r.templates().size(), templates, r.skipped().size());
      if (calibrationOut != null) {
        out.printf("; %d truth files written to %s", r.truthFiles().size(), calibrationOut);
      }
      out.println();
      out.flush();
      return 0;
    } catch (RectoException e) {
      err.println("recto: " + e.getMessage());
      return RectoCli.EXIT_SOME_FAILED;
    }
  }
}
