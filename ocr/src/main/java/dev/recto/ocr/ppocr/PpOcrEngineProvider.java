package dev.recto.ocr.ppocr;

import dev.recto.core.spi.OcrEngine;
import dev.recto.core.spi.OcrEngineProvider;

/**
 * Provides {@link PpOcrEngine} with {@link PpOcrOptions#defaults()} under id {@value
 * PpOcrEngine#ID}, priority {@value #PRIORITY}. Stateless and thread-safe.
 */
public final class PpOcrEngineProvider implements OcrEngineProvider {

  /** PP-OCR is Recto's preferred OCR engine. */
  public static final int PRIORITY = 100;

  @Override
  public String id() {
    return PpOcrEngine.ID;
  }

  @Override
  public int priority() {
    return PRIORITY;
  }

  @Override
  public OcrEngine create() {
    return PpOcrEngine.create(PpOcrOptions.defaults());
  }
}
