package dev.recto.extraction.calibration;

import dev.recto.core.field.ExtractedField;
import dev.recto.core.field.FieldKey;
import dev.recto.core.field.InvoiceFields;
import dev.recto.core.model.Document;
import dev.recto.core.spi.FieldCalibrator;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * Sets each document-level field's confidence to the probability a {@link CalibrationArtifact}
 * gives for its {@link FieldFeatures}. Line items keep their extractor's confidence.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * FieldCalibrator c = new ArtifactCalibrator(CalibrationArtifact.read(Path.of("calibration.json")));
 * DocumentProcessor p = DocumentProcessor.builder()
 *     .calibratorProviders(List.of(ArtifactCalibrator.provider("mine", c)))
 *     .build();
 * }</pre>
 */
public final class ArtifactCalibrator implements FieldCalibrator {

  private final String id;
  private final CalibrationArtifact artifact;

  public ArtifactCalibrator(String id, CalibrationArtifact artifact) {
    this.id = Objects.requireNonNull(id, "id");
    this.artifact = Objects.requireNonNull(artifact, "artifact");
  }

  @Override
  public String id() {
    return id;
  }

  public CalibrationArtifact artifact() {
    return artifact;
  }

  @Override
  public InvoiceFields calibrate(Document document, InvoiceFields fields) {
    if (fields.fields().isEmpty()) {
      return fields;
    }
    DocumentEvidence evidence = DocumentEvidence.of(document, fields);
    Map<FieldKey, ExtractedField> out = new EnumMap<>(FieldKey.class);
    for (Map.Entry<FieldKey, ExtractedField> e : fields.fields().entrySet()) {
      ExtractedField f = e.getValue();
      double p = artifact.probability(e.getKey(), FieldFeatures.of(evidence, e.getKey()));
      out.put(
          e.getKey(),
          new ExtractedField(
              f.value(),
              f.currency(),
              f.rawText(),
              f.rawScore(),
              p,
              f.provenance(),
              f.extractorId()));
    }
    return fields.withCore(out, fields.lineItems());
  }

  /** A provider with this id and priority that hands out {@code calibrator}. */
  public static dev.recto.core.spi.FieldCalibratorProvider provider(
      String id, int priority, FieldCalibrator calibrator) {
    return new dev.recto.core.spi.FieldCalibratorProvider() {
      @Override
      public String id() {
        return id;
      }

      @Override
      public int priority() {
        return priority;
      }

      @Override
      public FieldCalibrator create() {
        return calibrator;
      }
    };
  }
}
