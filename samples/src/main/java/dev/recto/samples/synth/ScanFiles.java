package dev.recto.samples.synth;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the files of one invoice's simulated scan beside its PDF ({@code NAME.png} per page,
 * {@code NAME.scan.pdf}, {@code NAME.scan.truth.json}). Stateless.
 */
public final class ScanFiles {

  private ScanFiles() {}

  /** The PNG file name of zero-based page {@code page}: {@code NAME.png}, {@code NAME-p2.png}. */
  static String png(String name, int page) {
    return page == 0 ? name + ".png" : name + "-p" + (page + 1) + ".png";
  }

  /** Scans {@code rendered} as {@code plan} says and writes its PNGs, PDF and truth. */
  public static ScanRenderer.Scanned write(
      Path dir, String name, InvoiceRenderer.Rendered rendered, ScanPlan plan) throws IOException {
    ScanRenderer.Scanned s = new ScanRenderer().scan(rendered.pdf(), rendered.truth(), plan);
    for (int p = 0; p < s.pngs().size(); p++) {
      Files.write(dir.resolve(png(name, p)), s.pngs().get(p));
    }
    Files.write(dir.resolve(name + ".scan.pdf"), s.pdf());
    Files.write(dir.resolve(name + ".scan.truth.json"), ScanJson.toBytes(s));
    return s;
  }
}
