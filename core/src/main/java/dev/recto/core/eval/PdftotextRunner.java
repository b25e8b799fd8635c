package dev.recto.core.eval;

import dev.recto.core.error.EngineUnavailableException;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Runs poppler's external {@code pdftotext} program, the reference Recto's text layer is measured
 * against.
 *
 * <p>Each call starts one process with a wall-clock timeout; its output goes to temporary files
 * (deleted afterwards) so a large output cannot block the child. Immutable and thread-safe; calls
 * may run concurrently.
 *
 * <pre>{@code
 * PdftotextRunner poppler = PdftotextRunner.onPath();
 * if (poppler.isAvailable()) {
 *   String text = poppler.text(Path.of("invoice.pdf")); // pdftotext -enc UTF-8 invoice.pdf -
 * }
 * }</pre>
 */
public final class PdftotextRunner {

  /** Name of the program looked up on the {@code PATH}. */
  public static final String PROGRAM = "pdftotext";

  /** Timeout of {@link #onPath()}. */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);

  private final Path executable;
  private final Duration timeout;

  /**
   * @param executable the {@code pdftotext} program; need not exist (see {@link #isAvailable()})
   * @param timeout how long one run may take before it is killed; positive
   */
  public PdftotextRunner(Path executable, Duration timeout) {
    this.executable = Objects.requireNonNull(executable, "executable");
    Objects.requireNonNull(timeout, "timeout");
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("timeout must be positive, was " + timeout);
    }
    this.timeout = timeout;
  }

  /**
   * The {@code pdftotext} found on the {@code PATH} environment variable with {@link
   * #DEFAULT_TIMEOUT}; when there is none, a runner that is not {@link #isAvailable() available}.
   */
  public static PdftotextRunner onPath() {
    return new PdftotextRunner(
        findOnPath(System.getenv("PATH")).orElse(Path.of(PROGRAM)), DEFAULT_TIMEOUT);
  }

  static Optional<Path> findOnPath(String pathVariable) {
    if (pathVariable == null) {
      return Optional.empty();
    }
    for (String dir : pathVariable.split(File.pathSeparator)) {
      if (dir.isBlank()) {
        continue;
      }
      Path candidate = Path.of(dir, PROGRAM);
      if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  /** The program this runner starts. */
  public Path executable() {
    return executable;
  }

  /** Whether the program exists and is executable. */
  public boolean isAvailable() {
    return Files.isRegularFile(executable) && Files.isExecutable(executable);
  }

  /**
   * The plain text of all pages: {@code pdftotext -enc UTF-8 PDF -}.
   *
   * @throws EngineUnavailableException when {@code pdftotext} is missing
   * @throws UncheckedIOException when it fails, times out or its output cannot be read
   */
  public String text(Path pdf) {
    return run(pdf, List.of());
  }

  /**
   * The layout-preserving text of all pages: {@code pdftotext -layout -enc UTF-8 PDF -}, pages
   * ended by {@code \f}.
   *
   * @throws EngineUnavailableException when {@code pdftotext} is missing
   * @throws UncheckedIOException when it fails, times out or its output cannot be read
   */
  public String layoutText(Path pdf) {
    return run(pdf, List.of("-layout"));
  }

  /**
   * Word boxes of all pages as poppler's XHTML: {@code pdftotext -bbox -enc UTF-8 PDF -}; parse it
   * with {@link PdftotextBboxParser}.
   *
   * @throws EngineUnavailableException when {@code pdftotext} is missing
   * @throws UncheckedIOException when it fails, times out or its output cannot be read
   */
  public String bboxXhtml(Path pdf) {
    return run(pdf, List.of("-bbox"));
  }

  private String run(Path pdf, List<String> options) {
    if (!isAvailable()) {
      throw new EngineUnavailableException(
          PROGRAM
              + " not found at "
              + executable
              + "; install poppler (Debian/Ubuntu: apt-get install poppler-utils, macOS: brew"
              + " install poppler) or put it on the PATH",
          null);
    }
    List<String> command = new ArrayList<>();
    command.add(executable.toString());
    command.addAll(options);
    command.add("-enc");
    command.add("UTF-8");
    command.add(pdf.toString());
    command.add("-");
    Path out = null;
    Path err = null;
    Process process = null;
    try {
      out = Files.createTempFile("recto-pdftotext", ".out");
      err = Files.createTempFile("recto-pdftotext", ".err");
      process =
          new ProcessBuilder(command)
              .redirectOutput(out.toFile())
              .redirectError(err.toFile())
              .redirectInput(ProcessBuilder.Redirect.from(nullDevice()))
              .start();
      if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        throw new IOException(PROGRAM + " took longer than " + timeout + " on " + pdf);
      }
      int exit = process.exitValue();
      if (exit != 0) {
        String message = Files.readString(err, StandardCharsets.UTF_8).strip();
        throw new IOException(PROGRAM + " exited with " + exit + " on " + pdf + ": " + message);
      }
      return Files.readString(out, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new UncheckedIOException(
          new IOException("interrupted while running " + PROGRAM + " on " + pdf, e));
    } finally {
      if (process != null && process.isAlive()) {
        process.destroyForcibly();
      }
      deleteQuietly(out);
      deleteQuietly(err);
    }
  }

  private static File nullDevice() {
    return new File(System.getProperty("os.name", "").startsWith("Windows") ? "NUL" : "/dev/null");
  }

  private static void deleteQuietly(Path file) {
    if (file == null) {
      return;
    }
    try {
      Files.deleteIfExists(file);
    } catch (IOException ignored) {
      // A temporary file left behind is harmless.
    }
  }
}
