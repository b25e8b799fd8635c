package dev.recto.core.testkit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds the real documents in {@code shared/data}, the folder that sits beside the repository (a
 * developer's checkout and CI both have it there; the repository never holds a copy). Tests that
 * use it skip, saying so, when it is absent.
 */
public final class SharedData {
  private SharedData() {}

  /**
   * The folder {@code shared/data/<relative>} in the working directory or the nearest directory
   * above it that has one.
   */
  public static Optional<Path> locate(String relative) {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve("shared").resolve("data").resolve(relative);
      if (Files.isDirectory(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }
}
