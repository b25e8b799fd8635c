package dev.recto.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The Tesseract command line (Debian {@code tesseract-ocr}), a peer of Recto's Tesseract engine:
 * {@code tesseract IMAGE stdout -l eng --psm 3 --dpi DPI}, one process per page, with {@code
 * OMP_THREAD_LIMIT=1} in its environment (Debian's libtesseract uses OpenMP, which is four times
 * slower on a 2-core machine). Stateless and thread-safe.
 */
final class TesseractCli {

  static final String PROGRAM = "tesseract";
  private static final long TIMEOUT_SECONDS = 120;

  private TesseractCli() {}

  /** Whether {@code tesseract --version} runs. */
  static boolean isAvailable() {
    try {
      Process p = new ProcessBuilder(PROGRAM, "--version").redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /**
   * The text Tesseract prints for the image file.
   *
   * @param dpi the image's resolution in dots per inch, passed with {@code --dpi}
   * @throws IOException when the process cannot start, fails or times out
   */
  static String read(Path image, int dpi) throws IOException {
    ProcessBuilder pb =
        new ProcessBuilder(
            List.of(
                PROGRAM,
                image.toAbsolutePath().toString(),
                "stdout",
                "-l",
                "eng",
                "--psm",
                "3",
                "--dpi",
                Integer.toString(dpi)));
    pb.environment().put("OMP_THREAD_LIMIT", "1");
    pb.redirectError(ProcessBuilder.Redirect.DISCARD);
    Process p = pb.start();
    String text;
    try (InputStream in = p.getInputStream()) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    try {
      if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new IOException("tesseract timed out on " + image);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      p.destroyForcibly();
      throw new IOException("interrupted while waiting for tesseract", e);
    }
    if (p.exitValue() != 0) {
      throw new IOException("tesseract exited with " + p.exitValue() + " on " + image);
    }
    return text;
  }
}
