package dev.recto.reliability.soak;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;

/** This process's resident memory, read from {@code /proc/self/status}. Stateless. */
public final class Rss {
  private static final Path STATUS = Path.of("/proc/self/status");

  private Rss() {}

  /** VmRSS in kibibytes, empty where there is no {@code /proc} (not Linux). */
  public static OptionalLong kib() {
    try {
      for (String line : Files.readAllLines(STATUS)) {
        if (line.startsWith("VmRSS:")) {
          return OptionalLong.of(Long.parseLong(line.replaceAll("[^0-9]", "")));
        }
      }
    } catch (IOException | RuntimeException e) {
      return OptionalLong.empty();
    }
    return OptionalLong.empty();
  }
}
