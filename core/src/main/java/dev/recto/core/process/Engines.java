package dev.recto.core.process;

import dev.recto.core.spi.FieldCalibrator;
import dev.recto.core.spi.FieldCalibratorProvider;
import dev.recto.core.spi.FieldExtractor;
import dev.recto.core.spi.FieldExtractorProvider;
import dev.recto.core.spi.LayoutEngine;
import dev.recto.core.spi.OcrEngine;
import dev.recto.core.spi.OcrEngineProvider;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The engines one processor created and owns. Immutable after creation; the engines themselves are
 * thread-safe.
 */
final class Engines implements AutoCloseable {
  private final LazyOcrEngine ocr;
  private final LayoutEngine layout;
  private final List<FieldExtractor> extractors;
  private final FieldCalibrator calibrator;

  private Engines(
      LazyOcrEngine ocr,
      LayoutEngine layout,
      List<FieldExtractor> extractors,
      FieldCalibrator calibrator) {
    this.ocr = ocr;
    this.layout = layout;
    this.extractors = List.copyOf(extractors);
    this.calibrator = calibrator;
  }

  static Engines create(ProcessorConfig config) {
    OcrEngineProvider ocrProvider = null;
    String reason = "OCR is off";
    if (config.ocrMode() != OcrMode.OFF) {
      if (config.ocrEngineId().isPresent()) {
        // Asked for by name: an unknown id is the caller's error, raised now.
        ocrProvider = config.ocrEngines().require(config.ocrEngineId().get());
      } else {
        Optional<OcrEngineProvider> best = config.ocrEngines().best();
        ocrProvider = best.orElse(null);
        reason = "none on the class path; " + config.ocrEngines().installHint();
      }
    }
    LazyOcrEngine ocr = new LazyOcrEngine(ocrProvider, reason);
    LayoutEngine layout = null;
    try {
      if (config.useLayout()) {
        if (config.layoutEngineId().isPresent()) {
          layout = config.layoutEngines().require(config.layoutEngineId().get()).create();
        } else {
          layout = config.layoutEngines().best().map(p -> p.create()).orElse(null);
        }
      }
      List<FieldExtractor> extractors = new ArrayList<>();
      for (FieldExtractorProvider p : config.fieldExtractors().all()) {
        extractors.add(p.create());
      }
      FieldCalibrator calibrator =
          config.fieldCalibrators().best().map(FieldCalibratorProvider::create).orElse(null);
      return new Engines(ocr, layout, extractors, calibrator);
    } catch (RuntimeException e) {
      ocr.close();
      if (layout != null) {
        layout.close();
      }
      throw e;
    }
  }

  /** The OCR engine, created on first call; empty when none is available. */
  Optional<OcrEngine> ocr() {
    return ocr.get();
  }

  /** The id of the OCR engine that would be used, without starting it. */
  Optional<String> ocrEngineId() {
    return ocr.providerId();
  }

  String ocrUnavailableReason() {
    return ocr.unavailableReason();
  }

  Optional<LayoutEngine> layout() {
    return Optional.ofNullable(layout);
  }

  List<FieldExtractor> extractors() {
    return extractors;
  }

  /** The calibrator applied after the extractors' merge; empty when none is available. */
  Optional<FieldCalibrator> calibrator() {
    return Optional.ofNullable(calibrator);
  }

  @Override
  public void close() {
    RuntimeException first = null;
    for (AutoCloseable c : new AutoCloseable[] {ocr, layout}) {
      if (c == null) {
        continue;
      }
      try {
        c.close();
      } catch (Exception e) {
        if (first == null) {
          first = new IllegalStateException("closing an engine failed", e);
        } else {
          first.addSuppressed(e);
        }
      }
    }
    if (first != null) {
      throw first;
    }
  }
}
