package dev.recto.ocr.eval;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The text of a SROIE receipt from its box file ({@code box/NNN.csv}): one text line per row,
 * {@code x1,y1,x2,y2,x3,y3,x4,y4,text}, where the text may itself contain commas, so only the first
 * eight commas separate fields. SROIE's texts are upper-case. Stateless and thread-safe.
 *
 * <pre>{@code
 * List<String> lines = SroieTruth.parse("72,25,326,25,326,64,72,64,TAN WOON YANN\n");
 * // [TAN WOON YANN]
 * }</pre>
 */
public final class SroieTruth {

  private static final int COORDINATES = 8;

  private SroieTruth() {}

  /**
   * The text lines of a box file's content, in file order; blank rows are skipped.
   *
   * @throws IllegalArgumentException when a non-blank row has fewer than eight commas or a
   *     coordinate is not an integer
   */
  public static List<String> parse(String csv) {
    List<String> lines = new ArrayList<>();
    String[] rows = csv.split("\\R");
    for (int r = 0; r < rows.length; r++) {
      String row = rows[r].strip();
      if (row.isEmpty()) {
        continue;
      }
      int start = 0;
      for (int field = 0; field < COORDINATES; field++) {
        int comma = row.indexOf(',', start);
        if (comma < 0) {
          throw new IllegalArgumentException(
              "row " + (r + 1) + " has fewer than 8 commas: '" + row + "'");
        }
        String coordinate = row.substring(start, comma).strip();
        if (!coordinate.matches("-?\\d+")) {
          throw new IllegalArgumentException(
              "row "
                  + (r + 1)
                  + ": coordinate "
                  + (field + 1)
                  + " is not an integer: '"
                  + row
                  + "'");
        }
        start = comma + 1;
      }
      String text = OcrText.normalize(row.substring(start));
      if (!text.isEmpty()) {
        lines.add(text);
      }
    }
    return lines;
  }

  /**
   * The receipt's text: its lines in file order joined by single spaces. The file is read as UTF-8,
   * or as ISO-8859-1 when it is not valid UTF-8 (a few SROIE files are not).
   */
  public static String read(Path boxFile) throws IOException {
    byte[] bytes = Files.readAllBytes(boxFile);
    String content;
    try {
      content =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
    } catch (CharacterCodingException e) {
      content = new String(bytes, StandardCharsets.ISO_8859_1);
    }
    return String.join(" ", parse(content));
  }
}
