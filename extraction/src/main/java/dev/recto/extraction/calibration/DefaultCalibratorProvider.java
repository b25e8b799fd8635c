package dev.recto.extraction.calibration;

import dev.recto.core.error.ModelLoadException;
import dev.recto.core.spi.FieldCalibrator;
import dev.recto.core.spi.FieldCalibratorProvider;
import java.io.IOException;
import java.io.InputStream;

/**
 * The calibrator that ships with the extraction module (id {@code recto-default}): the artifact in
 * the jar at {@value #RESOURCE}, fitted on synthetic invoices; see {@code docs/calibration.md}.
 * Stateless; {@link #create()} reads the artifact.
 */
public final class DefaultCalibratorProvider implements FieldCalibratorProvider {

  public static final String ID = "recto-default";

  /** Where the default artifact lies on the class path. */
  public static final String RESOURCE =
      "/dev/recto/extraction/calibration/default-calibration.json";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public int priority() {
    return 100;
  }

  @Override
  public FieldCalibrator create() {
    return new ArtifactCalibrator(ID, defaultArtifact());
  }

  /**
   * The shipped artifact.
   *
   * @throws ModelLoadException when the jar lacks it or it is unreadable
   */
  public static CalibrationArtifact defaultArtifact() {
    try (InputStream in = DefaultCalibratorProvider.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new ModelLoadException("the extraction jar has no " + RESOURCE, null);
      }
      return CalibrationArtifact.read(in, RESOURCE);
    } catch (IOException e) {
      throw new ModelLoadException("cannot read " + RESOURCE + ": " + e.getMessage(), e);
    }
  }
}
