package dev.recto.core.spi;

/**
 * A named, prioritized factory of an engine, found through {@link java.util.ServiceLoader}.
 *
 * <p>Implementations are stateless and thread-safe; they have a public no-argument constructor and
 * are listed in {@code META-INF/services/<the provider interface>}.
 */
public interface EngineProvider {

  /** A short stable id, e.g. {@code ppocr}; unique among providers of one kind. */
  String id();

  /** Higher wins when no id is asked for. */
  int priority();
}
