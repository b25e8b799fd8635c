package dev.recto.core.spi;

/** Creates {@link OcrEngine}s; see {@link EngineProvider}. */
public interface OcrEngineProvider extends EngineProvider {

  /**
   * A new engine, owned by the caller.
   *
   * @throws dev.recto.core.error.EngineUnavailableException when its native library or models are
   *     missing, saying how to install them
   */
  OcrEngine create();
}
