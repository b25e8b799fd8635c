package dev.recto.reliability.mutate;

import java.util.Objects;

/**
 * One mutated document.
 *
 * @param kind what was done (possibly {@link MutationKind#FALLBACK_BYTE_FLIP} when the kind asked
 *     for had nothing to work on)
 * @param index the mutation index it was made for
 * @param bytes the mutated file; owned by the caller (a fresh array)
 * @param note a short description of the damage (offsets, values), never document text
 */
public record Mutation(MutationKind kind, int index, byte[] bytes, String note) {
  public Mutation {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(bytes, "bytes");
    Objects.requireNonNull(note, "note");
    if (index < 0) {
      throw new IllegalArgumentException("index must be >= 0, was " + index);
    }
  }
}
