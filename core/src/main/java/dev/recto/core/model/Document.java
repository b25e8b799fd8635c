package dev.recto.core.model;

import java.util.List;
import java.util.Objects;

/**
 * A processed document: its pages with words and regions.
 *
 * <p>Immutable and thread-safe; holds no native resources.
 *
 * @param source a display name of the input (a file name, or the name given to bytes or a stream)
 * @param format the input's format
 * @param pages the pages in order; {@code pages.get(i).index() == i}
 */
public record Document(String source, InputFormat format, List<Page> pages) {

  public Document {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(format, "format");
    pages = List.copyOf(pages);
    for (int i = 0; i < pages.size(); i++) {
      if (pages.get(i).index() != i) {
        throw new IllegalArgumentException(
            "page " + i + " has index " + pages.get(i).index() + ": pages must be in order");
      }
    }
  }
}
