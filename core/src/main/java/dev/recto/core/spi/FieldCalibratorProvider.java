package dev.recto.core.spi;

/**
 * Creates {@link FieldCalibrator}s; see {@link EngineProvider}. The processor uses the provider
 * with the highest priority, or none when the class path has none (confidences stay as the
 * extractors set them).
 */
public interface FieldCalibratorProvider extends EngineProvider {

  FieldCalibrator create();
}
