package dev.recto.cli;

import dev.recto.core.error.StageFailureException;
import dev.recto.core.isolate.WorkerCustomizer;
import dev.recto.core.process.ProcessorBuilder;
import dev.recto.core.process.Stage;
import dev.recto.extraction.calibration.ArtifactCalibrator;
import dev.recto.extraction.calibration.CalibrationArtifact;
import dev.recto.extraction.generic.GenericExtractorProvider;
import dev.recto.templates.recto.TemplateExtractorProvider;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The engines {@code recto extract} sets up from its options, applied in the calling JVM and, with
 * {@code --isolated}, in each worker JVM. Arguments: {@code templates=DIR} (Recto YAML templates
 * whose fields win over the generic extractor's), {@code calibration=FILE} (a calibration
 * artifact). Stateless.
 */
public final class CliWorkerCustomizer implements WorkerCustomizer {
  static final String TEMPLATES = "templates=";
  static final String CALIBRATION = "calibration=";

  @Override
  public void customize(ProcessorBuilder builder, List<String> args) {
    for (String a : args) {
      if (a.startsWith(TEMPLATES)) {
        templates(builder, Path.of(a.substring(TEMPLATES.length())));
      } else if (a.startsWith(CALIBRATION)) {
        Path file = Path.of(a.substring(CALIBRATION.length()));
        try {
          calibration(builder, file);
        } catch (IOException e) {
          throw new StageFailureException(
              Stage.EXTRACTION, -1, "cannot read calibration " + file + ": " + e, e);
        }
      } else {
        throw new IllegalArgumentException("unknown argument " + a);
      }
    }
  }

  /**
   * Recto templates from {@code dir}, then the generic extractor.
   *
   * @throws dev.recto.core.error.RectoException when a template is malformed
   */
  static void templates(ProcessorBuilder builder, Path dir) {
    builder.extractorProviders(
        List.of(TemplateExtractorProvider.fromDirectory(dir), new GenericExtractorProvider()));
  }

  /** Confidences calibrated with the artifact in {@code file}. */
  static void calibration(ProcessorBuilder builder, Path file) throws IOException {
    CalibrationArtifact artifact = CalibrationArtifact.read(file);
    builder.calibratorProviders(
        List.of(
            ArtifactCalibrator.provider(
                "file", 1, new ArtifactCalibrator(file.toString(), artifact))));
  }
}
