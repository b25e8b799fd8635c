package dev.recto.core.isolate.internal;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Writes one message of the worker protocol into memory: Java's big-endian primitives, and strings
 * as UTF-8 that are written once and referred to by number afterwards (engine ids repeat on every
 * word).
 *
 * <p>Not thread-safe; one per message. Read back with {@link WireIn}.
 */
final class WireOut {
  static final int NULL_STRING = -1;
  static final int NEW_STRING = -2;

  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(4096);
  private final DataOutputStream out = new DataOutputStream(bytes);
  private final Map<String, Integer> seen = new HashMap<>();

  void writeInt(int v) {
    try {
      out.writeInt(v);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  void writeLong(long v) {
    try {
      out.writeLong(v);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  void writeDouble(double v) {
    try {
      out.writeDouble(v);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  void writeBoolean(boolean v) {
    try {
      out.writeBoolean(v);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A string, possibly {@code null}. */
  void writeString(String s) {
    if (s == null) {
      writeInt(NULL_STRING);
      return;
    }
    Integer index = seen.get(s);
    if (index != null) {
      writeInt(index);
      return;
    }
    seen.put(s, seen.size());
    writeInt(NEW_STRING);
    writeBytes(s.getBytes(StandardCharsets.UTF_8));
  }

  /** An enum constant by name, possibly {@code null}. */
  void writeEnum(Enum<?> e) {
    writeString(e == null ? null : e.name());
  }

  void writeBytes(byte[] b) {
    writeInt(b.length);
    try {
      out.write(b);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  byte[] toByteArray() {
    return bytes.toByteArray();
  }
}
