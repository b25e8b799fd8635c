package dev.recto.core.process;

import dev.recto.core.error.EngineUnavailableException;
import dev.recto.core.spi.FieldExtractor;
import dev.recto.core.spi.FieldExtractorProvider;
import dev.recto.core.spi.LayoutEngine;
import dev.recto.core.spi.OcrEngine;
import dev.recto.core.spi.OcrEngineProvider;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The engines one processor created and owns. Immutable after creation; the engines themselves are
 * thread-safe.
 */
final class Engines implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Engines.class);

  private final OcrEngine ocr;
  private final String ocrUnavailableReason;
  private final LayoutEngine layout;
  private final List<FieldExtractor> extractors;

  private Engines(
      OcrEngine ocr,
      String ocrUnavailableReason,
      LayoutEngine layout,
      List<FieldExtractor> extractors) {
    this.ocr = ocr;
    this.ocrUnavailableReason = ocrUnavailableReason;
    this.layout = layout;
    this.extractors = List.copyOf(extractors);
  }

  static Engines create(ProcessorConfig config) {
    OcrEngine ocr = null;
    String reason = "";
    if (config.ocrMode() != OcrMode.OFF) {
      if (config.ocrEngineId().isPresent()) {
        // Asked for by name: a missing or broken engine is the caller's error, raised now.
        ocr = config.ocrEngines().require(config.ocrEngineId().get()).create();
      } else {
        Optional<OcrEngineProvider> best = config.ocrEngines().best();
        if (best.isEmpty()) {
          reason = "none on the class path; " + config.ocrEngines().installHint();
        } else {
          try {
            ocr = best.get().create();
          } catch (EngineUnavailableException e) {
            reason = e.getMessage();
            LOG.warn("OCR engine '{}' unavailable: {}", best.get().id(), e.getMessage());
          }
        }
      }
    }
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
      return new Engines(ocr, reason, layout, extractors);
    } catch (RuntimeException e) {
      if (ocr != null) {
        ocr.close();
      }
      if (layout != null) {
        layout.close();
      }
      throw e;
    }
  }

  Optional<OcrEngine> ocr() {
    return Optional.ofNullable(ocr);
  }

  String ocrUnavailableReason() {
    return ocrUnavailableReason;
  }

  Optional<LayoutEngine> layout() {
    return Optional.ofNullable(layout);
  }

  List<FieldExtractor> extractors() {
    return extractors;
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
