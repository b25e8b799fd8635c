package dev.recto.core.testkit;

import dev.recto.core.spi.FieldCalibrator;
import dev.recto.core.spi.FieldCalibratorProvider;
import dev.recto.core.spi.FieldExtractor;
import dev.recto.core.spi.FieldExtractorProvider;
import dev.recto.core.spi.LayoutEngine;
import dev.recto.core.spi.LayoutEngineProvider;
import dev.recto.core.spi.OcrEngine;
import dev.recto.core.spi.OcrEngineProvider;
import java.util.function.Supplier;

/** Engine providers built from a factory, for tests that hand engines to a processor. */
public final class Providers {
  private Providers() {}

  /** An OCR provider whose {@code create()} calls {@code factory}. */
  public static OcrEngineProvider ocr(String id, int priority, Supplier<OcrEngine> factory) {
    return new OcrEngineProvider() {
      @Override
      public String id() {
        return id;
      }

      @Override
      public int priority() {
        return priority;
      }

      @Override
      public OcrEngine create() {
        return factory.get();
      }
    };
  }

  /** A layout provider whose {@code create()} calls {@code factory}. */
  public static LayoutEngineProvider layout(
      String id, int priority, Supplier<LayoutEngine> factory) {
    return new LayoutEngineProvider() {
      @Override
      public String id() {
        return id;
      }

      @Override
      public int priority() {
        return priority;
      }

      @Override
      public LayoutEngine create() {
        return factory.get();
      }
    };
  }

  /** A field-extractor provider whose {@code create()} returns {@code extractor}. */
  public static FieldExtractorProvider extractor(
      String id, int priority, FieldExtractor extractor) {
    return new FieldExtractorProvider() {
      @Override
      public String id() {
        return id;
      }

      @Override
      public int priority() {
        return priority;
      }

      @Override
      public FieldExtractor create() {
        return extractor;
      }
    };
  }

  /** A calibrator provider whose {@code create()} returns {@code calibrator}. */
  public static FieldCalibratorProvider calibrator(
      String id, int priority, FieldCalibrator calibrator) {
    return new FieldCalibratorProvider() {
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
