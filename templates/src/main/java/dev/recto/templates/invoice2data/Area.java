package dev.recto.templates.invoice2data;

/**
 * A field's {@code area}: the text of a crop of some pages, as {@code pdftotext -f -l -r -x -y -W
 * -H} gives it. Coordinates are pixels at {@code resolution} dots per inch, origin at the top-left
 * of the page.
 *
 * @param firstPage first page, 1-based ({@code f})
 * @param lastPage last page, 1-based ({@code l})
 * @param x left edge in pixels
 * @param y top edge in pixels
 * @param width width in pixels ({@code W})
 * @param height height in pixels ({@code H})
 * @param resolution dots per inch the pixels are counted at ({@code r}, default 72)
 */
public record Area(
    int firstPage,
    int lastPage,
    double x,
    double y,
    double width,
    double height,
    double resolution) {
  public Area {
    if (firstPage < 1 || lastPage < firstPage) {
      throw new IllegalArgumentException(
          "pages must be 1 <= f <= l, were " + firstPage + ", " + lastPage);
    }
    if (!(resolution > 0) || !(width >= 0) || !(height >= 0)) {
      throw new IllegalArgumentException("resolution must be > 0 and W, H >= 0");
    }
  }

  /** Left edge in PDF points. */
  public double leftPoints() {
    return x * 72.0 / resolution;
  }

  /** Top edge in PDF points. */
  public double topPoints() {
    return y * 72.0 / resolution;
  }

  /** Right edge in PDF points. */
  public double rightPoints() {
    return (x + width) * 72.0 / resolution;
  }

  /** Bottom edge in PDF points. */
  public double bottomPoints() {
    return (y + height) * 72.0 / resolution;
  }
}
