package dev.recto.core.ingest;

import dev.recto.core.error.InvalidDocumentException;
import dev.recto.core.error.LimitExceededException;
import dev.recto.core.model.InputFormat;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import org.w3c.dom.NodeList;

/**
 * An open image file (PNG, JPEG, or multi-page TIFF) whose pages are decoded one at a time. Each
 * page's pixel count is read from its header and checked against the limit before the pixels are
 * decoded.
 *
 * <p>Not thread-safe. Owns an ImageIO reader and stream: close it (try-with-resources).
 *
 * <pre>{@code
 * try (ImageDocument images = ImageDocument.open(input, InputFormat.TIFF, 50_000_000L)) {
 *   for (int i = 0; i < images.pageCount(); i++) {
 *     PageImage page = images.read(i);
 *   }
 * }
 * }</pre>
 */
public final class ImageDocument implements AutoCloseable {

  /** Resolution assumed when the file gives none, or an implausible one (below 100 dpi). */
  public static final int ASSUMED_DPI = 300;

  private final ImageInputStream stream;
  private final ImageReader reader;
  private final long maxPixelsPerPage;
  private final int pageCount;

  private ImageDocument(
      ImageInputStream stream, ImageReader reader, long maxPixelsPerPage, int pageCount) {
    this.stream = stream;
    this.reader = reader;
    this.maxPixelsPerPage = maxPixelsPerPage;
    this.pageCount = pageCount;
  }

  /**
   * Opens the image and counts its pages.
   *
   * @throws InvalidDocumentException when no reader accepts the bytes or the header is damaged
   */
  public static ImageDocument open(InputData input, InputFormat format, long maxPixelsPerPage) {
    ImageInputStream stream = null;
    ImageReader reader = null;
    try {
      stream = input.openImageStream();
      Iterator<ImageReader> readers = ImageIO.getImageReaders(stream);
      if (!readers.hasNext()) {
        throw new InvalidDocumentException(
            "no image reader for " + format + " input " + input.name(), null);
      }
      reader = readers.next();
      reader.setInput(stream, false, true);
      int count = format == InputFormat.TIFF ? reader.getNumImages(true) : 1;
      if (count < 1) {
        throw new InvalidDocumentException("image " + input.name() + " has no pages", null);
      }
      return new ImageDocument(stream, reader, maxPixelsPerPage, count);
    } catch (IOException | RuntimeException e) {
      closeQuietly(reader, stream);
      if (e instanceof InvalidDocumentException ide) {
        throw ide;
      }
      throw new InvalidDocumentException("cannot decode image " + input.name() + ": " + e, e);
    }
  }

  public int pageCount() {
    return pageCount;
  }

  /**
   * Decodes one page.
   *
   * @throws LimitExceededException when the page has more pixels than allowed (checked from the
   *     header, before decoding)
   * @throws InvalidDocumentException when the pixels cannot be decoded
   */
  public PageImage read(int pageIndex) {
    try {
      long w = reader.getWidth(pageIndex);
      long h = reader.getHeight(pageIndex);
      if (w <= 0 || h <= 0) {
        throw new InvalidDocumentException("page " + pageIndex + " has no pixels", null);
      }
      if (w * h > maxPixelsPerPage) {
        throw new LimitExceededException("maxPixelsPerPage", w * h, maxPixelsPerPage);
      }
      int dpi = dpiOf(reader.getImageMetadata(pageIndex));
      BufferedImage image = reader.read(pageIndex);
      return new PageImage(pageIndex, image, dpi);
    } catch (IOException | RuntimeException e) {
      if (e instanceof LimitExceededException || e instanceof InvalidDocumentException) {
        throw (RuntimeException) e;
      }
      throw new InvalidDocumentException("cannot decode image page " + pageIndex + ": " + e, e);
    }
  }

  /** Resolution from the standard metadata tree, or {@link #ASSUMED_DPI}. */
  static int dpiOf(IIOMetadata metadata) {
    if (metadata == null || !metadata.isStandardMetadataFormatSupported()) {
      return ASSUMED_DPI;
    }
    try {
      IIOMetadataNode root = (IIOMetadataNode) metadata.getAsTree(IIOMetadataFormatNames.STANDARD);
      NodeList nodes = root.getElementsByTagName("HorizontalPixelSize");
      if (nodes.getLength() == 0) {
        return ASSUMED_DPI;
      }
      String value = ((IIOMetadataNode) nodes.item(0)).getAttribute("value");
      double mmPerPixel = Double.parseDouble(value);
      double dpi = 25.4 / mmPerPixel;
      if (!(dpi >= 100 && dpi <= 2400)) {
        return ASSUMED_DPI;
      }
      return (int) Math.round(dpi);
    } catch (RuntimeException e) {
      return ASSUMED_DPI;
    }
  }

  /** The name of ImageIO's standard metadata format. */
  private static final class IIOMetadataFormatNames {
    static final String STANDARD = "javax_imageio_1.0";
  }

  private static void closeQuietly(ImageReader reader, ImageInputStream stream) {
    if (reader != null) {
      reader.dispose();
    }
    if (stream != null) {
      try {
        stream.close();
      } catch (IOException ignored) {
        // Nothing more can be done; the stream held no written data.
      }
    }
  }

  @Override
  public void close() {
    closeQuietly(reader, stream);
  }
}
