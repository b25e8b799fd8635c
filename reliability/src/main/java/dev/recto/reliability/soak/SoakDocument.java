package dev.recto.reliability.soak;

import java.util.Objects;

/**
 * One distinct soak input, held in memory.
 *
 * @param name its unique display name (the name the result must carry)
 * @param kind {@code born-digital}, {@code scanned} or {@code malformed}
 * @param bytes the file content; not copied, not to be modified
 */
public record SoakDocument(String name, String kind, byte[] bytes) {
  public SoakDocument {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(bytes, "bytes");
  }
}
