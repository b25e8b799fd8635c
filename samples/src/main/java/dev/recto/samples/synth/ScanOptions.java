package dev.recto.samples.synth;

/**
 * How {@link ScanRenderer} turns a born-digital invoice into a simulated scan: the range the
 * resolution is drawn from and the largest skew. Which effects a page gets, and how strong they
 * are, is drawn per invoice by {@link ScanPlan#draw}.
 *
 * <pre>{@code
 * SynthCorpus.write(Path.of("corpus"), 50, 7L, 2, ScanOptions.defaults());
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param minDpi lowest resolution in dots per inch, 50 to 600
 * @param maxDpi highest resolution in dots per inch, {@code minDpi} to 600
 * @param maxSkewDegrees largest rotation in degrees either way, 0 to 10
 */
public record ScanOptions(int minDpi, int maxDpi, double maxSkewDegrees) {

  public ScanOptions {
    if (minDpi < 50 || minDpi > 600) {
      throw new IllegalArgumentException("minDpi must be in [50,600], was " + minDpi);
    }
    if (maxDpi < minDpi || maxDpi > 600) {
      throw new IllegalArgumentException(
          "maxDpi must be in [minDpi,600], was " + maxDpi + " with minDpi " + minDpi);
    }
    if (!(maxSkewDegrees >= 0 && maxSkewDegrees <= 10)) {
      throw new IllegalArgumentException("maxSkewDegrees must be in [0,10], was " + maxSkewDegrees);
    }
  }

  /** 150 to 300 dpi, skew up to 3 degrees. */
  public static ScanOptions defaults() {
    return new ScanOptions(150, 300, 3.0);
  }
}
