package dev.recto.core.ingest;

import dev.recto.core.error.LimitExceededException;
import java.awt.image.BufferedImage;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Renders PDF pages to images with PDFBox, refusing pages whose image would exceed the pixel limit
 * before any memory is allocated.
 *
 * <p>Stateless and thread-safe; a {@link PDDocument} must be rendered from one thread at a time.
 */
public final class PdfRasterizer {

  /** Color of the rendered image. */
  public enum ColorMode {
    GRAY,
    RGB
  }

  private final long maxPixelsPerPage;

  /**
   * @param maxPixelsPerPage the largest image (width x height in pixels) a page may render to
   */
  public PdfRasterizer(long maxPixelsPerPage) {
    if (maxPixelsPerPage <= 0) {
      throw new IllegalArgumentException("maxPixelsPerPage must be positive");
    }
    this.maxPixelsPerPage = maxPixelsPerPage;
  }

  /**
   * Renders one page at {@code dpi}; the image shows the page as displayed (rotation applied).
   *
   * @throws LimitExceededException when the image would have more than the allowed pixels
   * @throws IOException when PDFBox cannot render the page
   */
  public PageImage render(PDDocument document, int pageIndex, int dpi, ColorMode color)
      throws IOException {
    PDPage page = document.getPage(pageIndex);
    PDRectangle crop = page.getCropBox();
    long pixels = pixelCount(crop.getWidth(), crop.getHeight(), dpi);
    if (pixels > maxPixelsPerPage) {
      throw new LimitExceededException("maxPixelsPerPage", pixels, maxPixelsPerPage);
    }
    PDFRenderer renderer = new PDFRenderer(document);
    BufferedImage image =
        renderer.renderImageWithDPI(
            pageIndex, dpi, color == ColorMode.GRAY ? ImageType.GRAY : ImageType.RGB);
    return new PageImage(pageIndex, image, dpi);
  }

  /** Pixels of a page of this size in points rendered at {@code dpi}, as PDFBox rounds them. */
  static long pixelCount(double widthPt, double heightPt, int dpi) {
    double scale = dpi / 72.0;
    long w = (long) Math.max(1, Math.floor(Math.abs(widthPt) * scale));
    long h = (long) Math.max(1, Math.floor(Math.abs(heightPt) * scale));
    if (!Double.isFinite(widthPt * scale) || !Double.isFinite(heightPt * scale)) {
      return Long.MAX_VALUE;
    }
    return w * h;
  }
}
