package dev.recto.core.ingest;

import java.awt.image.BufferedImage;
import java.util.Objects;

/**
 * A raster of one page: a rendered PDF page or a decoded image.
 *
 * <p>The image spans the whole displayed page, so pixel {@code (x, y)} is at page-relative {@code
 * (x / width, y / height)} in the space documented on {@link dev.recto.core.model.BoundingBox}.
 * {@link BufferedImage} is mutable: whoever holds a PageImage must not change its pixels while
 * others read them.
 *
 * @param pageIndex zero-based page index
 * @param image the pixels, gray or RGB
 * @param dpi resolution in dots per inch (for images, read from the file or assumed)
 */
public record PageImage(int pageIndex, BufferedImage image, int dpi) {

  public PageImage {
    if (pageIndex < 0) {
      throw new IllegalArgumentException("pageIndex must be >= 0, was " + pageIndex);
    }
    Objects.requireNonNull(image, "image");
    if (dpi <= 0) {
      throw new IllegalArgumentException("dpi must be positive, was " + dpi);
    }
  }

  public int width() {
    return image.getWidth();
  }

  public int height() {
    return image.getHeight();
  }

  /** Displayed page width in PDF points. */
  public double widthInPoints() {
    return image.getWidth() * 72.0 / dpi;
  }

  /** Displayed page height in PDF points. */
  public double heightInPoints() {
    return image.getHeight() * 72.0 / dpi;
  }
}
