package dev.recto.core.model;

import dev.recto.core.text.BlockGrouper;
import dev.recto.core.text.LineGrouper;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One page of a document with its words, lines and layout regions.
 *
 * <p>Sizes are in PDF points (1/72 inch) of the page <em>as displayed</em>: for a PDF page the crop
 * box with {@code /Rotate} applied (a 90-degree rotated A4 page is 842 x 595); for an image, pixels
 * divided by the source dpi times 72. All boxes are page-relative, see {@link BoundingBox}.
 *
 * <p>Immutable and thread-safe; lists are copied.
 *
 * @param index zero-based page index
 * @param width displayed width in PDF points
 * @param height displayed height in PDF points
 * @param rotation the PDF page's {@code /Rotate} in degrees (0, 90, 180, 270); 0 for images
 * @param sourceDpi for image inputs the resolution of the image in dots per inch; 0 for PDF pages
 * @param textSource where the words came from
 * @param words all words of the page in reading order
 * @param lines the words grouped into lines, top to bottom
 * @param blocks the lines grouped into blocks
 * @param regions layout regions, empty until a layout engine ran
 */
public record Page(
    int index,
    double width,
    double height,
    int rotation,
    int sourceDpi,
    TextSource textSource,
    List<Word> words,
    List<Line> lines,
    List<Block> blocks,
    List<Region> regions) {

  public Page {
    if (index < 0) {
      throw new IllegalArgumentException("index must be >= 0, was " + index);
    }
    if (!(width > 0) || !(height > 0) || Double.isInfinite(width) || Double.isInfinite(height)) {
      throw new IllegalArgumentException(
          "page size must be positive, was " + width + " x " + height);
    }
    if (rotation % 90 != 0 || rotation < 0 || rotation >= 360) {
      throw new IllegalArgumentException("rotation must be 0, 90, 180 or 270, was " + rotation);
    }
    if (sourceDpi < 0) {
      throw new IllegalArgumentException("sourceDpi must be >= 0, was " + sourceDpi);
    }
    Objects.requireNonNull(textSource, "textSource");
    words = List.copyOf(words);
    lines = List.copyOf(lines);
    blocks = List.copyOf(blocks);
    regions = List.copyOf(regions);
  }

  /**
   * A page whose words are grouped into lines and blocks, and put in reading order (lines top to
   * bottom, words left to right).
   */
  public static Page of(
      int index,
      double width,
      double height,
      int rotation,
      int sourceDpi,
      TextSource textSource,
      List<Word> words) {
    List<Line> lines = LineGrouper.group(words);
    List<Word> ordered = new ArrayList<>(words.size());
    for (Line l : lines) {
      ordered.addAll(l.words());
    }
    return new Page(
        index,
        width,
        height,
        rotation,
        sourceDpi,
        textSource,
        ordered,
        lines,
        BlockGrouper.group(lines),
        List.of());
  }

  /** The same page with other regions. */
  public Page withRegions(List<Region> newRegions) {
    return new Page(
        index, width, height, rotation, sourceDpi, textSource, words, lines, blocks, newRegions);
  }

  /** The same page with other words (grouped anew) and its regions kept. */
  public Page withWords(TextSource newSource, List<Word> newWords) {
    return of(index, width, height, rotation, sourceDpi, newSource, newWords).withRegions(regions);
  }

  /** The page's text as lines joined by newlines, words by single spaces. */
  public String text() {
    List<String> out = new ArrayList<>();
    for (Line l : lines) {
      out.add(l.text());
    }
    return String.join("\n", out);
  }
}
