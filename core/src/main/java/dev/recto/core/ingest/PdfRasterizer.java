package dev.recto.core.ingest;

import dev.recto.core.error.LimitExceededException;
import dev.recto.core.process.Deadline;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Renders PDF pages to images with PDFBox, refusing pages whose image would exceed the pixel limit,
 * and embedded images over the image-sample limit, before their memory is allocated.
 *
 * <p>Stateless and thread-safe; a {@link PDDocument} must be rendered from one thread at a time.
 */
public final class PdfRasterizer {

  /** Color of the rendered image. */
  public enum ColorMode {
    GRAY,
    RGB
  }

  /** The embedded-image cap of {@link #PdfRasterizer(long)}: a 50-megapixel RGB image. */
  public static final long DEFAULT_MAX_IMAGE_SAMPLES = 150_000_000L;

  private final long maxPixelsPerPage;
  private final long maxImageSamples;

  /**
   * A rasterizer with the default embedded-image cap, {@link #DEFAULT_MAX_IMAGE_SAMPLES}.
   *
   * @param maxPixelsPerPage the largest image (width x height in pixels) a page may render to
   */
  public PdfRasterizer(long maxPixelsPerPage) {
    this(maxPixelsPerPage, DEFAULT_MAX_IMAGE_SAMPLES);
  }

  /**
   * @param maxPixelsPerPage the largest image (width x height in pixels) a page may render to
   * @param maxImageSamples the largest image (width x height x color components) a page may draw
   */
  public PdfRasterizer(long maxPixelsPerPage, long maxImageSamples) {
    if (maxPixelsPerPage <= 0 || maxImageSamples <= 0) {
      throw new IllegalArgumentException("maxPixelsPerPage and maxImageSamples must be positive");
    }
    this.maxPixelsPerPage = maxPixelsPerPage;
    this.maxImageSamples = maxImageSamples;
  }

  /**
   * Renders one page at {@code dpi}; the image shows the page as displayed (rotation applied).
   *
   * @throws LimitExceededException when the image would have more than the allowed pixels ({@code
   *     maxPixelsPerPage}), or the page draws an image over {@code maxImageSamples}
   * @throws IOException when PDFBox cannot render the page
   */
  public PageImage render(PDDocument document, int pageIndex, int dpi, ColorMode color)
      throws IOException {
    return render(document, pageIndex, dpi, color, Optional.empty());
  }

  /**
   * Renders one page like {@link #render(PDDocument, int, int, ColorMode)}, checking {@code
   * deadline} and the thread's interrupt flag while PDFBox interprets the page.
   *
   * @throws dev.recto.core.error.DeadlineExceededException when the deadline passes meanwhile
   * @throws java.util.concurrent.CancellationException when the thread is interrupted meanwhile
   */
  public PageImage render(
      PDDocument document, int pageIndex, int dpi, ColorMode color, Optional<Deadline> deadline)
      throws IOException {
    PDPage page = document.getPage(pageIndex);
    PDRectangle crop = page.getCropBox();
    long pixels = pixelCount(crop.getWidth(), crop.getHeight(), dpi);
    if (pixels > maxPixelsPerPage) {
      throw new LimitExceededException("maxPixelsPerPage", pixels, maxPixelsPerPage);
    }
    PDFRenderer renderer = new ImageCapRenderer(document, maxImageSamples, deadline);
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
