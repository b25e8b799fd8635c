package dev.recto.ocr.eval;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.WritableRaster;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;
import java.util.Random;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/**
 * Scanner- and camera-like damage for clean page renders, in plain Java2D: Gaussian blur, additive
 * Gaussian noise, JPEG compression and a small rotation. Every method returns a new 8-bit gray
 * image ({@link BufferedImage#TYPE_BYTE_GRAY}) of the input's size and leaves the input untouched;
 * color inputs are converted to gray first. The result depends only on the input pixels and the
 * arguments (the seed for the random ones), so the same seed gives the same pixels.
 *
 * <p>Stateless and thread-safe.
 *
 * <pre>{@code
 * BufferedImage scanned = Degradations.apply(Degradations.Kind.ROTATE, page, 42L);
 * }</pre>
 */
public final class Degradations {

  /** The damage the evaluation's {@code degraded} set applies, one kind per image. */
  public enum Kind {
    /** Gaussian blur with a sigma of {@value Degradations#BLUR_SIGMA} px. */
    BLUR,
    /** Additive Gaussian noise with a sigma of {@value Degradations#NOISE_SIGMA} gray levels. */
    NOISE,
    /** JPEG at quality {@value Degradations#JPEG_QUALITY}. */
    JPEG,
    /** Rotation by 1 to 3 degrees either way (drawn from the seed) around the center. */
    ROTATE
  }

  /** Blur sigma of {@link Kind#BLUR}, pixels. */
  public static final double BLUR_SIGMA = 1.0;

  /** Noise sigma of {@link Kind#NOISE}, gray levels (0-255). */
  public static final double NOISE_SIGMA = 25.0;

  /** JPEG quality of {@link Kind#JPEG}, in [0,1]. */
  public static final float JPEG_QUALITY = 0.30f;

  private Degradations() {}

  /** Applies one kind of damage, with {@code seed} for its random part (noise, angle). */
  public static BufferedImage apply(Kind kind, BufferedImage image, long seed) {
    Objects.requireNonNull(kind, "kind");
    return switch (kind) {
      case BLUR -> gaussianBlur(image, BLUR_SIGMA);
      case NOISE -> noise(image, NOISE_SIGMA, seed);
      case JPEG -> jpeg(image, JPEG_QUALITY);
      case ROTATE -> rotate(image, rotationDegrees(seed));
    };
  }

  /** The angle {@link Kind#ROTATE} uses for a seed: 1 to 3 degrees, either sign. */
  public static double rotationDegrees(long seed) {
    Random random = new Random(seed);
    double magnitude = 1.0 + 2.0 * random.nextDouble();
    return random.nextBoolean() ? magnitude : -magnitude;
  }

  /** An 8-bit gray copy of the image. */
  public static BufferedImage toGray(BufferedImage image) {
    BufferedImage gray =
        new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = gray.createGraphics();
    try {
      g.drawImage(image, 0, 0, null);
    } finally {
      g.dispose();
    }
    return gray;
  }

