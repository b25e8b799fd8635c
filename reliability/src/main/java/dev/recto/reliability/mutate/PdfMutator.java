package dev.recto.reliability.mutate;

import java.util.SplittableRandom;
import java.util.zip.CRC32;

/**
 * Makes seeded mutations of a PDF (or of any file): byte flips, truncation, xref damage, stream
 * length lies, deep nesting, nested form XObjects, duplicated and removed objects.
 *
 * <p>Deterministic: the same bytes, seed and index give the same mutation on every machine and run.
 * Index {@code i} applies {@code MutationKind.values()[i % 8]}, so 50 mutations of a file give each
 * kind six or seven times with different random choices. A kind with nothing to work on (no xref,
 * no stream, a file PDFBox cannot open) falls back to byte flips, reported as {@link
 * MutationKind#FALLBACK_BYTE_FLIP}.
 *
 * <p>Stateless and thread-safe. The input array is never modified; every result is a fresh array.
 *
 * <pre>{@code
 * Mutation m = PdfMutator.mutate(Files.readAllBytes(pdf), 7L, 12);
 * processor.process(DocumentSource.of(m.bytes(), pdf.getFileName() + "#12"));
 * }</pre>
 */
public final class PdfMutator {
  /** The kinds applied by index, in order; {@link MutationKind#FALLBACK_BYTE_FLIP} is not one. */
  public static final int KINDS = MutationKind.values().length - 1;

  private PdfMutator() {}

  /** The kind that index {@code index} asks for. */
  public static MutationKind kindFor(int index) {
    return MutationKind.values()[Math.floorMod(index, KINDS)];
  }

  /**
   * Mutation number {@code index} of {@code original} under {@code seed}.
   *
   * @throws IllegalArgumentException when index is negative
   */
  public static Mutation mutate(byte[] original, long seed, int index) {
    if (index < 0) {
      throw new IllegalArgumentException("index must be >= 0, was " + index);
    }
    SplittableRandom random = new SplittableRandom(mix(seed, checksum(original), index));
    MutationKind kind = kindFor(index);
    Damage damage =
        switch (kind) {
          case BYTE_FLIP -> ByteDamage.flip(original, random);
          case TRUNCATE -> ByteDamage.truncate(original, random);
          case XREF_DAMAGE -> XrefDamage.apply(original, random);
          case LENGTH_LIE -> LengthLie.apply(original, random);
          case DEEP_NESTING -> DeepNesting.apply(original, random);
          case FORM_NESTING -> FormNesting.apply(original, random);
          case DUPLICATE_OBJECT -> ObjectDamage.duplicate(original, random);
          case REMOVE_OBJECT -> ObjectDamage.remove(original, random);
          case FALLBACK_BYTE_FLIP -> throw new AssertionError("not applied by index");
        };
    if (damage == null) {
      Damage flips = ByteDamage.flip(original, random);
      return new Mutation(
          MutationKind.FALLBACK_BYTE_FLIP, index, flips.bytes(), kind + " n/a; " + flips.note());
    }
    return new Mutation(kind, index, damage.bytes(), damage.note());
  }

  private static long checksum(byte[] bytes) {
    CRC32 crc = new CRC32();
    crc.update(bytes);
    return crc.getValue() ^ ((long) bytes.length << 32);
  }

  /** SplitMix64-style mixing of the three inputs into one seed. */
  private static long mix(long seed, long file, int index) {
    long z = seed * 0x9E3779B97F4A7C15L + file;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L + index;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
