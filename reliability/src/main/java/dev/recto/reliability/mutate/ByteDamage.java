package dev.recto.reliability.mutate;

import java.util.Arrays;
import java.util.SplittableRandom;

/** Byte flips and truncation: damage that ignores PDF syntax. Stateless. */
final class ByteDamage {
  private static final int TAIL = 2048;

  private ByteDamage() {}

  /** 1 to 32 bytes changed; a third of the time all within the last two kilobytes. */
  static Damage flip(byte[] original, SplittableRandom random) {
    byte[] bytes = original.length == 0 ? new byte[] {'%'} : original.clone();
    int count = 1 << random.nextInt(6); // 1, 2, 4, ... 32
    boolean tail = random.nextInt(3) == 0;
    int from = tail ? Math.max(0, bytes.length - TAIL) : 0;
    StringBuilder note = new StringBuilder(count + (tail ? " tail" : "") + " flips at");
    for (int i = 0; i < count; i++) {
      int at = from + random.nextInt(bytes.length - from);
      if (random.nextBoolean()) {
        bytes[at] ^= (byte) (1 << random.nextInt(8));
      } else {
        bytes[at] = (byte) random.nextInt(256);
      }
      if (i < 4) {
        note.append(' ').append(at);
      }
    }
    return new Damage(bytes, note.toString());
  }

  /** The file cut at a random offset, half the time within its last two kilobytes. */
  static Damage truncate(byte[] original, SplittableRandom random) {
    if (original.length < 2) {
      return new Damage(new byte[0], "truncated to 0 bytes");
    }
    int length;
    if (random.nextBoolean()) {
      length = random.nextInt(original.length);
    } else {
      length = original.length - 1 - random.nextInt(Math.min(TAIL, original.length - 1));
    }
    return new Damage(
        Arrays.copyOf(original, length), "truncated to " + length + " of " + original.length);
  }
}
