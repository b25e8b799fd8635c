package dev.recto.core.ingest;

import dev.recto.core.model.BoundingBox;
import dev.recto.core.model.Provenance;
import dev.recto.core.model.Word;
import dev.recto.core.process.Deadline;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

/**
 * Reads the words of a PDF page's text layer with their boxes and font sizes, and judges whether
 * the layer is real.
 *
 * <p>Words are runs of non-space characters as PDFBox's {@link PDFTextStripper} groups them (glyphs
 * sorted by position, a word break at a space character or at a gap wider than PDFBox's spacing
 * tolerance). A word's box spans the glyphs' advance widths horizontally and the font's ascent to
 * descent vertically, which is how the word looks on a rendering, so boxes agree with OCR boxes of
 * the same page. Invisible words (rendering mode 3 or 7, such as the OCR layer of a scanned PDF)
 * are counted but not returned.
 *
 * <p>Stateless and thread-safe; each call uses its own PDFBox stripper. A {@link PDDocument} must
 * not be used by two threads at once, so callers read one document from one thread.
 */
public final class TextLayerReader {

  /** Engine id in the provenance of text-layer words. */
  public static final String ENGINE_ID = "pdfbox-text-layer";

  /** Model id in the provenance of text-layer words. */
  public static final String MODEL_ID = "pdfbox";

  /** Version of PDFBox on the class path, for provenance. */
  public static final String MODEL_VERSION = pdfboxVersion();

  private static String pdfboxVersion() {
    String v = PDDocument.class.getPackage().getImplementationVersion();
    return v == null || v.isBlank() ? "3" : v;
  }

  /**
   * Reads one page.
   *
   * @param document an open document, owned and closed by the caller
   * @param pageIndex zero-based page index
   * @param deadline checked as text is read; an expired deadline aborts with {@link
   *     dev.recto.core.error.DeadlineExceededException}
   * @throws IOException when PDFBox cannot parse the page's content
   */
  public TextLayerPage read(PDDocument document, int pageIndex, Deadline deadline)
      throws IOException {
    PDPage page = document.getPage(pageIndex);
    PDRectangle crop = page.getCropBox();
    int rotation = normalizeRotation(page.getRotation());
    boolean sideways = rotation == 90 || rotation == 270;
    double width = sideways ? crop.getHeight() : crop.getWidth();
    double height = sideways ? crop.getWidth() : crop.getHeight();
    if (!(width > 0) || !(height > 0)) {
      // A degenerate crop box: fall back to the media box, then to US Letter.
      PDRectangle media = page.getMediaBox();
      width = media.getWidth() > 0 ? media.getWidth() : 612;
      height = media.getHeight() > 0 ? media.getHeight() : 792;
    }
    Collector collector = new Collector(pageIndex, width, height, deadline);
    collector.setStartPage(pageIndex + 1);
    collector.setEndPage(pageIndex + 1);
    collector.setSortByPosition(true);
    collector.writeText(document, new StringWriter());
    TextLayerAssessment assessment =
        TextLayerAssessment.of(
            collector.glyphsDrawn,
            collector.charactersDecoded,
            collector.invisibleCharacters,
            collector.garbageCharacters);
    return new TextLayerPage(pageIndex, width, height, rotation, collector.words, assessment);
  }

  static int normalizeRotation(int rotation) {
    int r = ((rotation % 360) + 360) % 360;
    return (r / 90) * 90;
  }

  /** True for characters that no real text layer is made of. */
  static boolean isGarbage(int codePoint) {
    if (codePoint == 0xFFFD) {
      return true;
    }
    if (Character.isISOControl(codePoint)) {
      return true;
    }
    int type = Character.getType(codePoint);
    return type == Character.PRIVATE_USE
        || type == Character.UNASSIGNED
        || type == Character.SURROGATE;
  }

  /** One stripper per page read; collects words and counts. Not thread-safe. */
  private static final class Collector extends PDFTextStripper {
    private final int pageIndex;
    private final double pageWidth;
    private final double pageHeight;
    private final Deadline deadline;
    private final List<Word> words = new ArrayList<>();
    private final java.util.Set<TextPosition> invisible =
        java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    private int glyphsDrawn;
    private int charactersDecoded;
    private int invisibleCharacters;
    private int garbageCharacters;
    private int glyphsSinceDeadlineCheck;

    Collector(int pageIndex, double pageWidth, double pageHeight, Deadline deadline) {
      this.pageIndex = pageIndex;
      this.pageWidth = pageWidth;
      this.pageHeight = pageHeight;
      this.deadline = deadline;
    }