  /**
   * Separable Gaussian blur; the kernel reaches 3 sigma either side and edge pixels are repeated.
   *
   * @param sigma standard deviation in pixels, &gt; 0
   */
  public static BufferedImage gaussianBlur(BufferedImage image, double sigma) {
    if (!(sigma > 0) || Double.isInfinite(sigma)) {
      throw new IllegalArgumentException("sigma must be positive, was " + sigma);
    }
    int radius = (int) Math.ceil(3 * sigma);
    double[] kernel = new double[2 * radius + 1];
    double sum = 0;
    for (int i = -radius; i <= radius; i++) {
      kernel[i + radius] = Math.exp(-(i * i) / (2 * sigma * sigma));
      sum += kernel[i + radius];
    }
    for (int i = 0; i < kernel.length; i++) {
      kernel[i] /= sum;
    }
    int w = image.getWidth();
    int h = image.getHeight();
    int[] px = pixels(image);
    double[] horizontal = new double[w * h];
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        double v = 0;
        for (int k = -radius; k <= radius; k++) {
          int xx = Math.min(w - 1, Math.max(0, x + k));
          v += kernel[k + radius] * px[y * w + xx];
        }
        horizontal[y * w + x] = v;
      }
    }
    int[] out = new int[w * h];
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        double v = 0;
        for (int k = -radius; k <= radius; k++) {
          int yy = Math.min(h - 1, Math.max(0, y + k));
          v += kernel[k + radius] * horizontal[yy * w + x];
        }
        out[y * w + x] = clamp(Math.round(v));
      }
    }
    return grayImage(w, h, out);
  }

  /**
   * Adds independent Gaussian noise to every pixel, clamped to 0-255.
   *
   * @param sigma standard deviation in gray levels, &gt;= 0
   * @param seed seed of the noise; the same seed gives the same pixels
   */
  public static BufferedImage noise(BufferedImage image, double sigma, long seed) {
    if (!(sigma >= 0) || Double.isInfinite(sigma)) {
      throw new IllegalArgumentException("sigma must be >= 0, was " + sigma);
    }
    Random random = new Random(seed);
    int[] px = pixels(image);
    for (int i = 0; i < px.length; i++) {
      px[i] = clamp(Math.round(px[i] + sigma * random.nextGaussian()));
    }
    return grayImage(image.getWidth(), image.getHeight(), px);
  }

  /**
   * Encodes the gray image as JPEG with ImageIO's encoder and decodes it again.
   *
   * @param quality JPEG quality in [0,1] (0.3 is a strongly compressed scan)
   */
  public static BufferedImage jpeg(BufferedImage image, float quality) {
    if (!(quality >= 0f && quality <= 1f)) {
      throw new IllegalArgumentException("quality must be in [0,1], was " + quality);
    }
    BufferedImage gray = toGray(image);
    ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
      ImageWriteParam param = writer.getDefaultWriteParam();
      param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
      param.setCompressionQuality(quality);
      writer.setOutput(out);
      writer.write(null, new IIOImage(gray, null, null), param);
    } catch (IOException e) {
      throw new UncheckedIOException("JPEG encoding failed", e);
    } finally {
      writer.dispose();
    }
    try {
      BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(bytes.toByteArray()));
      return decoded.getType() == BufferedImage.TYPE_BYTE_GRAY ? decoded : toGray(decoded);
    } catch (IOException e) {
      throw new UncheckedIOException("JPEG decoding failed", e);
    }
  }

  /**
   * Rotates the image about its center with bilinear interpolation; the canvas keeps its size, the
   * corners that come in are white and what leaves the canvas is cut off.
   *
   * @param degrees angle, positive is clockwise on screen
   */
  public static BufferedImage rotate(BufferedImage image, double degrees) {
    if (!Double.isFinite(degrees)) {
      throw new IllegalArgumentException("degrees must be finite, was " + degrees);
    }
    int w = image.getWidth();
    int h = image.getHeight();
    BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = out.createGraphics();
    try {
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, w, h);
      g.setRenderingHint(
          RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
      g.rotate(Math.toRadians(degrees), w / 2.0, h / 2.0);
      g.drawImage(toGray(image), 0, 0, null);
    } finally {
      g.dispose();
    }
    return out;
  }

  /** Gray levels of the image (converted to gray), row by row. */
  static int[] pixels(BufferedImage image) {
    BufferedImage gray = image.getType() == BufferedImage.TYPE_BYTE_GRAY ? image : toGray(image);
    return gray.getRaster().getSamples(0, 0, gray.getWidth(), gray.getHeight(), 0, (int[]) null);
  }

  private static BufferedImage grayImage(int w, int h, int[] px) {
    BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
    WritableRaster raster = out.getRaster();
    raster.setSamples(0, 0, w, h, 0, px);
    return out;
  }

  private static int clamp(long v) {
    return (int) Math.max(0, Math.min(255, v));
  }
}
