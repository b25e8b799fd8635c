/**
 * Calibrated confidences: per-field features ({@link
 * dev.recto.extraction.calibration.FieldFeatures}), calibrators fitted on labeled documents
 * (logistic regression over the features, then isotonic regression by pool-adjacent-violators), a
 * versioned JSON artifact ({@link dev.recto.extraction.calibration.CalibrationArtifact}), the
 * calibrator the processor runs ({@link dev.recto.extraction.calibration.ArtifactCalibrator},
 * provider id {@code recto-default}) and the measures of calibration ({@link
 * dev.recto.extraction.calibration.CalibrationMetrics}). See {@code docs/calibration.md}.
 */
package dev.recto.extraction.calibration;
