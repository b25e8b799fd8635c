package dev.recto.core.isolate.internal;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;

/**
 * The worker protocol's framing over the worker's stdin and stdout: one type byte, a 4-byte
 * big-endian length, the payload.
 *
 * <p>Parent to worker: {@link #HELLO} (a {@link WorkerSpec}) once, then {@link #DOCUMENT} frames
 * ({@link DocumentRequest}). Worker to parent: {@link #READY} or {@link #FATAL} (an error code and
 * a message) after the hello, then one {@link #RESULT} ({@link ResultCodec}) per document, in
 * order. The parent closing the worker's stdin asks it to finish.
 *
 * <p>Stateless; a stream must be written by one thread at a time.
 */
public final class Frames {
  public static final byte HELLO = 'H';
  public static final byte READY = 'R';
  public static final byte FATAL = 'F';
  public static final byte DOCUMENT = 'D';
  public static final byte RESULT = 'O';

  private Frames() {}

  /** A frame read off a stream. */
  public record Frame(byte type, byte[] payload) {}

  public static void write(DataOutputStream out, byte type, byte[] payload) throws IOException {
    out.writeByte(type);
    out.writeInt(payload.length);
    out.write(payload);
    out.flush();
  }

  /**
   * The next frame, or {@code null} at the end of the stream before a frame started.
   *
   * @throws IOException for a frame longer than {@code maxBytes} or cut off
   */
  public static Frame read(DataInputStream in, int maxBytes) throws IOException {
    int type = in.read();
    if (type < 0) {
      return null;
    }
    if (type != HELLO && type != READY && type != FATAL && type != DOCUMENT && type != RESULT) {
      throw new IOException("not a frame: starts with byte " + type);
    }
    int length;
    byte[] payload;
    try {
      length = in.readInt();
      if (length < 0 || length > maxBytes) {
        throw new IOException("frame of " + length + " bytes, limit " + maxBytes);
      }
      payload = new byte[length];
      in.readFully(payload);
    } catch (EOFException e) {
      throw new IOException("frame cut off", e);
    }
    return new Frame((byte) type, payload);
  }
}
