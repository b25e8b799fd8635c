package dev.recto.reliability.battery;

import dev.recto.reliability.mutate.Mutation;
import dev.recto.reliability.mutate.PdfMutator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * One document of a battery: a corpus file, or one of its mutations.
 *
 * @param id the task id within its {@link BatteryPlan}
 * @param file the corpus file
 * @param mutation the mutation index, or -1 for the file as it is
 */
public record BatteryTask(int id, Path file, int mutation) {
  public BatteryTask {
    Objects.requireNonNull(file, "file");
    if (id < 0 || mutation < -1) {
      throw new IllegalArgumentException("bad task " + id + "/" + mutation);
    }
  }

  /** The document's display name: the file name, plus {@code #index} for a mutation. */
  public String name() {
    return file.getFileName() + (mutation < 0 ? "" : "#" + mutation);
  }

  /** The document's bytes and its kind ({@code ORIGINAL} or the mutation kind applied). */
  public Input load(long seed) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    if (mutation < 0) {
      return new Input(bytes, "ORIGINAL", "");
    }
    Mutation m = PdfMutator.mutate(bytes, seed, mutation);
    return new Input(m.bytes(), m.kind().name(), m.note());
  }

  /**
   * A loaded document.
   *
   * @param bytes the file content (owned by the caller)
   * @param kind {@code ORIGINAL} or a {@code MutationKind} name
   * @param note what the mutator did, empty for originals
   */
  public record Input(byte[] bytes, String kind, String note) {}
}
