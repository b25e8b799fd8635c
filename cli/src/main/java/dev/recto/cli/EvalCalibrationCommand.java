package dev.recto.cli;

import dev.recto.core.error.RectoException;
import dev.recto.core.field.FieldKey;
import dev.recto.extraction.calibration.CalibrationArtifact;
import dev.recto.extraction.calibration.CalibrationData;
import dev.recto.extraction.calibration.CalibrationMetrics;
import dev.recto.extraction.calibration.DefaultCalibratorProvider;
import dev.recto.extraction.calibration.LabeledField;
import dev.recto.extraction.calibration.ReliabilityDiagram;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code recto eval calibration DIR}: ECE, Brier, coverage at target precision, diagram. */
@Command(
    name = "calibration",
    mixinStandardHelpOptions = true,
    description = {
      "How well Recto's field confidences are calibrated on documents with truth files: ECE over"
          + " 15 equal-mass bins, Brier score, and coverage at a target precision (the share of"
          + " extracted fields auto-accepted by one confidence threshold while the accepted ones"
          + " are at least that precise), overall and per field.",
      "With --out, writes report.md, reliability.png and reliability.svg there."
    })
final class EvalCalibrationCommand implements Callable<Integer> {
  @Spec CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "DIR", description = "Documents with truth files.")
  Path dir;

  @Option(
      names = "--calibration",
      paramLabel = "FILE",
      description = "Artifact to measure (default: the one shipped in the extraction jar).")
  Path calibration;

  @Option(
      names = "--target-precision",
      paramLabel = "P",
      defaultValue = "0.99",
      description = "Precision the auto-accepted fields must reach (default 0.99).")
  double target;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      description = "Write report.md and the reliability diagram (PNG, SVG) here.")
  Path out;

  @Option(
      names = "--title",
      paramLabel = "TEXT",
      defaultValue = "Recto field confidence",
      description = "Title of the reliability diagram.")
  String title;

  @Mixin CalibrationInputs inputs;

  @Override
  public Integer call() throws IOException {
    CommandLine cli = spec.commandLine();
    try {
      CalibrationArtifact artifact =
          calibration != null
              ? CalibrationArtifact.read(calibration)
              : DefaultCalibratorProvider.defaultArtifact();
      CalibrationData data = inputs.collect(cli, dir);
      List<LabeledField> fields = data.fields();
      double[] p = new double[fields.size()];
      double[] raw = new double[fields.size()];
      boolean[] y = new boolean[fields.size()];
      for (int i = 0; i < p.length; i++) {
        LabeledField f = fields.get(i);
        p[i] = artifact.probability(f.key(), f.features());
        raw[i] = f.features().rawScore();
        y[i] = f.correct();
      }
      StringBuilder md = new StringBuilder();
      md.append(
          String.format(
              Locale.ROOT,
              "Calibration on %s: %d documents, %d extracted fields with truth; artifact: %s"
                  + " (%s, fitted on %s, %s)%n%n",
              dir,
              data.documents(),
              fields.size(),
              calibration != null ? calibration : DefaultCalibratorProvider.ID,
              artifact.method().id(),
              artifact.fittedOn(),
              artifact.createdAt()));
      md.append(
          String.format(
              Locale.ROOT,
              "| confidence | fields | right | ECE (15 bins) | Brier | coverage at %.0f%% |"
                  + " threshold | precision accepted |%n",
              100 * target));
      md.append("|---|---:|---:|---:|---:|---:|---:|---:|\n");
      row(md, "calibrated", p, y);
      row(md, "raw score", raw, y);
      md.append("\nPer field (calibrated):\n\n");
      md.append(
          "| field | fields | right | mean confidence | ECE | Brier | coverage | threshold |\n");
      md.append("|---|---:|---:|---:|---:|---:|---:|---:|\n");
      for (FieldKey key : FieldKey.values()) {
        Predicate<LabeledField> in = f -> f.key() == key;
        List<Integer> idx = new ArrayList<>();
        for (int i = 0; i < fields.size(); i++) {
          if (in.test(fields.get(i))) {
            idx.add(i);
          }
        }
        if (idx.isEmpty()) {
          continue;
        }
        double[] pk = new double[idx.size()];
        boolean[] yk = new boolean[idx.size()];
        double mean = 0;
        int right = 0;
        for (int j = 0; j < pk.length; j++) {
          pk[j] = p[idx.get(j)];
          yk[j] = y[idx.get(j)];
          mean += pk[j];
          right += yk[j] ? 1 : 0;
        }
        CalibrationMetrics.Coverage c = CalibrationMetrics.coverage(pk, yk, target);
        md.append(
            String.format(
                Locale.ROOT,
                "| %s | %d | %d | %.3f | %.4f | %.4f | %.1f%% | %s |%n",
                key.jsonName(),
                pk.length,
                right,
                mean / pk.length,
                CalibrationMetrics.ece(pk, yk, CalibrationMetrics.BINS),
                CalibrationMetrics.brier(pk, yk),
                100 * c.coverage(),
                threshold(c)));
      }
      PrintWriter w = cli.getOut();
      w.print(md);
      if (out != null) {
        Files.createDirectories(out);
        Files.writeString(out.resolve("report.md"), md, StandardCharsets.UTF_8);
        ReliabilityDiagram.write(
            CalibrationMetrics.bins(p, y, CalibrationMetrics.BINS),
            title,
            out.resolve("reliability"));
        w.println();
        w.println("wrote " + out.resolve("report.md") + ", reliability.png, reliability.svg");
      }
      w.flush();
      return 0;
    } catch (RectoException e) {
      cli.getErr().println("recto: " + e.getMessage());
      return RectoCli.EXIT_USAGE;
    }
  }

  private void row(StringBuilder md, String name, double[] p, boolean[] y) {
    int right = 0;
    for (boolean b : y) {
      right += b ? 1 : 0;
    }
    CalibrationMetrics.Coverage c = CalibrationMetrics.coverage(p, y, target);
    md.append(
        String.format(
            Locale.ROOT,
            "| %s | %d | %d | %.4f | %.4f | %.1f%% | %s | %.4f |%n",
            name,
            p.length,
            right,
            CalibrationMetrics.ece(p, y, CalibrationMetrics.BINS),
            CalibrationMetrics.brier(p, y),
            100 * c.coverage(),
            threshold(c),
            c.precision()));
  }

  private static String threshold(CalibrationMetrics.Coverage c) {
    return c.accepted() == 0 ? "none" : String.format(Locale.ROOT, "%.4f", c.threshold());
  }
}
