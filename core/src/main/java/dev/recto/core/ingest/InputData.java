package dev.recto.core.ingest;

import dev.recto.core.error.ErrorCode;
import dev.recto.core.error.InvalidDocumentException;
import dev.recto.core.error.LimitExceededException;
import dev.recto.core.source.DocumentSource;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import javax.imageio.ImageIO;
import javax.imageio.stream.ImageInputStream;
import org.apache.pdfbox.io.RandomAccessRead;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;

/**
 * A document's bytes made readable within the input-size limit: a file stays on disk, a stream is
 * read into memory (never more than the limit plus one byte).
 *
 * <p>Not thread-safe; one per document. Holds no open handle itself: each {@code open} method
 * returns a resource the caller closes.
 */
public final class InputData {
  private final String name;
  private final Path path;
  private final byte[] bytes;
  private final long size;

  private InputData(String name, Path path, byte[] bytes, long size) {
    this.name = name;
    this.path = path;
    this.bytes = bytes;
    this.size = size;
  }

  /**
   * Checks the size and, for streams, reads the bytes.
   *
   * @throws LimitExceededException when the input is larger than {@code maxInputBytes}
   * @throws InvalidDocumentException with {@link ErrorCode#SOURCE_UNREADABLE} when it cannot be
   *     read
   */
  public static InputData of(DocumentSource source, long maxInputBytes) {
    try {
      if (source instanceof DocumentSource.PathSource p) {
        if (!Files.isRegularFile(p.path())) {
          throw new NoSuchFileException(p.path().toString(), null, "not a readable file");
        }
        long size = p.size();
        if (size > maxInputBytes) {
          throw new LimitExceededException("maxInputBytes", size, maxInputBytes);
        }
        return new InputData(source.name(), p.path(), null, size);
      }
      if (source instanceof DocumentSource.BytesSource b) {
        if (b.bytes().length > maxInputBytes) {
          throw new LimitExceededException("maxInputBytes", b.bytes().length, maxInputBytes);
        }
        return new InputData(source.name(), null, b.bytes(), b.bytes().length);
      }
      DocumentSource.StreamSource s = (DocumentSource.StreamSource) source;
      byte[] read = readAtMost(s.stream(), maxInputBytes);
      return new InputData(source.name(), null, read, read.length);
    } catch (IOException e) {
      throw new InvalidDocumentException(
          ErrorCode.SOURCE_UNREADABLE, "cannot read " + source.name() + ": " + e, e);
    }
  }

  private static byte[] readAtMost(InputStream in, long max) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buf = new byte[64 * 1024];
    long total = 0;
    int n;
    while ((n = in.read(buf)) > 0) {
      total += n;
      if (total > max) {
        throw new LimitExceededException("maxInputBytes", total, max);
      }
      out.write(buf, 0, n);
    }
    return out.toByteArray();
  }

  public String name() {
    return name;
  }

  /** Size in bytes. */
  public long size() {
    return size;
  }

  /** Up to the first {@code n} bytes. */
  public byte[] head(int n) throws IOException {
    if (bytes != null) {
      return Arrays.copyOf(bytes, (int) Math.min(n, bytes.length));
    }
    try (InputStream in = Files.newInputStream(path)) {
      return in.readNBytes(n);
    }
  }

  /** A PDFBox reader over the bytes; the caller closes it (PDFBox does when it owns it). */
  public RandomAccessRead openRandomAccess() throws IOException {
    return bytes != null
        ? new RandomAccessReadBuffer(bytes)
        : new RandomAccessReadBufferedFile(path.toFile());
  }

  /** An ImageIO stream over the bytes; the caller closes it. */
  public ImageInputStream openImageStream() throws IOException {
    ImageInputStream in =
        bytes != null
            ? ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))
            : ImageIO.createImageInputStream(path.toFile());
    if (in == null) {
      throw new IOException("no ImageIO stream for " + name);
    }
    return in;
  }
}
