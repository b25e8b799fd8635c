package dev.recto.cli;

import java.io.PrintWriter;

/**
 * A progress bar on stderr for batches. On a terminal it redraws one line; elsewhere (a log file,
 * CI) it prints a line at every 10% so that logs stay readable.
 *
 * <p>Thread-safe.
 */
final class ProgressBar {
  private static final int WIDTH = 30;

  private final PrintWriter err;
  private final int total;
  private final boolean interactive;
  private int done;
  private int failed;
  private int lastDecile = -1;

  ProgressBar(PrintWriter err, int total, boolean interactive) {
    this.err = err;
    this.total = total;
    this.interactive = interactive;
  }

  synchronized void step(boolean success) {
    done++;
    if (!success) {
      failed++;
    }
    if (interactive) {
      int filled = total == 0 ? WIDTH : done * WIDTH / total;
      err.print(
          "\r["
              + "#".repeat(filled)
              + " ".repeat(WIDTH - filled)
              + "] "
              + done
              + "/"
              + total
              + (failed > 0 ? " (" + failed + " failed)" : ""));
      if (done == total) {
        err.println();
      }
    } else {
      int decile = total == 0 ? 10 : done * 10 / total;
      if (decile != lastDecile) {
        lastDecile = decile;
        err.println(
            "recto: "
                + done
                + "/"
                + total
                + " documents"
                + (failed > 0 ? " (" + failed + " failed)" : ""));
      }
    }
    err.flush();
  }
}
