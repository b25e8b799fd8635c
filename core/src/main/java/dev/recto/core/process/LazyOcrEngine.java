package dev.recto.core.process;

import dev.recto.core.error.RectoException;
import dev.recto.core.spi.OcrEngine;
import dev.recto.core.spi.OcrEngineProvider;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The OCR engine of one processor, created on first need: loading OCR models takes seconds, and a
 * processor that only ever sees born-digital PDFs should not pay for it. A creation failure is
 * remembered (not retried) and reported on each page that needed OCR.
 *
 * <p>Thread-safe; owns the engine it creates and closes it.
 */
final class LazyOcrEngine implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(LazyOcrEngine.class);

  private final OcrEngineProvider provider;
  private String unavailableReason;
  private OcrEngine engine;
  private boolean tried;
  private boolean closed;

  /**
   * @param provider the chosen provider, or null when there is none
   * @param unavailableReason why there is none, for diagnostics
   */
  LazyOcrEngine(OcrEngineProvider provider, String unavailableReason) {
    this.provider = provider;
    this.unavailableReason = unavailableReason;
  }

  /** The engine, created on the first call; empty when there is none or it failed to start. */
  synchronized Optional<OcrEngine> get() {
    if (closed) {
      throw new IllegalStateException("the processor is closed");
    }
    if (!tried && provider != null) {
      tried = true;
      try {
        engine = provider.create();
      } catch (RectoException e) {
        unavailableReason = "engine '" + provider.id() + "' failed to start: " + e.getMessage();
        LOG.warn("OCR engine '{}' unavailable: {}", provider.id(), e.getMessage());
      }
    }
    return Optional.ofNullable(engine);
  }

  /** Why {@link #get()} is empty. */
  synchronized String unavailableReason() {
    return unavailableReason;
  }

  /** The id of the engine that would be used, without creating it. */
  Optional<String> providerId() {
    return provider == null ? Optional.empty() : Optional.of(provider.id());
  }

  @Override
  public synchronized void close() {
    closed = true;
    if (engine != null) {
      OcrEngine e = engine;
      engine = null;
      e.close();
    }
  }
}
