package dev.recto.cli;

import dev.recto.core.model.Document;
import dev.recto.core.process.DocumentProcessor;
import dev.recto.core.process.OcrMode;
import dev.recto.core.source.DocumentSource;
import dev.recto.extraction.eval.FieldTruth;
import dev.recto.extraction.eval.FieldTruthReader;
import dev.recto.templates.recto.RectoTemplate;
import dev.recto.templates.recto.RectoTemplateWriter;
import dev.recto.templates.recto.TemplateInducer;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code recto induce --truth TRUTH FILE}: writes a Recto template from one reviewed document. */
@Command(
    name = "induce",
    mixinStandardHelpOptions = true,
    description = {
      "Writes a Recto YAML template (on stdout) from one reviewed document: the document and its"
          + " correct field values (a truth file: {\"fields\": {\"InvoiceTotal\": \"4.11\", ...}}"
          + " or a synthetic NAME.truth.json). Use it with extract --templates recto:DIR."
    })
final class InduceCommand implements java.util.concurrent.Callable<Integer> {

  @Spec CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "1", paramLabel = "FILE", description = "The reviewed document.")
  Path input;

  @Option(names = "--truth", required = true, paramLabel = "JSON", description = "Its values.")
  Path truth;

  @Option(names = "--name", paramLabel = "NAME", description = "Template name (default: FILE).")
  String name;

  @Option(names = "--issuer", paramLabel = "TEXT", description = "Vendor name (default: NAME).")
  String issuer;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    FieldTruth values = FieldTruthReader.read(truth);
    String stem = input.getFileName().toString().replaceFirst("\\.[^.]*$", "");
    String n = name != null ? name : stem;
    try (DocumentProcessor processor =
        DocumentProcessor.builder()
            .ocrMode(OcrMode.AUTO)
            .noLayout()
            .extractorProviders(List.of())
            .build()) {
      Document doc = processor.process(DocumentSource.of(input)).documentIfPresent().orElseThrow();
      RectoTemplate t =
          TemplateInducer.induce(n, issuer != null ? issuer : n, doc, values.fields());
      out.print(RectoTemplateWriter.write(t));
      out.flush();
      spec.commandLine()
          .getErr()
          .println(
              "recto: "
                  + t.fields().size()
                  + " of "
                  + values.fields().size()
                  + " fields have a rule");
    }
    return 0;
  }
}
