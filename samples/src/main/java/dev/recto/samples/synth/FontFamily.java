package dev.recto.samples.synth;

/**
 * The type faces designs choose from, each a regular and a bold TrueType face that is embedded as a
 * subset when its file is found, else the listed Standard 14 family, and the truth file says which
 * faces were used.
 *
 * <p>Where the files come from, and their licences (all free to embed and redistribute):
 *
 * <ul>
 *   <li>{@code classpath:} — Liberation Sans, Serif and Mono 2.1 (SIL Open Font License 1.1), from
 *       the Maven artifact {@code com.github.librepdf:openpdf-fonts-extra}; present on every
 *       machine that builds Recto.
 *   <li>relative paths — under {@link FontLibrary#DEFAULT_DIR}, from Debian packages: DejaVu
 *       ({@code fonts-dejavu-core}, Bitstream Vera / Arev licence), Carlito ({@code
 *       fonts-crosextra-carlito}, OFL 1.1), Caladea ({@code fonts-crosextra-caladea}, Apache 2.0),
 *       Open Sans ({@code fonts-open-sans}, Apache 2.0), Roboto and Roboto Condensed ({@code
 *       fonts-roboto-unhinted}, Apache 2.0), Lato ({@code fonts-lato}, OFL 1.1).
 * </ul>
 */
public enum FontFamily {
  DEJAVU_SANS("dejavu/DejaVuSans.ttf", "dejavu/DejaVuSans-Bold.ttf", Standard.HELVETICA),
  DEJAVU_SERIF("dejavu/DejaVuSerif.ttf", "dejavu/DejaVuSerif-Bold.ttf", Standard.TIMES),
  DEJAVU_MONO("dejavu/DejaVuSansMono.ttf", "dejavu/DejaVuSansMono-Bold.ttf", Standard.COURIER),
  DEJAVU_CONDENSED(
      "dejavu/DejaVuSansCondensed.ttf", "dejavu/DejaVuSansCondensed-Bold.ttf", Standard.HELVETICA),
  HELVETICA(null, null, Standard.HELVETICA),
  TIMES(null, null, Standard.TIMES),
  COURIER(null, null, Standard.COURIER),
  LIBERATION_SANS(
      "classpath:liberation/LiberationSans-Regular.ttf",
      "classpath:liberation/LiberationSans-Bold.ttf",
      Standard.HELVETICA),
  LIBERATION_SERIF(
      "classpath:liberation/LiberationSerif-Regular.ttf",
      "classpath:liberation/LiberationSerif-Bold.ttf",
      Standard.TIMES),
  LIBERATION_MONO(
      "classpath:liberation/LiberationMono-Regular.ttf",
      "classpath:liberation/LiberationMono-Bold.ttf",
      Standard.COURIER),
  CARLITO("crosextra/Carlito-Regular.ttf", "crosextra/Carlito-Bold.ttf", Standard.HELVETICA),
  CALADEA("crosextra/Caladea-Regular.ttf", "crosextra/Caladea-Bold.ttf", Standard.TIMES),
  OPEN_SANS("open-sans/OpenSans-Regular.ttf", "open-sans/OpenSans-Bold.ttf", Standard.HELVETICA),
  /** Open Sans Light with Semibold: a light body weight. */
  OPEN_SANS_LIGHT(
      "open-sans/OpenSans-Light.ttf", "open-sans/OpenSans-Semibold.ttf", Standard.HELVETICA),
  ROBOTO(
      "roboto/unhinted/RobotoTTF/Roboto-Regular.ttf",
      "roboto/unhinted/RobotoTTF/Roboto-Bold.ttf",
      Standard.HELVETICA),
  /** Roboto Light with Medium. */
  ROBOTO_LIGHT(
      "roboto/unhinted/RobotoTTF/Roboto-Light.ttf",
      "roboto/unhinted/RobotoTTF/Roboto-Medium.ttf",
      Standard.HELVETICA),
  ROBOTO_CONDENSED(
      "roboto/unhinted/RobotoCondensed-Regular.ttf",
      "roboto/unhinted/RobotoCondensed-Bold.ttf",
      Standard.HELVETICA),
  LATO("lato/Lato-Regular.ttf", "lato/Lato-Bold.ttf", Standard.HELVETICA),
  /** Lato Light with Heavy: strong weight contrast. */
  LATO_CONTRAST("lato/Lato-Light.ttf", "lato/Lato-Heavy.ttf", Standard.HELVETICA);

  /** The Standard 14 families used directly or as fallbacks. */
  public enum Standard {
    HELVETICA,
    TIMES,
    COURIER
  }

  /** Prefix of files read from the class path instead of the font directory. */
  public static final String CLASSPATH = "classpath:";

  private final String regularFile;
  private final String boldFile;
  private final Standard fallback;

  FontFamily(String regularFile, String boldFile, Standard fallback) {
    this.regularFile = regularFile;
    this.boldFile = boldFile;
    this.fallback = fallback;
  }

  /**
   * The regular face's TrueType file, relative to the font directory or {@value #CLASSPATH} plus a
   * resource name; null for a Standard 14 family.
   */
  public String regularFile() {
    return regularFile;
  }

  /** The bold face's TrueType file, as {@link #regularFile()}. */
  public String boldFile() {
    return boldFile;
  }

  /**
   * True when PDFBox may apply the face's ligatures (GSUB): only for DejaVu, whose ligatures are as
   * wide as their letters and which the first corpora were drawn with; other faces are drawn one
   * glyph per character so that the truth's advance widths hold.
   */
  public boolean ligatures() {
    return name().startsWith("DEJAVU");
  }

  /** The Standard 14 family used when the TrueType files are missing (or always, if none). */
  public Standard fallback() {
    return fallback;
  }
}
