package dev.recto.ocr.tesseract;

import dev.recto.core.models.Sha256Pins;

/**
 * The SHA-256 pins Recto ships for Tesseract's files ({@code tesseract.sha256} next to this class:
 * Debian's language files and libtesseract), plus the ones a user adds through {@link
 * TesseractOptions#withPins}.
 *
 * <p>Stateless and thread-safe.
 */
final class TesseractPins {

  static final String RESOURCE = "dev/recto/ocr/tesseract/tesseract.sha256";

  private TesseractPins() {}

  /** Recto's pins alone. */
  static Sha256Pins recto() {
    return Sha256Pins.fromResource(RESOURCE, TesseractPins.class.getClassLoader());
  }

  /** Recto's pins and those of {@code options}. */
  static Sha256Pins of(TesseractOptions options) {
    return recto().plus(options.pins());
  }
}
