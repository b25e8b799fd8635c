package dev.recto.core.isolate.internal;

import dev.recto.core.source.DocumentSource;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * One document sent to a worker: a file's absolute path (the worker opens it), or the bytes.
 *
 * <p>Immutable; the byte array is not copied and must not change.
 *
 * @param name display name, as {@link DocumentSource#name()}
 * @param path absolute path of a file source, {@code null} for bytes
 * @param bytes the document's bytes, {@code null} for a file
 */
public record DocumentRequest(String name, String path, byte[] bytes) {

  public DocumentRequest {
    Objects.requireNonNull(name, "name");
    if ((path == null) == (bytes == null)) {
      throw new IllegalArgumentException("exactly one of path and bytes");
    }
  }

  public static DocumentRequest ofFile(Path file, String name) {
    return new DocumentRequest(name, file.toAbsolutePath().toString(), null);
  }

  public static DocumentRequest ofBytes(byte[] bytes, String name) {
    return new DocumentRequest(name, null, bytes);
  }

  /** The source the worker processes. */
  DocumentSource toSource() {
    return path != null ? DocumentSource.of(Path.of(path)) : DocumentSource.of(bytes, name);
  }

  /**
   * Writes this request as one {@link Frames#DOCUMENT} frame, the document's bytes straight from
   * their array (no copy of a large document in the parent).
   */
  void writeFrame(DataOutputStream out) throws IOException {
    WireOut head = new WireOut();
    head.writeString(name);
    head.writeString(path);
    head.writeBoolean(bytes != null);
    byte[] h = head.toByteArray();
    long length = h.length + (bytes == null ? 0L : 4L + bytes.length);
    if (length > Integer.MAX_VALUE) {
      throw new IOException("document too large for one frame: " + length + " bytes");
    }
    out.writeByte(Frames.DOCUMENT);
    out.writeInt((int) length);
    out.write(h);
    if (bytes != null) {
      out.writeInt(bytes.length);
      out.write(bytes);
    }
    out.flush();
  }

  static DocumentRequest decode(byte[] message) throws IOException {
    WireIn in = new WireIn(message);
    String name = in.readString();
    String path = in.readString();
    byte[] bytes = in.readBoolean() ? in.readBytes() : null;
    return new DocumentRequest(name, path, bytes);
  }
}
