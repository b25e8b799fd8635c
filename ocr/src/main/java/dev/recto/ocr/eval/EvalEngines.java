package dev.recto.ocr.eval;

import dev.recto.core.spi.OcrEngine;
import dev.recto.ocr.ppocr.PpOcrEngine;
import dev.recto.ocr.ppocr.PpOcrOptions;
import dev.recto.ocr.tesseract.TesseractEngine;
import dev.recto.ocr.tesseract.TesseractOptions;

/**
 * Opens the engines an evaluation names: {@code ppocr} (PP-OCR defaults), {@code tesseract}
 * (English) and {@code tesseract:LANGS} (Tesseract with languages such as {@code deu+eng}).
 * Stateless and thread-safe.
 */
public final class EvalEngines {

  private EvalEngines() {}

  /**
   * A new engine for the label, owned by the caller.
   *
   * @throws IllegalArgumentException for an unknown label
   * @throws dev.recto.core.error.EngineUnavailableException when the engine's native library is
   *     missing
   */
  public static OcrEngine open(String label) {
    if (label.equals(PpOcrEngine.ID)) {
      return PpOcrEngine.create(PpOcrOptions.defaults());
    }
    if (label.equals(TesseractEngine.ID)) {
      return TesseractEngine.create(TesseractOptions.defaults());
    }
    if (label.startsWith(TesseractEngine.ID + ":")) {
      String languages = label.substring(TesseractEngine.ID.length() + 1);
      return TesseractEngine.create(TesseractOptions.defaults().withLanguages(languages));
    }
    throw new IllegalArgumentException(
        "unknown engine '" + label + "'; known: ppocr, tesseract, tesseract:LANGS (e.g. deu+eng)");
  }
}
