package dev.recto.core.eval;

import dev.recto.core.error.EngineUnavailableException;
import dev.recto.core.error.StageFailureException;
import dev.recto.core.process.Stage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

/**
 * Runs poppler's {@code pdftotext -layout -enc UTF-8 FILE -} as an external process, the reference
 * that {@link LayoutTextEvaluation} compares Recto's layout text with.
 *
 * <p>The process's output goes to a temporary file that is deleted afterwards; a process that
 * outlives its timeout is killed. Stateless and thread-safe.
 */
final class LayoutPdftotext {

  /** The executable, looked up on the {@code PATH}. */
  static final String EXECUTABLE = "pdftotext";

  private LayoutPdftotext() {}

  /** True when {@code pdftotext -v} runs and exits within a few seconds. */
  static boolean isAvailable() {
    try {
      Process p =
          new ProcessBuilder(EXECUTABLE, "-v")
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .start();
      if (!p.waitFor(10, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        return false;
      }
      return p.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /**
   * The layout text of a PDF, pages ended by {@code \f}.
   *
   * @throws EngineUnavailableException when {@code pdftotext} cannot be started
   * @throws StageFailureException when it fails, exits non-zero or runs past the timeout
   * @throws IOException when the temporary output file cannot be written or read
   */
  static String layoutText(Path pdf, Duration timeout) throws IOException {
    Objects.requireNonNull(pdf, "pdf");
    Objects.requireNonNull(timeout, "timeout");
    Path out = Files.createTempFile("recto-pdftotext-", ".txt");
    try {
      Process p;
      try {
        p =
            new ProcessBuilder(List.of(EXECUTABLE, "-layout", "-enc", "UTF-8", pdf.toString(), "-"))
                .redirectOutput(out.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
      } catch (IOException e) {
        throw new EngineUnavailableException(
            "pdftotext is not on the PATH: install poppler-utils (apt-get install poppler-utils,"
                + " brew install poppler) to compare with pdftotext -layout",
            e);
      }
      boolean done;
      try {
        done = p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
      } catch (InterruptedException e) {
        p.destroyForcibly();
        Thread.currentThread().interrupt();
        throw new StageFailureException(
            Stage.TEXT_LAYER, -1, "interrupted while pdftotext read " + pdf.getFileName(), e);
      }
      if (!done) {
        p.destroyForcibly();
        throw new StageFailureException(
            Stage.TEXT_LAYER,
            -1,
            "pdftotext did not finish " + pdf.getFileName() + " within " + timeout,
            null);
      }
      if (p.exitValue() != 0) {
        throw new StageFailureException(
            Stage.TEXT_LAYER,
            -1,
            "pdftotext exited with " + p.exitValue() + " on " + pdf.getFileName(),
            null);
      }
      return Files.readString(out, StandardCharsets.UTF_8);
    } finally {
      Files.deleteIfExists(out);
    }
  }
}
