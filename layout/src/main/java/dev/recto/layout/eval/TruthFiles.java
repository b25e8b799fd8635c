package dev.recto.layout.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The truth files of a synthetic corpus ({@code ./recto synth}): {@code NAME.truth.json} beside
 * each born-digital PDF, {@code NAME.scan.truth.json} beside each simulated scan. Stateless.
 */
public final class TruthFiles {

  private static final String SCAN = ".scan.truth.json";
  private static final String BORN_DIGITAL = ".truth.json";

  private TruthFiles() {}

  /** How the truth files of the chosen kind end. */
  public static String suffix(boolean scan) {
    return scan ? SCAN : BORN_DIGITAL;
  }

  /** The corpus's truth files of one kind, sorted by name. */
  public static List<Path> list(Path corpus, boolean scan) throws IOException {
    String suffix = suffix(scan);
    try (Stream<Path> files = Files.list(corpus)) {
      return files
          .filter(p -> p.getFileName().toString().endsWith(suffix))
          .filter(p -> scan || !p.getFileName().toString().endsWith(SCAN))
          .sorted()
          .toList();
    }
  }
}
