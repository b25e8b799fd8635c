package dev.recto.core.process;

import dev.recto.core.spi.EngineRegistry;
import dev.recto.core.spi.FieldCalibratorProvider;
import dev.recto.core.spi.FieldExtractorProvider;
import dev.recto.core.spi.LayoutEngineProvider;
import dev.recto.core.spi.OcrEngineProvider;
import java.util.Objects;
import java.util.Optional;

/**
 * What a {@link DocumentProcessor} is built from. Immutable and thread-safe.
 *
 * @param limits resource limits per document
 * @param ocrMode when to OCR
 * @param ocrEngineId the OCR engine to use, or empty for the highest-priority one available
 * @param layoutEngineId the layout engine to use, or empty for the highest-priority one available
 * @param useLayout whether to run a layout engine at all
 * @param ocrEngines OCR providers to choose from
 * @param layoutEngines layout providers to choose from
 * @param fieldExtractors field extractors, all of which run (highest priority wins a field)
 * @param fieldCalibrators calibrators; the highest-priority one runs after the extractors' merge
 * @param concurrency documents at once and the stuck-worker cap
 */
record ProcessorConfig(
    Limits limits,
    OcrMode ocrMode,
    Optional<String> ocrEngineId,
    Optional<String> layoutEngineId,
    boolean useLayout,
    EngineRegistry<OcrEngineProvider> ocrEngines,
    EngineRegistry<LayoutEngineProvider> layoutEngines,
    EngineRegistry<FieldExtractorProvider> fieldExtractors,
    EngineRegistry<FieldCalibratorProvider> fieldCalibrators,
    Concurrency concurrency) {

  ProcessorConfig {
    Objects.requireNonNull(limits, "limits");
    Objects.requireNonNull(ocrMode, "ocrMode");
    Objects.requireNonNull(ocrEngineId, "ocrEngineId");
    Objects.requireNonNull(layoutEngineId, "layoutEngineId");
    Objects.requireNonNull(ocrEngines, "ocrEngines");
    Objects.requireNonNull(layoutEngines, "layoutEngines");
    Objects.requireNonNull(fieldExtractors, "fieldExtractors");
    Objects.requireNonNull(fieldCalibrators, "fieldCalibrators");
    Objects.requireNonNull(concurrency, "concurrency");
  }
}
