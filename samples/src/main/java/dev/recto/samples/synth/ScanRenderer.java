package dev.recto.samples.synth;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Turns a born-digital invoice PDF into a simulated scan following a {@link ScanPlan}: each page is
 * rasterized with PDFBox at the plan's dpi (Standard 14 faces drawn with their metric-compatible
 * Liberation faces, see {@link StandardFaceMapper}), rotated about its centre (white fill,
 * bilinear), then degraded by the plan's effects in order. Returns one PNG per page, an image-only
 * PDF (each page one JPEG image at quality 0.9, page size equal to the original page size in
 * points, no text) and the truth with its boxes moved through the rotation (see {@link ScanBoxes}).
 *
 * <pre>{@code
 * ScanRenderer.Scanned s = new ScanRenderer().scan(rendered.pdf(), rendered.truth(), plan);
 * }</pre>
 *
 * <p>Stateless and thread-safe; the same PDF, truth and plan give the same bytes on the same JVM.
 */
public final class ScanRenderer {

  /** Quality of the JPEG images in the image-only PDF. */
  static final float PDF_JPEG_QUALITY = 0.9f;

  /** ImageIO's PNG compression quality; the JDK maps it to deflate level {@code 9 * (1 - q)}. */
  static final float PNG_QUALITY = 0.89f;

  /**
   * A finished scan.
   *
   * @param pngs one PNG per page, in page order
   * @param pdf the image-only PDF
   * @param truth the truth with boxes moved through the rotation
   * @param plan what was done
   * @param pixelSizes per page, {@code {width, height}} in pixels
   */
  public record Scanned(
      List<byte[]> pngs, byte[] pdf, Truth truth, ScanPlan plan, List<int[]> pixelSizes) {
    public Scanned {
      pngs = List.copyOf(pngs);
      pixelSizes = List.copyOf(pixelSizes);
      Objects.requireNonNull(pdf, "pdf");
      Objects.requireNonNull(truth, "truth");
      Objects.requireNonNull(plan, "plan");
    }
  }

  /** Scans {@code pdf}, whose truth is {@code truth}, as {@code plan} says. */
  public Scanned scan(byte[] pdf, Truth truth, ScanPlan plan) throws IOException {
    List<BufferedImage> images = images(pdf, plan);
    List<byte[]> pngs = new ArrayList<>();
    List<int[]> sizes = new ArrayList<>();
    List<double[]> boxSizes = new ArrayList<>();
    for (BufferedImage image : images) {
      pngs.add(png(image));
      sizes.add(new int[] {image.getWidth(), image.getHeight()});
      boxSizes.add(new double[] {image.getWidth(), image.getHeight()});
    }
    Truth moved = new ScanBoxes(plan.skewDegrees(), boxSizes).map(truth);
    return new Scanned(pngs, imagePdf(images, truth.pages(), truth.name()), moved, plan, sizes);
  }

  /**
   * The image as PNG at deflate level 1: scans with noise hardly compress at any level, and level 1
   * takes about half the time of ImageIO's default (4).
   */
  static byte[] png(BufferedImage image) throws IOException {
    ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (MemoryCacheImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
      writer.setOutput(stream);
      ImageWriteParam param = writer.getDefaultWriteParam();
      param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
      param.setCompressionQuality(PNG_QUALITY);
      writer.write(null, new IIOImage(image, null, null), param);
    } finally {
      writer.dispose();
    }
    return out.toByteArray();
  }

  /** The degraded page images. */
  public List<BufferedImage> images(byte[] pdf, ScanPlan plan) throws IOException {
    StandardFaceMapper.install();
    List<BufferedImage> pages = new ArrayList<>();
    SplittableRandom noise = new SplittableRandom(plan.noiseSeed());
    try (PDDocument document = Loader.loadPDF(pdf)) {
      PDFRenderer renderer = new PDFRenderer(document);
      for (int i = 0; i < document.getNumberOfPages(); i++) {
        BufferedImage page = raster(renderer, i, plan);
        page = rotate(page, plan.skewDegrees());
        SplittableRandom r = noise.split();
        for (ScanEffect effect : plan.effects()) {
          page = effect.apply(page, r);
        }
        pages.add(page);
      }
    }
    return pages;
  }

  /** Page {@code i} at the plan's dpi, as TYPE_BYTE_GRAY or TYPE_3BYTE_BGR. */
  static BufferedImage raster(PDFRenderer renderer, int i, ScanPlan plan) throws IOException {
    if (plan.gray()) {
      return renderer.renderImageWithDPI(i, plan.dpi(), ImageType.GRAY);
    }
    BufferedImage rgb = renderer.renderImageWithDPI(i, plan.dpi(), ImageType.RGB);
    BufferedImage bgr =
        new BufferedImage(rgb.getWidth(), rgb.getHeight(), BufferedImage.TYPE_3BYTE_BGR);
    Graphics2D g = bgr.createGraphics();
    g.drawImage(rgb, 0, 0, null);
    g.dispose();
    return bgr;
  }

  /** The image rotated about its centre by {@code degrees} (clockwise), same size, white fill. */
  static BufferedImage rotate(BufferedImage src, double degrees) {
    if (degrees == 0) {
      return src;
    }
    BufferedImage dst = new BufferedImage(src.getWidth(), src.getHeight(), src.getType());
    Graphics2D g = dst.createGraphics();
    try {
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, dst.getWidth(), dst.getHeight());
      g.setRenderingHint(
          RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
      g.drawImage(src, ScanBoxes.rotation(degrees, src.getWidth(), src.getHeight()), null);
    } finally {
      g.dispose();
    }
    return dst;
  }

  /** A PDF with one full-page image per page and no text. */
  static byte[] imagePdf(List<BufferedImage> images, List<Truth.PageSize> sizes, String name)
      throws IOException {
    try (PDDocument document = new PDDocument()) {
      // PDFBox derives the file id from this instead of the clock, so the bytes repeat.
      document.setDocumentId((long) (name + "/scan").hashCode());
      for (int i = 0; i < images.size(); i++) {
        Truth.PageSize size = sizes.get(i);
        PDPage page = new PDPage(new PDRectangle((float) size.width(), (float) size.height()));
        document.addPage(page);
        PDImageXObject image =
            JPEGFactory.createFromImage(document, images.get(i), PDF_JPEG_QUALITY);
        try (PDPageContentStream content = new PDPageContentStream(document, page)) {
          content.drawImage(image, 0, 0, (float) size.width(), (float) size.height());
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.save(out);
      return out.toByteArray();
    }
  }
}
