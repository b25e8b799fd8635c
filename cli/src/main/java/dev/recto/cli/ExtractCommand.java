package dev.recto.cli;

import dev.recto.core.error.RectoException;
import dev.recto.core.io.OutputPaths;
import dev.recto.core.isolate.IsolatedProcessor;
import dev.recto.core.isolate.IsolatedProcessorBuilder;
import dev.recto.core.json.ResultJson;
import dev.recto.core.process.Concurrency;
import dev.recto.core.process.Diagnostic;
import dev.recto.core.process.DocumentProcessing;
import dev.recto.core.process.DocumentProcessor;
import dev.recto.core.process.Limits;
import dev.recto.core.process.OcrMode;
import dev.recto.core.process.ProcessingResult;
import dev.recto.core.process.ProcessorBuilder;
import dev.recto.core.process.Severity;
import dev.recto.core.source.DocumentSource;
import dev.recto.ocr.OcrRoute;
import dev.recto.ocr.OcrRouting;
import dev.recto.templates.invoice2data.Invoice2DataTemplates;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code recto extract FILE...}: processes documents and prints or writes their results. */
@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    description = {
      "Extracts words, layout and fields from PDFs and images (PDF, PNG, JPEG, TIFF).",
      "Directories are searched for such files. Exit code 0 when every document succeeded,"
          + " 1 when some did not (one line per document on stderr), 2 for bad usage."
    })
final class ExtractCommand implements java.util.concurrent.Callable<Integer> {

  @Spec CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Documents or directories.")
  List<Path> inputs;

  @Option(
      names = "--format",
      defaultValue = "json",
      converter = FormatConverter.class,
      description =
          "json (default), text, layout-text, or invoice2data (the JSON list invoice2data prints;"
              + " needs --templates invoice2data:DIR).")
  OutputFormat format;

  @Option(
      names = "--templates",
      paramLabel = "KIND:DIR",
      description =
          "Templates to extract fields with: invoice2data:DIR loads invoice2data's YAML/JSON"
              + " templates below DIR (used with --format invoice2data; a .txt input is read as"
              + " text, as invoice2data does); recto:DIR loads Recto YAML templates below DIR,"
              + " whose fields win over the generic extractor's.")
  String templates;

  private static final String RECTO_PREFIX = "recto:";

  @Option(
      names = "--out",
      paramLabel = "DIR",
      description =
          "Write one file per input into DIR (DIR/NAME.pdf.json); inputs whose file exists are"
              + " skipped, so a batch can be resumed.")
  Path outDir;

  @Option(names = "--overwrite", description = "With --out: redo inputs whose file exists.")
  boolean overwrite;

  @Option(
      names = "--ocr",
      defaultValue = "auto",
      description = "auto (default: OCR pages without a real text layer), force or off.")
  String ocr;

  @Option(
      names = "--ocr-engine",
      paramLabel = "ID",
      description = "OCR engine id (ppocr, tesseract); default the best available.")
  String ocrEngine;

  @Option(
      names = "--layout",
      paramLabel = "ID",
      description =
          "Layout engine id (recto-layout, the model; xy-cut, the geometric fallback) or none;"
              + " default the best available.")
  String layout;

  @Option(
      names = "--lang",
      paramLabel = "CODE",
      description =
          "Document language (ISO 639-1, e.g. de, fr-CA): picks the OCR engine by Recto's"
              + " default routing. Languages with letters PP-OCR cannot read (de, fr, es, it, pt,"
              + " nl, ...) go to Tesseract with that language's model (English if it is not"
              + " installed); others to PP-OCR. --ocr-engine still wins.")
  String lang;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Documents processed at once (default: number of cores).")
  Integer threads;

  @Option(
      names = "--deadline",
      paramLabel = "SECONDS",
      defaultValue = "60",
      description = "Time allowed per document (default 60).")
  long deadlineSeconds;

  @Option(
      names = "--max-pages",
      paramLabel = "N",
      description = "Most pages per document (default 1000).")
  Integer maxPages;

