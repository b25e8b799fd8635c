package dev.recto.ocr.eval;

import java.util.List;
import java.util.Objects;

/**
 * The results of all engines on one set.
 *
 * <p>Immutable and thread-safe; the list is copied.
 *
 * @param name the set's name
 * @param description the set's description
 * @param ignoreCase whether it was compared case-insensitively
 * @param engines one result per engine, in the order the engines were given
 */
public record SetResult(
    String name, String description, boolean ignoreCase, List<EngineResult> engines) {

  public SetResult {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(description, "description");
    engines = List.copyOf(engines);
  }
}
