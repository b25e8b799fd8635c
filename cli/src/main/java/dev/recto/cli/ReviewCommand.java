package dev.recto.cli;

import dev.recto.core.error.RectoException;
import dev.recto.core.field.FieldKey;
import dev.recto.core.process.DocumentProcessor;
import dev.recto.core.process.OcrMode;
import dev.recto.core.process.ProcessingResult;
import dev.recto.core.source.DocumentSource;
import dev.recto.review.FieldThresholds;
import dev.recto.review.ReviewDatabase;
import dev.recto.review.ReviewQueue;
import dev.recto.review.ReviewTask;
import dev.recto.review.Router;
import dev.recto.review.RoutingDecision;
import dev.recto.review.TruthExport;
import dev.recto.review.web.RenderedPageImages;
import dev.recto.review.web.ReviewServer;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code recto review}: the review queue and its web page. */
@Command(
    name = "review",
    mixinStandardHelpOptions = true,
    subcommands = ReviewFeedbackCommand.class,
    description = {
      "The review queue: routes extracted fields (a field below its confidence threshold becomes"
          + " a review task), serves the review page on localhost, and exports the reviewed"
          + " fields as truth files (NAME.truth.json) for eval and calibration.",
      "  recto review --db review-queue --enqueue invoices/ --no-serve",
      "  recto review --db review-queue --port 8080",
      "  recto review --db jdbc:postgresql://localhost/recto --user recto --export truth/",
      "  recto review feedback --db review-queue --templates templates/",
      "  recto review --db review-queue --enqueue more-invoices/ --templates templates/ --no-serve"
    })
