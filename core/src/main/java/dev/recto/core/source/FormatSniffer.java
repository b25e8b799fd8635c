package dev.recto.core.source;

import dev.recto.core.model.InputFormat;
import java.util.Optional;

/**
 * Tells a document's format from its first bytes (magic numbers), never from its name.
 *
 * <p>Stateless and thread-safe.
 */
public final class FormatSniffer {

  /** How many leading bytes {@link #sniff} looks at; PDF headers may sit after some junk. */
  public static final int HEAD_BYTES = 1024;

  private FormatSniffer() {}

  /**
   * The format, or empty when the bytes match none Recto reads.
   *
   * @param head the first bytes of the input, up to {@link #HEAD_BYTES}
   * @param length how many of them are valid
   */
  public static Optional<InputFormat> sniff(byte[] head, int length) {
    if (startsWith(head, length, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
      return Optional.of(InputFormat.PNG);
    }
    if (startsWith(head, length, 0xFF, 0xD8, 0xFF)) {
      return Optional.of(InputFormat.JPEG);
    }
    if (startsWith(head, length, 'I', 'I', 0x2A, 0x00)
        || startsWith(head, length, 'M', 'M', 0x00, 0x2A)) {
      return Optional.of(InputFormat.TIFF);
    }
    // PDF readers accept "%PDF-" anywhere in the first kilobyte.
    for (int i = 0; i + 5 <= Math.min(length, HEAD_BYTES); i++) {
      if (head[i] == '%'
          && head[i + 1] == 'P'
          && head[i + 2] == 'D'
          && head[i + 3] == 'F'
          && head[i + 4] == '-') {
        return Optional.of(InputFormat.PDF);
      }
    }
    return Optional.empty();
  }

  private static boolean startsWith(byte[] head, int length, int... magic) {
    if (length < magic.length) {
      return false;
    }
    for (int i = 0; i < magic.length; i++) {
      if ((head[i] & 0xFF) != magic[i]) {
        return false;
      }
    }
    return true;
  }
}
