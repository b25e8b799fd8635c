package dev.recto.core.ingest;

/**
 * Whether a PDF page's text layer is real: visible, decodable text rather than nothing (a scan), an
 * invisible OCR layer, or glyphs without a usable Unicode mapping.
 *
 * <p>Counts are of non-space glyphs. Immutable and thread-safe.
 *
 * @param glyphsDrawn glyphs the content stream shows, decodable or not
 * @param charactersDecoded characters of text the glyphs decoded to
 * @param invisibleCharacters of those, characters drawn in an invisible rendering mode (3 or 7)
 * @param garbageCharacters of those, control, replacement or private-use characters
 * @param real the verdict: the layer holds enough good characters to be used instead of OCR
 */
public record TextLayerAssessment(
    int glyphsDrawn,
    int charactersDecoded,
    int invisibleCharacters,
    int garbageCharacters,
    boolean real) {

  /** Share of drawn glyphs that must decode to visible, good characters for a real layer. */
  public static final double MIN_GOOD_SHARE = 0.7;

  /** Applies the rule: some good characters, and at least {@link #MIN_GOOD_SHARE} of glyphs. */
  public static TextLayerAssessment of(
      int glyphsDrawn, int charactersDecoded, int invisibleCharacters, int garbageCharacters) {
    int good = charactersDecoded - invisibleCharacters - garbageCharacters;
    int base = Math.max(glyphsDrawn, charactersDecoded);
    boolean real = good > 0 && good >= MIN_GOOD_SHARE * base;
    return new TextLayerAssessment(
        glyphsDrawn, charactersDecoded, invisibleCharacters, garbageCharacters, real);
  }

  /** Why the layer is not real, for diagnostics; empty when it is real. */
  public String reason() {
    if (real) {
      return "";
    }
    if (glyphsDrawn == 0 && charactersDecoded == 0) {
      return "no text layer";
    }
    if (invisibleCharacters * 2 >= charactersDecoded && charactersDecoded > 0) {
      return "text layer is invisible (" + invisibleCharacters + " of " + charactersDecoded + ")";
    }
    return "text layer is undecodable ("
        + garbageCharacters
        + " garbage characters, "
        + charactersDecoded
        + " decoded of "
        + glyphsDrawn
        + " glyphs)";
  }
}
