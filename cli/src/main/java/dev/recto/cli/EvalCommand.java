package dev.recto.cli;

import dev.recto.core.eval.LayoutTextEvaluation;
import dev.recto.core.eval.TextLayerEvaluation;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
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
    subcommands = {EvalCommand.TextLayer.class, EvalCommand.LayoutText.class})
final class EvalCommand implements Runnable {
  @Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(), "an evaluation is required: text-layer or layout-text");
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
}
