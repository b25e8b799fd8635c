package dev.recto.reliability.battery;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The documents of a battery: every file of a corpus (or every {@code sample}-th) and {@code
 * mutations} mutations of each. Task ids run file by file: id {@code f * (mutations + 1)} is file
 * {@code f} itself, the next {@code mutations} ids its mutations 0, 1, ...
 *
 * <p>Immutable and thread-safe; the parent and the worker JVM build the same plan from the same
 * options and so agree on ids.
 *
 * @param files the corpus files, sorted, already sampled
 * @param mutations mutations per file (0 for the originals only)
 * @param seed the mutator's seed
 */
public record BatteryPlan(List<Path> files, int mutations, long seed) {

  public BatteryPlan {
    files = List.copyOf(files);
    if (mutations < 0) {
      throw new IllegalArgumentException("mutations must be >= 0, was " + mutations);
    }
  }

  /**
   * The plan for a corpus folder: its regular files, sorted by path, skipping licence, notice and
   * readme files, keeping every {@code sample}-th (1 keeps all).
   */
  public static BatteryPlan of(Path corpus, int sample, int mutations, long seed)
      throws IOException {
    return of(corpus, sample, 0, mutations, seed);
  }

  /**
   * The plan keeping every {@code sample}-th file starting at file {@code offset} (0-based), so
   * that {@code sample} runs with offsets 0 to {@code sample - 1} cover the corpus once.
   */
  public static BatteryPlan of(Path corpus, int sample, int offset, int mutations, long seed)
      throws IOException {
    Objects.requireNonNull(corpus, "corpus");
    if (sample < 1) {
      throw new IllegalArgumentException("sample must be >= 1, was " + sample);
    }
    List<Path> all;
    try (Stream<Path> walk = Files.walk(corpus)) {
      all =
          walk.filter(Files::isRegularFile)
              .filter(p -> !p.getFileName().toString().matches("(?i).*(license|notice|readme).*"))
              .sorted()
              .toList();
    }
    List<Path> kept = new ArrayList<>();
    if (offset < 0 || offset >= sample) {
      throw new IllegalArgumentException("offset must be in [0, sample), was " + offset);
    }
    for (int i = offset; i < all.size(); i += sample) {
      kept.add(all.get(i));
    }
    return new BatteryPlan(kept, mutations, seed);
  }

  public int size() {
    return files.size() * (mutations + 1);
  }

  /** Task {@code id}: a file and a mutation index, -1 for the file itself. */
  public BatteryTask task(int id) {
    Objects.checkIndex(id, size());
    int per = mutations + 1;
    return new BatteryTask(id, files.get(id / per), id % per - 1);
  }
}
