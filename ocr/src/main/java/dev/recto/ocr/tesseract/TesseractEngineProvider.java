package dev.recto.ocr.tesseract;

import dev.recto.core.spi.OcrEngine;
import dev.recto.core.spi.OcrEngineProvider;
import java.util.Objects;

/**
 * Provides the {@link TesseractEngine} under id {@code tesseract}, priority 50.
 *
 * <p>Found through {@link java.util.ServiceLoader} with {@link TesseractOptions#defaults()}; to use
 * other options, hand {@code new TesseractEngineProvider(options)} to the processor builder's
 * {@code ocrProviders}. Immutable and thread-safe; creating the provider does no work.
 */
public final class TesseractEngineProvider implements OcrEngineProvider {

  /** Below a neural engine's, above none. */
  public static final int PRIORITY = 50;

  private final TesseractOptions options;

  /** With {@link TesseractOptions#defaults()}, for the ServiceLoader. */
  public TesseractEngineProvider() {
    this(TesseractOptions.defaults());
  }

  public TesseractEngineProvider(TesseractOptions options) {
    this.options = Objects.requireNonNull(options, "options");
  }

  @Override
  public String id() {
    return TesseractEngine.ID;
  }

  @Override
  public int priority() {
    return PRIORITY;
  }

  /**
   * @throws dev.recto.core.error.EngineUnavailableException when Tesseract's native library is
   *     missing, saying how to install it
   */
  @Override
  public OcrEngine create() {
    return TesseractEngine.create(options);
  }
}
