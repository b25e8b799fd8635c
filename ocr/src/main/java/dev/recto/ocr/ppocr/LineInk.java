package dev.recto.ocr.ppocr;

import java.util.Objects;

/**
 * The ink of one line image as the recognizer saw it (scaled to the model's height, before
 * padding), from {@link InkProfile}.
 *
 * <p>Holds arrays it does not copy: treat as immutable once built; then thread-safe.
 *
 * @param columns for each column, whether its middle band holds ink (what {@link WordSplitter}
 *     uses)
 * @param pixels row-major ink mask of the whole image, {@code pixels[y * width + x]}
 * @param width image width, pixels
 * @param height image height, pixels
 */
record LineInk(boolean[] columns, boolean[] pixels, int width, int height) {

  LineInk {
    Objects.requireNonNull(columns, "columns");
    Objects.requireNonNull(pixels, "pixels");
    if (columns.length != width || pixels.length != width * height) {
      throw new IllegalArgumentException(
          "ink arrays do not match " + width + "x" + height + " pixels");
    }
  }

  /** Whether pixel {@code (x, y)} is ink. */
  boolean at(int x, int y) {
    return pixels[y * width + x];
  }
}
