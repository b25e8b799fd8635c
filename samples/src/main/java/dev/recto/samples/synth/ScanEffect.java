package dev.recto.samples.synth;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * One degradation of a scanned page. Effects work on images of type {@link
 * BufferedImage#TYPE_BYTE_GRAY} or {@link BufferedImage#TYPE_3BYTE_BGR}, sample values 0 (black) to
 * 255 (white), and return an image of the same type and size (some change the given one in place).
 * None moves ink, so truth boxes are unaffected; only the skew in {@link ScanPlan} moves it.
 *
 * <p>Immutable and thread-safe; randomness comes from the caller's {@link SplittableRandom}.
 */
public sealed interface ScanEffect
    permits ScanEffect.FaintToner,
        ScanEffect.Lighting,
        ScanEffect.Blur,
        ScanEffect.Noise,
        ScanEffect.Jpeg {

  /** The effect's name in the truth file. */
  String kind();

  /** Its parameters by name, in a fixed order, for the truth file. */
  Map<String, Number> params();

  /** Applies it; may change {@code image} and return it. */
  BufferedImage apply(BufferedImage image, SplittableRandom random);

  /** The image's samples, interleaved B, G, R for colour images. */
  private static byte[] samples(BufferedImage image) {
    return ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
  }

  /**
   * Faint toner: every sample's darkness (255 - v) is scaled by {@code 1 - amount}, so black turns
   * grey and white stays white.
   *
   * @param amount share of darkness lost, 0 to 0.6
   */
  record FaintToner(double amount) implements ScanEffect {
    public FaintToner {
      if (!(amount >= 0 && amount <= 0.6)) {
        throw new IllegalArgumentException("amount must be in [0,0.6], was " + amount);
      }
    }

    @Override
    public String kind() {
      return "faintToner";
    }

    @Override
    public Map<String, Number> params() {
      return Map.of("amount", amount);
    }

    @Override
    public BufferedImage apply(BufferedImage image, SplittableRandom random) {
      byte[] lut = new byte[256];
      for (int v = 0; v < 256; v++) {
        lut[v] = (byte) Math.round(255 - (255 - v) * (1 - amount));
      }
      byte[] s = samples(image);
      for (int i = 0; i < s.length; i++) {
        s[i] = lut[s[i] & 0xFF];
      }
      return image;
    }
  }

  /**
   * Uneven lighting: samples are multiplied by {@code 1 - strength * t}, where {@code t} runs
   * linearly from 0 to 1 across the page in the direction {@code angleDegrees} (0 = left to right,
   * 90 = top to bottom).
   *
   * @param angleDegrees direction in which the page darkens, 0 to 360
   * @param strength darkening at the dark end, 0 to 0.4
   */
  record Lighting(double angleDegrees, double strength) implements ScanEffect {
    public Lighting {
      if (!(angleDegrees >= 0 && angleDegrees <= 360)) {
        throw new IllegalArgumentException("angleDegrees must be in [0,360], was " + angleDegrees);
      }
      if (!(strength >= 0 && strength <= 0.4)) {
        throw new IllegalArgumentException("strength must be in [0,0.4], was " + strength);
      }
    }

    @Override
    public String kind() {
      return "lighting";
    }

    @Override
    public Map<String, Number> params() {
      Map<String, Number> p = new LinkedHashMap<>();
      p.put("angleDegrees", angleDegrees);
      p.put("strength", strength);
      return p;
    }

    @Override
    public BufferedImage apply(BufferedImage image, SplittableRandom random) {
      int w = image.getWidth();
      int h = image.getHeight();
      int bands = image.getRaster().getNumBands();
      double cos = Math.cos(Math.toRadians(angleDegrees));
      double sin = Math.sin(Math.toRadians(angleDegrees));
      double reach = Math.abs(cos) + Math.abs(sin);
      byte[] s = samples(image);
      for (int y = 0; y < h; y++) {
        double dy = (y + 0.5) / h - 0.5;
        for (int x = 0; x < w; x++) {
          double t = 0.5 + (((x + 0.5) / w - 0.5) * cos + dy * sin) / reach;
          double f = 1 - strength * t;
          int base = (y * w + x) * bands;
          for (int b = 0; b < bands; b++) {
            s[base + b] = (byte) (int) Math.round((s[base + b] & 0xFF) * f);
          }
        }
      }
      return image;
    }
  }

  /**
   * Gaussian-ish blur: {@code passes} separable box blurs of the given radius (three passes come
   * close to a Gaussian with sigma about {@code radius}).
   *
   * @param radius box radius in pixels, 1 to 4
   * @param passes box passes, 1 to 3
   */
  record Blur(int radius, int passes) implements ScanEffect {
    public Blur {
      if (radius < 1 || radius > 4) {
        throw new IllegalArgumentException("radius must be in [1,4], was " + radius);
      }
      if (passes < 1 || passes > 3) {
        throw new IllegalArgumentException("passes must be in [1,3], was " + passes);
      }
    }

    @Override
    public String kind() {
      return "blur";
    }

    @Override
    public Map<String, Number> params() {
      Map<String, Number> p = new LinkedHashMap<>();
      p.put("radius", radius);
      p.put("passes", passes);
      return p;
    }

    @Override
    public BufferedImage apply(BufferedImage image, SplittableRandom random) {
      int w = image.getWidth();
      int h = image.getHeight();
      int bands = image.getRaster().getNumBands();
      byte[] s = samples(image);
      byte[] tmp = new byte[s.length];
      for (int p = 0; p < passes; p++) {
        BoxBlur.horizontal(s, tmp, w, h, bands, radius);
        BoxBlur.vertical(tmp, s, w, h, bands, radius);
      }
      return image;
    }
  }

  /**
   * Sensor noise: independent Gaussian noise with standard deviation {@code sigma} grey levels
   * added to every sample, clipped to 0..255.
   *
   * @param sigma standard deviation in grey levels, 0 to 30
   */
  record Noise(double sigma) implements ScanEffect {
    public Noise {
      if (!(sigma >= 0 && sigma <= 30)) {
        throw new IllegalArgumentException("sigma must be in [0,30], was " + sigma);
      }
    }

    @Override
    public String kind() {
      return "noise";
    }

    @Override
    public Map<String, Number> params() {
      return Map.of("sigma", sigma);
    }

    @Override
    public BufferedImage apply(BufferedImage image, SplittableRandom random) {
      byte[] s = samples(image);
      for (int i = 0; i < s.length; i++) {
        long v = Math.round((s[i] & 0xFF) + sigma * random.nextGaussian());
        s[i] = (byte) (int) Math.max(0, Math.min(255, v));
      }
      return image;
    }
  }

  /**
   * JPEG artifacts: the page is encoded as a baseline JPEG at {@code quality} and decoded again.
   *
   * @param quality JPEG quality in percent, 10 to 100
   */
  record Jpeg(int quality) implements ScanEffect {
    public Jpeg {
      if (quality < 10 || quality > 100) {
        throw new IllegalArgumentException("quality must be in [10,100], was " + quality);
      }
    }

    @Override
    public String kind() {
      return "jpeg";
    }

    @Override
    public Map<String, Number> params() {
      return Map.of("quality", quality);
    }

    @Override
    public BufferedImage apply(BufferedImage image, SplittableRandom random) {
      try {
        BufferedImage decoded =
            ImageIO.read(new ByteArrayInputStream(encode(image, quality / 100f)));
        if (decoded.getType() == image.getType()) {
          return decoded;
        }
        BufferedImage same =
            new BufferedImage(image.getWidth(), image.getHeight(), image.getType());
        same.getGraphics().drawImage(decoded, 0, 0, null);
        return same;
      } catch (IOException e) {
        throw new UncheckedIOException("JPEG round trip failed", e);
      }
    }

    /** The image as JPEG bytes at the given quality (0 to 1). */
    static byte[] encode(BufferedImage image, float quality) throws IOException {
      ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (MemoryCacheImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
        writer.setOutput(stream);
        ImageWriteParam param = writer.getDefaultWriteParam();
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(quality);
        writer.write(null, new IIOImage(image, null, null), param);
      } finally {
        writer.dispose();
      }
      return out.toByteArray();
    }
  }
}