  @Option(
      names = "--calibration",
      paramLabel = "FILE",
      description =
          "Calibrate confidences with this artifact (from 'recto calibrate') instead of the"
              + " default one.")
  Path calibration;

  @Option(names = "--compact", description = "JSON on one line instead of indented.")
  boolean compact;

  @Option(
      names = "--isolated",
      description =
          "Process documents in worker JVMs: a document that crashes or hangs costs a worker"
              + " (restarted), not this process. Not with --lang or invoice2data.")
  boolean isolated;

  @Option(
      names = "--workers",
      paramLabel = "N",
      description = "With --isolated: worker JVMs (default: --threads).")
  Integer workers;

  @Option(
      names = "--restart-every",
      paramLabel = "K",
      defaultValue = "1000",
      description = "With --isolated: replace a worker after K documents (default 1000).")
  int restartEvery;

  @Override
  public Integer call() throws IOException, InterruptedException {
    PrintWriter err = spec.commandLine().getErr();
    OcrMode mode;
    try {
      mode = OcrMode.valueOf(ocr.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--ocr must be auto, force or off, was '" + ocr + "'");
    }
    if (deadlineSeconds <= 0) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--deadline must be > 0");
    }
    Invoice2DataTemplates invoice2data = null;
    boolean rectoTemplates = templates != null && templates.startsWith(RECTO_PREFIX);
    if (format == OutputFormat.INVOICE2DATA || (templates != null && !rectoTemplates)) {
      invoice2data =
          Invoice2DataOutput.templates(templates, format, outDir, spec.commandLine(), err);
    }
    List<Path> files = InputFiles.expand(inputs, spec.commandLine());
    Map<Path, Path> outputs = outDir == null ? Map.of() : outputPaths(files);
    List<Path> todo = new ArrayList<>();
    for (Path f : files) {
      if (outDir != null && !overwrite && Files.exists(outputs.get(f))) {
        continue;
      }
      todo.add(f);
    }
    if (outDir != null) {
      Files.createDirectories(outDir);
      if (todo.size() < files.size()) {
        err.println(
            "recto: skipping "
                + (files.size() - todo.size())
                + " inputs already done in "
                + outDir
                + " (--overwrite redoes them)");
      }
    }

    Limits limits = Limits.defaults().withDeadline(Duration.ofSeconds(deadlineSeconds));
    if (maxPages != null) {
      limits = limits.withMaxPages(maxPages);
    }
    ProcessorBuilder builder = DocumentProcessor.builder().limits(limits).ocrMode(mode);
    if (lang != null) {
      OcrRoute route;
      try {
        route = OcrRouting.defaults().route(lang);
      } catch (IllegalArgumentException e) {
        throw new CommandLine.ParameterException(spec.commandLine(), "--lang: " + e.getMessage());
      }
      route.warning().ifPresent(w -> err.println("recto: " + w));
      builder.ocrProviders(route.providers()).ocrEngine(route.engineId());
    }
    if (ocrEngine != null) {
      builder.ocrEngine(ocrEngine);
    }
    if ("none".equals(layout)) {
      builder.noLayout();
    } else if (layout != null) {
      builder.layoutEngine(layout);
    }
    if (rectoTemplates) {
      Path dir = Path.of(templates.substring(RECTO_PREFIX.length()));
      if (!Files.isDirectory(dir)) {
        throw new CommandLine.ParameterException(
            spec.commandLine(), "--templates " + templates + ": not a directory");
      }
      try {
        CliWorkerCustomizer.templates(builder, dir);
      } catch (RectoException e) {
        err.println("recto: " + e.getMessage());
        return RectoCli.EXIT_USAGE;
      }
    }
    if (calibration != null) {
      try {
        CliWorkerCustomizer.calibration(builder, calibration);
      } catch (IOException e) {
        throw new CommandLine.ParameterException(
            spec.commandLine(), "--calibration: " + e.getMessage());
      }
    }
    int n = threads != null ? threads : Runtime.getRuntime().availableProcessors();
    if (n < 1) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--threads must be >= 1");
    }
    if (isolated) {
      return runIsolated(limits, mode, rectoTemplates, invoice2data != null, todo, outputs, n, err);
    }
    // --threads documents at once must each find a worker at once: a document waiting for a free
    // worker spends its own deadline waiting.
    Concurrency concurrency = Concurrency.defaults();
    builder.concurrency(
        concurrency.withMaxConcurrentDocuments(Math.max(n, concurrency.maxConcurrentDocuments())));
    DocumentProcessor processor;
    try {
      processor = builder.build();
    } catch (RectoException e) {
      err.println("recto: " + e.getMessage());
      return RectoCli.EXIT_USAGE;
    }
    if (invoice2data != null) {
      try (processor) {
        return Invoice2DataOutput.run(
            invoice2data, processor, mode, ocrEngine, todo, n, spec.commandLine().getOut(), err);
      }
    }
    try (processor) {
      return run(processor, todo, outputs, n, err);
    }
  }

  private int runIsolated(
      Limits limits,
      OcrMode mode,
      boolean rectoTemplates,
      boolean usesInvoice2Data,
      List<Path> todo,
      Map<Path, Path> outputs,
      int threads,
      PrintWriter err)
      throws IOException, InterruptedException {
    if (lang != null || usesInvoice2Data) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--isolated does not work with --lang or invoice2data templates");
    }
    if (restartEvery < 1) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--restart-every must be >= 1");
    }
    int pool = workers != null ? workers : threads;
    if (pool < 1) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--workers must be >= 1");
    }
    List<String> args = new ArrayList<>();
    if (rectoTemplates) {
      Path dir = Path.of(templates.substring(RECTO_PREFIX.length())).toAbsolutePath();
      args.add(CliWorkerCustomizer.TEMPLATES + dir);
    }
    if (calibration != null) {
      args.add(CliWorkerCustomizer.CALIBRATION + calibration.toAbsolutePath());
    }
    IsolatedProcessorBuilder builder =
        IsolatedProcessor.builder()
            .limits(limits)
            .ocrMode(mode)
            .workers(pool)
            .restartEvery(restartEvery)
            .customizer(CliWorkerCustomizer.class.getName(), args);
    if (ocrEngine != null) {
      builder.ocrEngine(ocrEngine);
    }
    if ("none".equals(layout)) {
      builder.noLayout();
    } else if (layout != null) {
      builder.layoutEngine(layout);
    }
    IsolatedProcessor processor;
    try {
      processor = builder.build();
    } catch (RectoException e) {
      err.println("recto: " + e.getMessage());
      return RectoCli.EXIT_USAGE;
    }
    try (processor) {
      return run(processor, todo, outputs, Math.max(threads, pool), err);
    }
  }

  private int run(
      DocumentProcessing processor,
      List<Path> files,
      Map<Path, Path> outputs,
      int threads,
      PrintWriter err)
      throws IOException, InterruptedException {
    ProgressBar progress =
        files.size() > 1 ? new ProgressBar(err, files.size(), System.console() != null) : null;
    List<ProcessingResult> forStdout = new ArrayList<>();
    int notOk = 0;
    ExecutorService pool = Executors.newFixedThreadPool(threads, daemonThreads());
    try {
      // A sliding window keeps all threads busy while results come out in input order.
      Deque<Pending> window = new ArrayDeque<>();
      int next = 0;
      while (next < files.size() || !window.isEmpty()) {
        while (next < files.size() && window.size() < threads * 2) {
          Path file = files.get(next++);
          window.add(
              new Pending(file, pool.submit(() -> processor.process(DocumentSource.of(file)))));
        }
        Pending pending = window.poll();
        ProcessingResult result = await(pending.result());
        Path file = pending.file();
        boolean ok = result.isSuccess();
        if (!ok) {
          notOk++;
          err.println(failureLine(file, result));
        }
        if (outDir != null) {
          writeAtomically(outputs.get(file), format.render(result, !compact));
        } else {
          forStdout.add(result);
        }
        if (progress != null) {
          progress.step(ok);
        }
      }
    } finally {
      pool.shutdownNow();
    }
    if (outDir == null) {
      printToStdout(forStdout);
    }
    err.flush();
    return notOk == 0 ? 0 : RectoCli.EXIT_SOME_FAILED;
  }

  private record Pending(Path file, Future<ProcessingResult> result) {}

  private void printToStdout(List<ProcessingResult> results) {
    PrintWriter out = spec.commandLine().getOut();
    if (format == OutputFormat.JSON) {
      ResultJson.write(results, out, !compact);
      out.println();
    } else {
      for (ProcessingResult r : results) {
        if (results.size() > 1) {
          out.println("==> " + r.source() + " <==");
        }
        out.print(format.render(r, !compact));
      }
    }
    out.flush();
  }

  private static ProcessingResult await(Future<ProcessingResult> future)
      throws InterruptedException {
    try {
      return future.get();
    } catch (ExecutionException e) {
      // process() returns a result for every document; anything else is a bug in Recto.
      throw new IllegalStateException("processing failed unexpectedly", e.getCause());
    }
  }

  /** One line naming the document, its status, and its first error. */
  static String failureLine(Path file, ProcessingResult result) {
    String reason =
        result.diagnostics().stream()
            .filter(d -> d.severity() == Severity.ERROR)
            .findFirst()
            .map(ExtractCommand::describe)
            .orElse("no error recorded");
    return "recto: " + result.status() + " " + file + ": " + reason;
  }

  private static String describe(Diagnostic d) {
    return d.errorCode().map(c -> c + ": ").orElse("")
        + d.message()
        + (d.pageIndex() >= 0 ? " (page " + (d.pageIndex() + 1) + ")" : "");
  }

  private Map<Path, Path> outputPaths(List<Path> files) {
    Map<Path, Path> outputs = new HashMap<>();
    Map<Path, Path> owner = new HashMap<>();
    for (Path f : files) {
      Path out;
      try {
        out = OutputPaths.child(outDir, f.getFileName().toString() + format.suffix());
      } catch (IllegalArgumentException e) {
        throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage(), e);
      }
      Path clash = owner.putIfAbsent(out, f);
      if (clash != null) {
        throw new CommandLine.ParameterException(
            spec.commandLine(),
            "two inputs would write " + out + ": " + clash + " and " + f + "; rename one");
      }
      outputs.put(f, out);
    }
    return outputs;
  }

  /** Writes through a temporary file so an interrupted batch never leaves a half-written one. */
  private static void writeAtomically(Path target, String content) throws IOException {
    Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
    Files.writeString(tmp, content, StandardCharsets.UTF_8);
    Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  private static java.util.concurrent.ThreadFactory daemonThreads() {
    return r -> {
      Thread t = new Thread(r, "recto-extract");
      t.setDaemon(true);
      return t;
    };
  }

  /** Parses {@code --format}. */
  static final class FormatConverter implements CommandLine.ITypeConverter<OutputFormat> {
    @Override
    public OutputFormat convert(String value) {
      return OutputFormat.parse(value);
    }
  }

  /** Expands directories to the documents in them. */
  static final class InputFiles {
    private InputFiles() {}

    static List<Path> expand(List<Path> inputs, CommandLine cli) throws IOException {
      List<Path> files = new ArrayList<>();
      for (Path p : inputs) {
        if (Files.isDirectory(p)) {
          try (Stream<Path> walk = Files.walk(p)) {
            walk.filter(Files::isRegularFile)
                .filter(InputFiles::isDocument)
                .sorted()
                .forEach(files::add);
          }
        } else {
          // Missing files are passed on: they get a FAILURE result like any unreadable input.
          files.add(p);
        }
      }
      if (files.isEmpty()) {
        throw new CommandLine.ParameterException(cli, "no documents found in " + inputs);
      }
      return files;
    }

    static boolean isDocument(Path p) {
      String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
      return name.endsWith(".pdf")
          || name.endsWith(".png")
          || name.endsWith(".jpg")
          || name.endsWith(".jpeg")
          || name.endsWith(".tif")
          || name.endsWith(".tiff");
    }
  }
}
