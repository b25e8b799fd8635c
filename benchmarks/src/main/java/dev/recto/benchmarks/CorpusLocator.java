package dev.recto.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds the folder of real PDFs a benchmark reads.
 *
 * <p>The system property {@value #PROPERTY} wins: a folder path, or {@value #SYNTHETIC} to use the
 * generated invoices on purpose. Without it, the locator walks up from the working directory to the
 * first directory holding {@code shared/data} and uses {@value #DEFAULT_RELATIVE} below it. When
 * that folder does not exist the location is the synthetic fallback, with the reason.
 *
 * <p>Stateless; thread-safe.
 */
public final class CorpusLocator {

  /** System property naming the PDF folder, or {@value #SYNTHETIC}. */
  public static final String PROPERTY = "recto.bench.pdfDir";

  /** Value of {@value #PROPERTY} that selects the generated invoices. */
  public static final String SYNTHETIC = "synthetic";

  /** The real invoices, relative to the directory that holds {@code shared/data}. */
  public static final String DEFAULT_RELATIVE = "shared/data/invoice2data/compare";

  /**
   * Where to read PDFs from.
   *
   * @param folder the PDF folder, empty for the synthetic fallback
   * @param reason why this location was chosen, for the log
   */
  public record Location(Optional<Path> folder, String reason) {
    /** Checks that both parts are present. */
    public Location {
      if (folder == null || reason == null) {
        throw new IllegalArgumentException("folder and reason must not be null");
      }
    }
  }

  private CorpusLocator() {}

  /** Resolves from {@value #PROPERTY} and the {@code user.dir} working directory. */
  public static Location fromSystemProperties() {
    return resolve(System.getProperty(PROPERTY), Path.of(System.getProperty("user.dir")));
  }

  /**
   * Resolves a location.
   *
   * @param property value of {@value #PROPERTY}, null when unset
   * @param workingDir where the upward search for {@code shared/data} starts
   * @throws IllegalStateException when the property names a folder that does not exist (an explicit
   *     choice is never silently replaced)
   */
  public static Location resolve(String property, Path workingDir) {
    if (property != null && !property.isBlank()) {
      if (property.strip().equalsIgnoreCase(SYNTHETIC)) {
        return new Location(Optional.empty(), PROPERTY + "=" + SYNTHETIC);
      }
      Path folder = Path.of(property.strip()).toAbsolutePath().normalize();
      if (!Files.isDirectory(folder)) {
        throw new IllegalStateException(PROPERTY + " names " + folder + ", not a directory");
      }
      return new Location(Optional.of(folder), PROPERTY);
    }
    for (Path dir = workingDir.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
      if (Files.isDirectory(dir.resolve("shared").resolve("data"))) {
        Path folder = dir.resolve(DEFAULT_RELATIVE);
        if (Files.isDirectory(folder)) {
          return new Location(Optional.of(folder), "found above " + workingDir);
        }
        return new Location(Optional.empty(), folder + " does not exist");
      }
    }
    return new Location(Optional.empty(), "no shared/data above " + workingDir);
  }
}
