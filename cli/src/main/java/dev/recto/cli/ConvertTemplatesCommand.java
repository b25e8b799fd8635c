package dev.recto.cli;

import dev.recto.core.error.TemplateException;
import dev.recto.core.io.OutputPaths;
import dev.recto.templates.convert.Conversion;
import dev.recto.templates.convert.Invoice2DataConverter;
import dev.recto.templates.invoice2data.Invoice2DataTemplate;
import dev.recto.templates.invoice2data.Invoice2DataTemplates;
import dev.recto.templates.recto.RectoTemplateLoader;
import dev.recto.templates.recto.RectoTemplateWriter;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code recto convert-templates DIR --out OUT}: writes a Recto YAML template for every
 * invoice2data template of {@code DIR}, with what each cannot express.
 */
@Command(
    name = "convert-templates",
    mixinStandardHelpOptions = true,
    description = {
      "Converts invoice2data templates (YAML and JSON, below DIR) into Recto YAML templates, one"
          + " NAME.yml per template in OUT (use them with extract --templates recto:OUT). Prints"
          + " one line per template with the number of things Recto cannot express, and with"
          + " --verbose what they are. Existing files are kept unless --overwrite is given."
    })
final class ConvertTemplatesCommand implements java.util.concurrent.Callable<Integer> {

  @Spec CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "1", paramLabel = "DIR", description = "invoice2data template folder.")
  Path input;

  @Option(names = "--out", required = true, paramLabel = "OUT", description = "Output folder.")
  Path out;

  @Option(names = "--overwrite", description = "Replace existing files in OUT.")
  boolean overwrite;

  @Option(names = "--verbose", description = "List each template's differences.")
  boolean verbose;

  @Override
  public Integer call() throws Exception {
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (!Files.isDirectory(input)) {
      throw new CommandLine.ParameterException(spec.commandLine(), input + " is not a folder");
    }
    Invoice2DataTemplates templates;
    try {
      templates = Invoice2DataTemplates.load(input);
    } catch (TemplateException e) {
      err.println("recto: " + e.getMessage());
      return RectoCli.EXIT_USAGE;
    }
    Files.createDirectories(out);
    Path root = out.toRealPath();
    int written = 0;
    int kept = 0;
    int failed = 0;
    for (Invoice2DataTemplate t : templates.templates()) {
      Conversion c = Invoice2DataConverter.convert(t);
      String yaml = RectoTemplateWriter.write(c.template());
      Path file;
      try {
        file = OutputPaths.child(root, c.template().name() + ".yml");
        // what is written must load back
        RectoTemplateLoader.parse(file.getFileName().toString(), c.template().name(), yaml);
      } catch (IllegalArgumentException | TemplateException e) {
        err.println("recto: " + t.name() + ": not written: " + e.getMessage());
        failed++;
        continue;
      }
      if (Files.exists(file) && !overwrite) {
        err.println("recto: " + file + " exists: kept (give --overwrite to replace it)");
        kept++;
        continue;
      }
      Files.writeString(file, yaml);
      written++;
      stdout.println(c.template().name() + ".yml: " + c.differences().size() + " not expressed");
      if (verbose) {
        c.differences().forEach(d -> stdout.println("    " + d));
      }
    }
    for (TemplateException e : templates.rejected()) {
      err.println("recto: not an invoice2data template: " + e.getMessage());
    }
    err.println(
        "recto: "
            + written
            + " written, "
            + kept
            + " kept, "
            + failed
            + " not convertible, "
            + templates.rejected().size()
            + " not loadable");
    stdout.flush();
    return failed > 0 || !templates.rejected().isEmpty() ? RectoCli.EXIT_SOME_FAILED : 0;
  }
}
