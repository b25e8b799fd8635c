package dev.recto.samples.synth;

/**
 * The type faces designs choose from. DejaVu faces (Bitstream Vera licence, free to embed) are
 * embedded as subsets when their TrueType files are found; otherwise the listed Standard 14 face is
 * used, and the truth file says which faces were used.
 */
public enum FontFamily {
  DEJAVU_SANS("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", Standard.HELVETICA),
  DEJAVU_SERIF("DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf", Standard.TIMES),
  DEJAVU_MONO("DejaVuSansMono.ttf", "DejaVuSansMono-Bold.ttf", Standard.COURIER),
  DEJAVU_CONDENSED("DejaVuSansCondensed.ttf", "DejaVuSansCondensed-Bold.ttf", Standard.HELVETICA),
  HELVETICA(null, null, Standard.HELVETICA),
  TIMES(null, null, Standard.TIMES),
  COURIER(null, null, Standard.COURIER);

  /** The Standard 14 families used directly or as fallbacks. */
  public enum Standard {
    HELVETICA,
    TIMES,
    COURIER
  }

  private final String regularFile;
  private final String boldFile;
  private final Standard fallback;

  FontFamily(String regularFile, String boldFile, Standard fallback) {
    this.regularFile = regularFile;
    this.boldFile = boldFile;
    this.fallback = fallback;
  }

  /** TrueType file name of the regular face, or null for a Standard 14 family. */
  public String regularFile() {
    return regularFile;
  }

  /** TrueType file name of the bold face, or null for a Standard 14 family. */
  public String boldFile() {
    return boldFile;
  }

  /** The Standard 14 family used when the TrueType files are missing (or always, if none). */
  public Standard fallback() {
    return fallback;
  }
}
