package dev.recto.core.ingest;

import dev.recto.core.model.Word;
import java.util.List;
import java.util.Objects;

/**
 * What the text layer of one PDF page holds.
 *
 * <p>Immutable and thread-safe.
 *
 * @param pageIndex zero-based page index
 * @param width displayed page width in PDF points (crop box, rotation applied)
 * @param height displayed page height in PDF points
 * @param rotation the page's {@code /Rotate}, normalized to 0, 90, 180 or 270
 * @param words the visible words in reading order (sorted by position)
 * @param assessment whether the layer is real
 */
public record TextLayerPage(
    int pageIndex,
    double width,
    double height,
    int rotation,
    List<Word> words,
    TextLayerAssessment assessment) {

  public TextLayerPage {
    words = List.copyOf(words);
    Objects.requireNonNull(assessment, "assessment");
  }
}
