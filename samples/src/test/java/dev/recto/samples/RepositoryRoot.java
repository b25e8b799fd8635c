package dev.recto.samples;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the repository root (the directory holding README.md and the parent pom) for tests. */
final class RepositoryRoot {
  private RepositoryRoot() {}

  static Path find() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null) {
      if (Files.isRegularFile(dir.resolve("README.md")) && Files.isDirectory(dir.resolve("core"))) {
        return dir;
      }
      dir = dir.getParent();
    }
    throw new IllegalStateException(
        "repository root not found above " + Path.of("").toAbsolutePath());
  }
}