    @Override
    protected void showGlyph(Matrix textRenderingMatrix, PDFont font, int code, Vector displacement)
        throws IOException {
      if (++glyphsSinceDeadlineCheck >= 512) {
        glyphsSinceDeadlineCheck = 0;
        deadline.check("text layer of page " + pageIndex);
      }
      if (code != 32) {
        glyphsDrawn++;
      }
      super.showGlyph(textRenderingMatrix, font, code, displacement);
    }

    @Override
    protected void processTextPosition(TextPosition text) {
      RenderingMode mode = getGraphicsState().getTextState().getRenderingMode();
      String unicode = text.getUnicode();
      int nonSpace = 0;
      int garbage = 0;
      if (unicode != null) {
        for (int i = 0; i < unicode.length(); ) {
          int cp = unicode.codePointAt(i);
          i += Character.charCount(cp);
          if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
            continue;
          }
          nonSpace++;
          if (isGarbage(cp)) {
            garbage++;
          }
        }
      }
      charactersDecoded += nonSpace;
      garbageCharacters += garbage;
      if (mode == RenderingMode.NEITHER || mode == RenderingMode.NEITHER_CLIP) {
        invisibleCharacters += nonSpace;
        invisible.add(text);
      }
      super.processTextPosition(text);
    }

    @Override
    protected void writeString(String text, List<TextPosition> positions) {
      List<TextPosition> current = new ArrayList<>();
      StringBuilder chars = new StringBuilder();
      for (TextPosition tp : positions) {
        String u = tp.getUnicode();
        if (u == null || u.isEmpty() || u.isBlank() || invisible.contains(tp)) {
          flush(current, chars);
          continue;
        }
        // A glyph may decode to several characters ("fi"); whitespace inside splits the word.
        for (int i = 0; i < u.length(); ) {
          int cp = u.codePointAt(i);
          i += Character.charCount(cp);
          if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
            flush(current, chars);
          } else {
            if (current.isEmpty() || current.get(current.size() - 1) != tp) {
              current.add(tp);
            }
            chars.appendCodePoint(cp);
          }
        }
      }
      flush(current, chars);
    }

    private void flush(List<TextPosition> glyphs, StringBuilder chars) {
      if (glyphs.isEmpty() || chars.length() == 0) {
        glyphs.clear();
        chars.setLength(0);
        return;
      }
      double x0 = Double.POSITIVE_INFINITY;
      double x1 = Double.NEGATIVE_INFINITY;
      double y0 = Double.POSITIVE_INFINITY;
      double y1 = Double.NEGATIVE_INFINITY;
      double fontSize = 0;
      for (TextPosition tp : glyphs) {
        double size = Math.abs(tp.getFontSizeInPt());
        if (!(size > 0) || Double.isInfinite(size)) {
          size = Math.abs(tp.getHeightDir());
        }
        fontSize = Math.max(fontSize, size);
        double baseline = tp.getYDirAdj();
        double[] ascDesc = ascentDescent(tp.getFont(), size, tp.getHeightDir());
        x0 = Math.min(x0, tp.getXDirAdj());
        x1 = Math.max(x1, tp.getXDirAdj() + Math.max(0, tp.getWidthDirAdj()));
        y0 = Math.min(y0, baseline - ascDesc[0]);
        y1 = Math.max(y1, baseline + ascDesc[1]);
      }
      if (Double.isFinite(x0)
          && Double.isFinite(y0)
          && Double.isFinite(x1)
          && Double.isFinite(y1)
          && x1 > 0
          && y1 > 0
          && x0 < pageWidth
          && y0 < pageHeight) {
        BoundingBox box = BoundingBox.fromPoints(x0, y0, x1, y1, pageWidth, pageHeight);
        Provenance provenance = new Provenance(pageIndex, box, ENGINE_ID, MODEL_ID, MODEL_VERSION);
        double safeSize = Double.isFinite(fontSize) ? fontSize : 0;
        words.add(new Word(chars.toString(), box, 1.0, safeSize, provenance));
      }
      glyphs.clear();
      chars.setLength(0);
    }

    /**
     * Ascent above and descent below the baseline in points, from the font descriptor when it is
     * plausible, else from PDFBox's glyph height.
     */
    private static double[] ascentDescent(PDFont font, double size, double heightDir) {
      double ascent = 0;
      double descent = 0;
      PDFontDescriptor fd = font == null ? null : font.getFontDescriptor();
      if (fd != null) {
        ascent = fd.getAscent() / 1000.0;
        descent = -fd.getDescent() / 1000.0;
      }
      if (!(ascent > 0.3 && ascent < 1.5)) {
        ascent = size > 0 ? 0.75 : 0;
        if (!(size > 0)) {
          return new double[] {Math.abs(heightDir), 0};
        }
      }
      if (!(descent >= 0 && descent < 0.8)) {
        descent = 0.25;
      }
      return new double[] {ascent * size, descent * size};
    }
  }
}
