package dev.recto.samples.synth;

/**
 * An sRGB colour, channels 0 to 255.
 *
 * @param red red channel
 * @param green green channel
 * @param blue blue channel
 */
public record Rgb(int red, int green, int blue) {

  public static final Rgb BLACK = new Rgb(0, 0, 0);
  public static final Rgb WHITE = new Rgb(255, 255, 255);
  public static final Rgb GRAY = new Rgb(110, 110, 110);
  public static final Rgb LIGHT_GRAY = new Rgb(230, 230, 230);

  public Rgb {
    if (red < 0 || red > 255 || green < 0 || green > 255 || blue < 0 || blue > 255) {
      throw new IllegalArgumentException("channels must be in [0,255]");
    }
  }

  /** This colour mixed with white; {@code amount} 0 keeps it, 1 gives white. */
  public Rgb tint(double amount) {
    return new Rgb(mix(red, amount), mix(green, amount), mix(blue, amount));
  }

  private static int mix(int c, double amount) {
    return (int) Math.round(c + (255 - c) * amount);
  }
}
