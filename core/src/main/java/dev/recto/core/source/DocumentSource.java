package dev.recto.core.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Where a document's bytes come from: a file, a byte array, or a stream.
 *
 * <p>A source is a description, not an open resource: a {@link PathSource} is opened when
 * processing starts and closed when it ends. A {@link StreamSource} is read once, up to the
 * input-size limit, and is <em>not</em> closed by Recto (its opener owns it).
 *
 * <pre>{@code
 * DocumentSource a = DocumentSource.of(Path.of("invoice.pdf"));
 * DocumentSource b = DocumentSource.of(bytes, "upload-17.pdf");
 * }</pre>
 */
public sealed interface DocumentSource
    permits DocumentSource.PathSource, DocumentSource.BytesSource, DocumentSource.StreamSource {

  /** A display name used in results and diagnostics (the file name for paths). */
  String name();

  static DocumentSource of(Path path) {
    return new PathSource(path);
  }

  /** A source over these bytes; the array is not copied and must not change while in use. */
  static DocumentSource of(byte[] bytes, String name) {
    return new BytesSource(bytes, name);
  }

  /** A source over a stream that Recto reads once and does not close. */
  static DocumentSource of(InputStream stream, String name) {
    return new StreamSource(stream, name);
  }

  /**
   * A file on disk.
   *
   * @param path the file
   */
  record PathSource(Path path) implements DocumentSource {
    public PathSource {
      Objects.requireNonNull(path, "path");
    }

    @Override
    public String name() {
      Path file = path.getFileName();
      return file == null ? path.toString() : file.toString();
    }

    /** Size of the file in bytes. */
    public long size() throws IOException {
      return Files.size(path);
    }
  }

  /**
   * Bytes in memory.
   *
   * @param bytes the document's bytes, not copied
   * @param name a display name
   */
  record BytesSource(byte[] bytes, String name) implements DocumentSource {
    public BytesSource {
      Objects.requireNonNull(bytes, "bytes");
      Objects.requireNonNull(name, "name");
    }
  }

  /**
   * A stream read once.
   *
   * @param stream the stream, not closed by Recto
   * @param name a display name
   */
  record StreamSource(InputStream stream, String name) implements DocumentSource {
    public StreamSource {
      Objects.requireNonNull(stream, "stream");
      Objects.requireNonNull(name, "name");
    }
  }
}
