package dev.recto.samples.synth;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * What a simulated scan of one invoice does: resolution, colour, rotation, and the effects in the
 * order they are applied (after the rotation). Every page of the invoice gets the same plan; the
 * noise differs per page, drawn from {@code noiseSeed}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param dpi resolution in dots per inch
 * @param gray true for an 8-bit grey scan, false for 24-bit colour
 * @param skewDegrees rotation about the page centre in degrees, positive clockwise as seen on the
 *     page (top-left origin, y down); 0 leaves the page straight
 * @param effects degradations in the order they are applied
 * @param noiseSeed seed of the per-page random numbers the effects use
 */
public record ScanPlan(
    int dpi, boolean gray, double skewDegrees, List<ScanEffect> effects, long noiseSeed) {

  /** Stream id of the scan's random numbers in {@link InvoiceGenerator#random}. */
  static final int STREAM = 2;

  public ScanPlan {
    if (dpi < 50 || dpi > 600) {
      throw new IllegalArgumentException("dpi must be in [50,600], was " + dpi);
    }
    if (!(Math.abs(skewDegrees) <= 10)) {
      throw new IllegalArgumentException("skewDegrees must be in [-10,10], was " + skewDegrees);
    }
    effects = List.copyOf(Objects.requireNonNull(effects, "effects"));
  }

  /**
   * The plan of invoice {@code index} under {@code seed}: from the generator's per-invoice random
   * numbers with stream id {@value #STREAM}, so it does not depend on the count or the thread.
   */
  public static ScanPlan of(long seed, int index, ScanOptions options) {
    return draw(InvoiceGenerator.random(seed, index, STREAM), options);
  }

  /**
   * Draws a plan. Effects come in realistic combinations: faint toner in about a quarter of scans,
   * uneven lighting in half, blur in half, sensor noise in most, JPEG artifacts in 60 %; one in
   * eight pages lies straight.
   */
  public static ScanPlan draw(SplittableRandom r, ScanOptions options) {
    int dpi = options.minDpi() + r.nextInt(options.maxDpi() - options.minDpi() + 1);
    boolean gray = r.nextDouble() < 0.7;
    double skew = 0;
    if (r.nextDouble() >= 0.125 && options.maxSkewDegrees() > 0) {
      skew = round2(r.nextDouble(-options.maxSkewDegrees(), options.maxSkewDegrees()));
    }
    List<ScanEffect> effects = new ArrayList<>();
    if (r.nextDouble() < 0.25) {
      effects.add(new ScanEffect.FaintToner(round2(r.nextDouble(0.15, 0.45))));
    }
    if (r.nextDouble() < 0.5) {
      effects.add(
          new ScanEffect.Lighting(round2(r.nextDouble(0, 360)), round2(r.nextDouble(0.05, 0.25))));
    }
    if (r.nextDouble() < 0.5) {
      int radius = dpi >= 240 ? 1 + r.nextInt(2) : 1;
      effects.add(new ScanEffect.Blur(radius, 1 + r.nextInt(3)));
    }
    if (r.nextDouble() < 0.75) {
      effects.add(new ScanEffect.Noise(round2(r.nextDouble(2, 12))));
    }
    if (r.nextDouble() < 0.6) {
      effects.add(new ScanEffect.Jpeg(40 + r.nextInt(51)));
    }
    return new ScanPlan(dpi, gray, skew, effects, r.nextLong());
  }

  private static double round2(double v) {
    return Math.round(v * 100) / 100.0;
  }
}
