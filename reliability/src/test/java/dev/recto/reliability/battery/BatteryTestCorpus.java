package dev.recto.reliability.battery;

import dev.recto.samples.synth.SynthCorpus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** A corpus of generated PDFs (no truth files) for battery tests that need no shared data. */
final class BatteryTestCorpus {
  private BatteryTestCorpus() {}

  static Path write(Path dir, int invoices) throws IOException {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    Path synth = dir.resolve("synth");
    SynthCorpus.write(synth, invoices, 3, 1);
    try (Stream<Path> files = Files.list(synth)) {
      for (Path p : files.filter(f -> f.toString().endsWith(".pdf")).toList()) {
        Files.copy(p, corpus.resolve(p.getFileName()));
      }
    }
    return corpus;
  }
}