final class ReviewCommand implements Callable<Integer> {
  @Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--db",
      paramLabel = "PATH|URL",
      description =
          "An H2 database file (created when missing, e.g. review-queue) or a JDBC URL"
              + " (jdbc:postgresql://host/db).")
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
      names = "--enqueue",
      paramLabel = "FILE|DIR",
      arity = "1..*",
      description =
          "Extract these documents (PDFs, images, or folders of them), route their fields and"
              + " enqueue the uncertain ones. The document id is the file name without extension.")
  List<Path> enqueue = new ArrayList<>();

  @Option(
      names = "--templates",
      paramLabel = "DIR",
      description =
          "With --enqueue: extract with the Recto templates in DIR ahead of the generic extractor"
              + " (e.g. those 'recto review feedback' wrote).")
  Path templates;

  @Option(
      names = "--threshold",
      paramLabel = "P",
      defaultValue = "0.95",
      description =
          "With --enqueue: the confidence a field needs to be accepted without review (default"
              + " ${DEFAULT-VALUE}; with calibrated confidences, the target precision).")
  double threshold;

  @Option(
      names = "--target-precision",
      paramLabel = "P",
      description =
          "With --enqueue: derive each field's threshold from the queue's resolved tasks so that"
              + " accepted fields are right at least P of the time (fields with fewer than 30"
              + " resolved tasks get P). Replaces --threshold.")
  Double targetPrecision;

  @Option(
      names = "--field-threshold",
      paramLabel = "FIELD=P",
      description = "A threshold for one field, e.g. InvoiceTotal=0.99 (repeatable).")
  Map<String, Double> fieldThresholds = new LinkedHashMap<>();

  @Option(
      names = "--require",
      paramLabel = "FIELD",
      description = "A field every document must have: missing ones become tasks (repeatable).")
  List<String> required = new ArrayList<>();

  @Option(
      names = "--export",
      paramLabel = "DIR",
      description = "Write the reviewed fields as NAME.truth.json files into DIR, then exit.")
  Path export;

  @Option(names = "--no-serve", description = "Do not serve the page (with --enqueue).")
  boolean noServe;

  @Option(
      names = "--port",
      defaultValue = "8080",
      description = "Port on 127.0.0.1 (default ${DEFAULT-VALUE}; 0 picks a free one).")
  int port;

  @Option(
      names = "--reviewer",
      paramLabel = "NAME",
      description = "Name the page records resolutions under (default: the system user).")
  String reviewer;

  @Option(
      names = "--dpi",
      defaultValue = "110",
      description = "Resolution PDF pages are shown at (default ${DEFAULT-VALUE}).")
  int dpi;

  @Override
  public Integer call() throws IOException, InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (db == null) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "Missing required option: '--db=PATH|URL'");
    }
    if (templates != null && !Files.isDirectory(templates)) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--templates " + templates + ": not a directory");
    }
    fieldThresholds.keySet().forEach(this::field); // unknown names are usage errors, up front
    required.forEach(this::field);
    ReviewDatabase database;
    try {
      String password = passwordEnv == null ? null : System.getenv(passwordEnv);
      database = ReviewDatabase.parse(db, user, password);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--db: " + e.getMessage());
    }
    try (ReviewQueue queue = ReviewQueue.open(database)) {
      if (!enqueue.isEmpty()) {
        Router router = router(queue);
        err.println("recto: thresholds " + router.thresholds());
        enqueueAll(queue, router, out, err);
      }
      if (export != null) {
        List<Path> files = TruthExport.write(queue, export);
        out.printf("exported %d truth files to %s%n", files.size(), export);
      }
      if (noServe || export != null) {
        return 0;
      }
      String name = reviewer != null ? reviewer : System.getProperty("user.name", "reviewer");
      try (ReviewServer server =
          ReviewServer.start(queue, new RenderedPageImages(dpi), port, name)) {
        Map<ReviewTask.State, Long> counts = queue.counts();
        out.printf(
            "review page: %s  (%d open, %d resolved; Ctrl-C stops)%n",
            server.uri(), counts.get(ReviewTask.State.OPEN), counts.get(ReviewTask.State.RESOLVED));
        out.flush();
        CountDownLatch stop = new CountDownLatch(1);
        Thread hook = new Thread(stop::countDown, "recto-review-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        stop.await();
      }
      return 0;
    } catch (RectoException e) {
      err.println("recto: " + e.getMessage());
      return RectoCli.EXIT_SOME_FAILED;
    }
  }

  private Router router(ReviewQueue queue) {
    Map<FieldKey, Double> perField = new EnumMap<>(FieldKey.class);
    double fallback = threshold;
    try {
      if (targetPrecision != null) {
        FieldThresholds derived =
            FieldThresholds.forTargetPrecision(
                targetPrecision, TruthExport.labeledScores(queue), 30);
        perField.putAll(derived.perField());
        fallback = derived.defaultThreshold();
      }
      fieldThresholds.forEach((name, p) -> perField.put(field(name), p));
      Set<FieldKey> req = EnumSet.noneOf(FieldKey.class);
      required.forEach(name -> req.add(field(name)));
      return new Router(FieldThresholds.of(perField, fallback), req);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
  }

  private FieldKey field(String name) {
    return FieldKey.fromJsonName(name)
        .orElseThrow(
            () ->
                new CommandLine.ParameterException(
                    spec.commandLine(), "unknown field " + name + " (e.g. InvoiceTotal)"));
  }

  private void enqueueAll(ReviewQueue queue, Router router, PrintWriter out, PrintWriter err)
      throws IOException {
    List<Path> files = new ArrayList<>();
    for (Path p : enqueue) {
      if (Files.isDirectory(p)) {
        try (var walk = Files.list(p)) {
          walk.filter(f -> f.getFileName().toString().matches("(?i).*\\.(pdf|png|jpe?g|tiff?)"))
              .sorted()
              .forEach(files::add);
        }
      } else {
        files.add(p);
      }
    }
    int accepted = 0;
    int tasks = 0;
    try (DocumentProcessor processor = ReviewProcessors.build(OcrMode.AUTO, templates)) {
      for (Path file : files) {
        ProcessingResult result = processor.process(DocumentSource.of(file));
        String id = file.getFileName().toString().replaceFirst("\\.[^.]+$", "");
        RoutingDecision d = router.route(id, result, file.toAbsolutePath().normalize().toString());
        queue.enqueueAll(d.review());
        if (d.autoAccepted()) {
          accepted++;
        }
        tasks += d.review().size();
        err.printf(
            "%s: %s, %d fields accepted, %d to review%n",
            id, result.status(), d.accepted().size(), d.review().size());
      }
    }
    out.printf(
        "%d documents: %d auto-accepted, %d fields to review%n", files.size(), accepted, tasks);
  }
}
