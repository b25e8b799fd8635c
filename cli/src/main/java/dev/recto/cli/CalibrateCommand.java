package dev.recto.cli;

import dev.recto.core.error.RectoException;
import dev.recto.extraction.calibration.CalibrationArtifact;
import dev.recto.extraction.calibration.CalibrationData;
import dev.recto.extraction.calibration.CalibrationFitter;
import dev.recto.extraction.calibration.CalibrationMethod;
import dev.recto.extraction.calibration.LabeledField;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code recto calibrate --docs DIR --out calibration.json}: fits a calibration artifact. */
@Command(
    name = "calibrate",
    mixinStandardHelpOptions = true,
    description = {
      "Fits confidence calibration on labeled documents and writes it as a JSON artifact.",
      "Truth files as for 'recto eval fields'. Use the artifact with 'recto extract"
          + " --calibration FILE' or 'recto eval calibration --calibration FILE'.",
      "  recto calibrate --docs invoices/ --out calibration.json",
      "  recto calibrate --docs synth/ --reviewed reviewed-truth/ --out calibration.json"
    })
final class CalibrateCommand implements Callable<Integer> {
  @Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--docs",
      paramLabel = "DIR",
      description = "Documents; repeat to fit on several folders (then without --truth).")
  List<Path> docs = new ArrayList<>();

  @Option(
      names = "--reviewed",
      paramLabel = "DIR",
      description =
          "Truth files exported from the review queue (recto review --export, or review feedback"
              + " --calibration-out); each names its document. Accepted proposals count as right,"
              + " corrected ones as wrong. Repeatable; combines with --docs.")
  List<Path> reviewed = new ArrayList<>();

  @Option(names = "--out", required = true, paramLabel = "FILE", description = "Artifact to write.")
  Path out;

  @Option(
      names = "--method",
      defaultValue = "logistic+isotonic",
      description = "logistic+isotonic (default), isotonic or platt.")
  String method;

  @Option(
      names = "--fitted-on",
      paramLabel = "TEXT",
      description = "What the documents are, written into the artifact (default: the folder).")
  String fittedOn;

  @Mixin CalibrationInputs inputs;

  @Override
  public Integer call() throws IOException {
    CommandLine cli = spec.commandLine();
    CalibrationMethod m;
    try {
      m = CalibrationMethod.fromId(method);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(cli, e.getMessage());
    }
    try {
      if (docs.size() > 1 && inputs.truth != null) {
        throw new CommandLine.ParameterException(cli, "--truth goes with a single --docs");
      }
      if (docs.isEmpty() && reviewed.isEmpty()) {
        throw new CommandLine.ParameterException(cli, "give --docs DIR or --reviewed DIR");
      }
      List<LabeledField> fields = new ArrayList<>();
      int documents = 0;
      for (Path d : docs) {
        CalibrationData part = inputs.collect(cli, d);
        fields.addAll(part.fields());
        documents += part.documents();
      }
      for (Path d : reviewed) {
        CalibrationData part = inputs.collectReviewed(cli, d);
        fields.addAll(part.fields());
        documents += part.documents();
      }
      CalibrationData data = new CalibrationData(documents, fields);
      if (data.fields().isEmpty()) {
        cli.getErr().println("recto: no extracted field has truth to compare with");
        return RectoCli.EXIT_USAGE;
      }
      String what =
          fittedOn != null
              ? fittedOn
              : java.util.stream.Stream.concat(docs.stream(), reviewed.stream())
                      .map(d -> d.toAbsolutePath().normalize().toString())
                      .toList()
                  + " (designs: "
                  + inputs.designs
                  + ")";
      CalibrationArtifact a = CalibrationFitter.fit(data.fields(), m, what, data.documents());
      a.write(out);
      PrintWriter w = cli.getOut();
      w.printf(
          Locale.ROOT,
          "fitted %s on %d fields of %d documents (%.1f%% right); groups: %s%nwrote %s%n",
          m.id(),
          a.fields(),
          a.documents(),
          100.0 * a.correct() / a.fields(),
          String.join(", ", a.groups().keySet()),
          out);
      w.flush();
      return 0;
    } catch (RectoException e) {
      cli.getErr().println("recto: " + e.getMessage());
      return RectoCli.EXIT_USAGE;
    }
  }
}
