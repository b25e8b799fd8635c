package dev.recto.review.web;

import dev.recto.core.ingest.PdfRasterizer;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Page images from the files tasks point at: PDF pages rendered with core's {@link PdfRasterizer}
 * (at {@code dpi}), images (PNG, JPEG, TIFF as ImageIO reads them) re-encoded as PNG. The last 32
 * pages are cached. Thread-safe.
 */
public final class RenderedPageImages implements PageImageSource {

  private static final int CACHE = 32;

  private final int dpi;
  private final PdfRasterizer rasterizer = new PdfRasterizer(60_000_000L);
  private final Map<String, byte[]> cache =
      new LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, byte[]> eldest) {
          return size() > CACHE;
        }
      };

  /**
   * @param dpi the resolution PDF pages are rendered at, 36 to 300
   */
  public RenderedPageImages(int dpi) {
    if (dpi < 36 || dpi > 300) {
      throw new IllegalArgumentException("dpi must be 36 to 300, was " + dpi);
    }
    this.dpi = dpi;
  }

  @Override
  public byte[] png(String pageImage, int pageIndex) throws IOException {
    String key = pageIndex + "|" + pageImage;
    synchronized (cache) {
      byte[] hit = cache.get(key);
      if (hit != null) {
        return hit;
      }
    }
    byte[] png = render(path(pageImage), pageIndex);
    synchronized (cache) {
      cache.put(key, png);
    }
    return png;
  }

  static Path path(String pageImage) {
    if (pageImage.startsWith("file:")) {
      return Path.of(URI.create(pageImage));
    }
    return Path.of(pageImage);
  }

  private byte[] render(Path file, int pageIndex) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new NoSuchFileException(file.toString());
    }
    BufferedImage image;
    if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".pdf")) {
      try (PDDocument doc = Loader.loadPDF(file.toFile())) {
        if (pageIndex >= doc.getNumberOfPages()) {
          throw new IOException(file + " has no page " + pageIndex);
        }
        image = rasterizer.render(doc, pageIndex, dpi, PdfRasterizer.ColorMode.RGB).image();
      }
    } else {
      image = ImageIO.read(file.toFile());
      if (image == null) {
        throw new IOException("not an image ImageIO reads: " + file);
      }
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, "png", out);
    return out.toByteArray();
  }
}
