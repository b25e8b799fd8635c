package dev.recto.ocr;

import dev.recto.core.spi.OcrEngineProvider;
import dev.recto.ocr.ppocr.PpOcrEngineProvider;
import dev.recto.ocr.tesseract.TesseractEngineProvider;
import dev.recto.ocr.tesseract.TesseractOptions;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The OCR engine {@link OcrRouting} chose for a language, with the settings it needs.
 *
 * <p>Immutable and thread-safe.
 *
 * @param language the ISO 639-1 code routed, lower case
 * @param engineId the engine to use, e.g. {@code tesseract}
 * @param tesseract Tesseract's options for this language (its model plus English when installed),
 *     used whenever the Tesseract engine runs
 * @param warning set when the language's Tesseract model is missing and English is used instead;
 *     says how to install it
 */
public record OcrRoute(
    String language, String engineId, TesseractOptions tesseract, Optional<String> warning) {

  public OcrRoute {
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(engineId, "engineId");
    Objects.requireNonNull(tesseract, "tesseract");
    Objects.requireNonNull(warning, "warning");
  }

  /**
   * Engine providers for {@code ProcessorBuilder.ocrProviders}: PP-OCR, and Tesseract with {@link
   * #tesseract()}.
   */
  public List<OcrEngineProvider> providers() {
    return List.of(new PpOcrEngineProvider(), new TesseractEngineProvider(tesseract));
  }
}
