package dev.recto.core.ingest;

import dev.recto.core.error.LimitExceededException;
import dev.recto.core.process.Deadline;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.rendering.PageDrawer;
import org.apache.pdfbox.rendering.PageDrawerParameters;

/**
 * A PDFBox renderer that refuses, before PDFBox decodes it, any image a page draws whose declared
 * size (width x height x color components, and the same for its soft mask or stencil mask) is over
 * the cap. Every image goes through the page drawer: image XObjects, inline images, images in
 * forms, patterns, Type3 glyphs and annotation appearances.
 *
 * <p>Every image that is not a stencil mask is drawn interpolated (bicubic, PDFBox's quality
 * setting), as if it set {@code /Interpolate true}: scanned pages are mostly images at 150 to 300
 * dpi, and PDFBox otherwise scales them up by nearest neighbour. The flag is set on the loaded
 * document's image dictionaries, which the caller's document keeps.
 *
 * <p>Not thread-safe, like {@link PDFRenderer}: one per rendering thread and document.
 */
final class ImageCapRenderer extends PDFRenderer {
  private final long maxImageSamples;
  private final Optional<Deadline> deadline;

  ImageCapRenderer(PDDocument document, long maxImageSamples, Optional<Deadline> deadline) {
    super(document);
    this.maxImageSamples = maxImageSamples;
    this.deadline = deadline;
  }

  @Override
  protected PageDrawer createPageDrawer(PageDrawerParameters parameters) throws IOException {
    OperatorCheck operators = new OperatorCheck(deadline, "rendering a page");
    return new PageDrawer(parameters) {
      @Override
      protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
        operators.tick();
        super.processOperator(operator, operands);
      }

      @Override
      public void drawImage(PDImage image) throws IOException {
        checkImage(image);
        if (!image.isStencil()) {
          // PDFBox scales an image up by nearest neighbour unless it asks for interpolation:
          // a 200 dpi scan drawn at 300 dpi then has doubled pixel rows and jagged strokes,
          // and OCR loses accents and thin letters (docs/extraction.md, "Scans drawn smooth").
          image.setInterpolate(true);
        }
        super.drawImage(image);
      }
    };
  }

  private void checkImage(PDImage image) {
    long components = image.isStencil() ? 1 : components(image);
    check((long) image.getWidth() * image.getHeight() * components);
    COSDictionary dict = image.getCOSObject();
    for (COSName maskKey : new COSName[] {COSName.SMASK, COSName.MASK}) {
      if (dict.getDictionaryObject(maskKey) instanceof COSStream mask) {
        check((long) mask.getInt(COSName.WIDTH) * mask.getInt(COSName.HEIGHT));
      }
    }
  }

  private void check(long samples) {
    if (samples > maxImageSamples) {
      throw new LimitExceededException("maxImageSamples", samples, maxImageSamples);
    }
  }

  /** Color components of the image, 4 (the most a device color space has) when unreadable. */
  private static long components(PDImage image) {
    try {
      var space = image.getColorSpace();
      return space == null ? 4 : Math.max(1, space.getNumberOfComponents());
    } catch (IOException | RuntimeException e) {
      return 4;
    }
  }
}
