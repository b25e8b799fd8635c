package dev.recto.core.spi;

/** Creates {@link LayoutEngine}s; see {@link EngineProvider}. */
public interface LayoutEngineProvider extends EngineProvider {

  /** A new engine, owned by the caller. */
  LayoutEngine create();
}
