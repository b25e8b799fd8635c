package dev.recto.samples.synth;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;

/**
 * A font as used on one document, with the metrics the truth boxes are computed from.
 *
 * <p>Word boxes span the advance widths along the text and the font's ascent to descent across it,
 * taken from the font descriptor with the same plausibility fallbacks (0.75 / 0.25 of the size) as
 * {@link dev.recto.core.ingest.TextLayerReader}, so truth boxes and read-back boxes agree.
 *
 * <p>Belongs to one {@link org.apache.pdfbox.pdmodel.PDDocument}; not thread-safe.
 *
 * @param pdFont the PDFBox font
 * @param name the face's name for the truth file, e.g. {@code DejaVuSans-Bold} or {@code Helvetica}
 * @param embedded true for an embedded TrueType subset, false for a Standard 14 font
 * @param ascent ascent above the baseline as a fraction of the size
 * @param descent descent below the baseline as a fraction of the size, positive
 */
public record SynthFont(
    PDFont pdFont, String name, boolean embedded, double ascent, double descent) {

  /** Wraps a PDFBox font, reading ascent and descent from its descriptor. */
  public static SynthFont of(PDFont font, String name, boolean embedded) {
    double ascent = 0;
    double descent = 0;
    PDFontDescriptor fd = font.getFontDescriptor();
    if (fd != null) {
      ascent = fd.getAscent() / 1000.0;
      descent = -fd.getDescent() / 1000.0;
    }
    if (!(ascent > 0.3 && ascent < 1.5)) {
      ascent = 0.75;
    }
    if (!(descent >= 0 && descent < 0.8)) {
      descent = 0.25;
    }
    return new SynthFont(font, name, embedded, ascent, descent);
  }

  /** Advance width of {@code text} in points at {@code size}. */
  public float width(String text, float size) {
    try {
      return pdFont.getStringWidth(text) / 1000f * size;
    } catch (IOException e) {
      throw new UncheckedIOException("measuring '" + text + "' in " + name, e);
    }
  }
}
