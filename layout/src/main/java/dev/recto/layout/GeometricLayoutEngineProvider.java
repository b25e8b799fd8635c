package dev.recto.layout;

import dev.recto.core.spi.LayoutEngine;
import dev.recto.core.spi.LayoutEngineProvider;

/**
 * Provides {@link GeometricLayoutEngine} under id {@value GeometricLayoutEngine#ID}, priority
 * {@value #PRIORITY} (below the model). Stateless and thread-safe.
 */
public final class GeometricLayoutEngineProvider implements LayoutEngineProvider {

  public static final int PRIORITY = 10;

  @Override
  public String id() {
    return GeometricLayoutEngine.ID;
  }

  @Override
  public int priority() {
    return PRIORITY;
  }

  @Override
  public LayoutEngine create() {
    return new GeometricLayoutEngine();
  }
}
