package dev.recto.core.isolate.internal;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads one message written by {@link WireOut}. Not thread-safe; one per message.
 *
 * <p>Malformed input (truncated, a bad string reference, an unknown enum name) fails with {@link
 * IOException}: a worker's answer is checked, not trusted.
 */
final class WireIn {
  private final DataInputStream in;
  private final int length;
  private final List<String> seen = new ArrayList<>();

  WireIn(byte[] message) {
    this.in = new DataInputStream(new ByteArrayInputStream(message));
    this.length = message.length;
  }

  int readInt() throws IOException {
    return in.readInt();
  }

  long readLong() throws IOException {
    return in.readLong();
  }

  double readDouble() throws IOException {
    return in.readDouble();
  }

  boolean readBoolean() throws IOException {
    return in.readBoolean();
  }

  /** A count of items that follow, checked against what is left of the message. */
  int readCount() throws IOException {
    int n = in.readInt();
    if (n < 0 || n > length) {
      throw new IOException("bad count " + n);
    }
    return n;
  }

  String readString() throws IOException {
    int tag = in.readInt();
    if (tag == WireOut.NULL_STRING) {
      return null;
    }
    if (tag == WireOut.NEW_STRING) {
      String s = new String(readBytes(), StandardCharsets.UTF_8);
      seen.add(s);
      return s;
    }
    if (tag < 0 || tag >= seen.size()) {
      throw new IOException("bad string reference " + tag);
    }
    return seen.get(tag);
  }

  /** An enum constant written by {@link WireOut#writeEnum}, possibly {@code null}. */
  <E extends Enum<E>> E readEnum(Class<E> type) throws IOException {
    String name = readString();
    if (name == null) {
      return null;
    }
    try {
      return Enum.valueOf(type, name);
    } catch (IllegalArgumentException e) {
      throw new IOException("unknown " + type.getSimpleName() + " " + name, e);
    }
  }

  byte[] readBytes() throws IOException {
    int n = readCount();
    byte[] b = new byte[n];
    try {
      in.readFully(b);
    } catch (EOFException e) {
      throw new IOException("message truncated", e);
    }
    return b;
  }
}
