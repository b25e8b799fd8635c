package dev.recto.layout;

import dev.recto.core.spi.LayoutEngine;
import dev.recto.core.spi.LayoutEngineProvider;

/**
 * Provides {@link OnnxLayoutEngine} with {@link OnnxLayoutEngine.Options#defaults()} under id
 * {@value OnnxLayoutEngine#ID}, priority {@value #PRIORITY}. Stateless and thread-safe.
 */
public final class OnnxLayoutEngineProvider implements LayoutEngineProvider {

  /** The model is Recto's preferred layout engine. */
  public static final int PRIORITY = 100;

  @Override
  public String id() {
    return OnnxLayoutEngine.ID;
  }

  @Override
  public int priority() {
    return PRIORITY;
  }

  @Override
  public LayoutEngine create() {
    return OnnxLayoutEngine.create(OnnxLayoutEngine.Options.defaults());
  }
}
