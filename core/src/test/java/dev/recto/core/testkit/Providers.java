package dev.recto.core.testkit;

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
}
