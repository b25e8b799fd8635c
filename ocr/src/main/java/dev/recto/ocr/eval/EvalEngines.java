package dev.recto.ocr.eval;

import dev.recto.core.spi.OcrEngine;
import dev.recto.ocr.ppocr.PpOcrEngine;
import dev.recto.ocr.ppocr.PpOcrOptions;
import dev.recto.ocr.tesseract.TesseractEngine;
import dev.recto.ocr.tesseract.TesseractOptions;

/**
 * Opens the engines an evaluation names: {@code ppocr} (PP-OCR defaults), {@code ppocr:no-signs}
 * (PP-OCR without {@link PpOcrOptions#currencySigns()}, to measure what that step adds), {@code
 * ppocr:no-accents} (the same for {@link PpOcrOptions#accentMarks()}), {@code ppocr:plain} (without
 * either, nor {@link PpOcrOptions#sharpS()}), {@code ppocr:no-smoothing} (without {@link
 * PpOcrOptions#smoothSmallPrint()}), {@code tesseract} (English) and {@code tesseract:LANGS}
 * (Tesseract with languages such as {@code deu+eng}). Stateless and thread-safe.
 */
public final class EvalEngines {

  /** PP-OCR without putting back currency signs. */
  public static final String NO_SIGNS = PpOcrEngine.ID + ":no-signs";

  /** PP-OCR without putting back accents. */
  public static final String NO_ACCENTS = PpOcrEngine.ID + ":no-accents";

  /** PP-OCR without smoothing small print before recognition. */
  public static final String NO_SMOOTHING = PpOcrEngine.ID + ":no-smoothing";

  /** PP-OCR as its model reads, without currency signs, accents or ß put back. */
  public static final String PLAIN = PpOcrEngine.ID + ":plain";

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
    if (label.equals(NO_SIGNS)) {
      return PpOcrEngine.create(PpOcrOptions.defaults().withCurrencySigns(false));
    }
    if (label.equals(NO_ACCENTS)) {
      return PpOcrEngine.create(PpOcrOptions.defaults().withAccentMarks(false));
    }
    if (label.equals(NO_SMOOTHING)) {
      return PpOcrEngine.create(PpOcrOptions.defaults().withSmoothSmallPrint(false));
    }
    if (label.equals(PLAIN)) {
      return PpOcrEngine.create(
          PpOcrOptions.defaults()
              .withCurrencySigns(false)
              .withAccentMarks(false)
              .withSharpS(false));
    }
    if (label.equals(TesseractEngine.ID)) {
      return TesseractEngine.create(TesseractOptions.defaults());
    }
    if (label.startsWith(TesseractEngine.ID + ":")) {
      String languages = label.substring(TesseractEngine.ID.length() + 1);
      return TesseractEngine.create(TesseractOptions.defaults().withLanguages(languages));
    }
    throw new IllegalArgumentException(
        "unknown engine '"
            + label
            + "'; known: ppocr, ppocr:no-signs, ppocr:no-accents, ppocr:no-smoothing, ppocr:plain, tesseract, tesseract:LANGS (e.g. deu+eng)");
  }
}
