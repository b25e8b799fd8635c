package dev.recto.reliability.soak;

import dev.recto.reliability.battery.BatteryPlan;
import dev.recto.reliability.battery.BatteryTask;
import dev.recto.samples.synth.ScanOptions;
import dev.recto.samples.synth.SynthCorpus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Builds the distinct documents a soak cycles through: synthetic born-digital invoices, their
 * simulated scans (image-only PDFs and PNGs, which need OCR), and malformed files with a few
 * mutations each. Stateless.
 */
public final class SoakPool {
  private SoakPool() {}

  /**
   * @param work folder the synthetic invoices are written to
   * @param invoices synthetic invoices (each gives one born-digital PDF, one scanned PDF, one PNG
   *     per page)
   * @param seed generator and mutator seed
   * @param malformed a malformed corpus folder, or null for none
   * @param malformedSample keep every n-th malformed file
   * @param mutations mutations of each kept malformed file
   */
  public static List<SoakDocument> build(
      Path work, int invoices, long seed, Path malformed, int malformedSample, int mutations)
      throws IOException {
    List<SoakDocument> pool = new ArrayList<>();
    if (invoices > 0) {
      SynthCorpus.write(work, invoices, seed, 1, ScanOptions.defaults());
      List<Path> files;
      try (Stream<Path> list = Files.list(work)) {
        files = list.filter(p -> p.toString().matches(".*\\.(pdf|png)$")).sorted().toList();
      }
      for (Path f : files) {
        String name = f.getFileName().toString();
        String kind =
            name.endsWith(".scan.pdf") || name.endsWith(".png") ? "scanned" : "born-digital";
        pool.add(new SoakDocument(name, kind, Files.readAllBytes(f)));
      }
    }
    if (malformed != null && Files.isDirectory(malformed)) {
      BatteryPlan plan = BatteryPlan.of(malformed, malformedSample, mutations, seed);
      for (int id = 0; id < plan.size(); id++) {
        BatteryTask task = plan.task(id);
        pool.add(
            new SoakDocument("m" + id + ":" + task.name(), "malformed", task.load(seed).bytes()));
      }
    }
    return List.copyOf(pool);
  }
}
