package dev.recto.core.ingest;

import dev.recto.core.model.BoundingBox;
import dev.recto.core.model.Provenance;
import dev.recto.core.model.Word;
import dev.recto.core.process.Deadline;
import java.io.IOException;
import java.io.Writer;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
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
 * <p>Words are built from the glyphs in the order the page draws them, with the rules of poppler's
 * {@code pdftotext} (see {@link WordBuilder}): a space character or a gap of more than a tenth of
 * the font size ends a word, duplicated text (fake bold) is kept once, diacritics drawn over a
 * letter are composed with it, and Latin ligature characters (U+FB00 to U+FB06) are expanded. Words
 * come in reading order: lines top to bottom, words left to right (for rotated text, along its own
 * direction).
 *
 * <p>Boxes are in the displayed page's space ({@link BoundingBox}: page-relative, top-left origin,
 * the page's {@code /Rotate} applied, relative to the crop box). A word's box spans its glyphs'
 * advance widths along the text and the font's ascent to descent across it, which is how the word
 * looks on a rendering, so boxes agree with OCR boxes of the same page. Invisible words (rendering
 * mode 3 or 7, such as the OCR layer of a scanned PDF) are counted but not returned, and neither
 * are glyphs whose origin lies outside the page.
 *
 * <p>Stateless and thread-safe; each call uses its own PDFBox stripper. A {@link PDDocument} must
 * not be used by two threads at once, so callers read one document from one thread.
 *
 * <pre>{@code
 * try (PDDocument pdf = Loader.loadPDF(file)) {
 *   TextLayerPage page = new TextLayerReader().read(pdf, 0, Deadline.startingNow(Duration.ofSeconds(10)));
 *   if (page.assessment().real()) {
 *     page.words().forEach(w -> System.out.println(w.text() + " " + w.box()));
 *   }
 * }
 * }</pre>
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
    PDRectangle area = pageArea(page);
    int rotation = normalizeRotation(page.getRotation());
    boolean sideways = rotation == 90 || rotation == 270;
    double width = sideways ? area.getHeight() : area.getWidth();
    double height = sideways ? area.getWidth() : area.getHeight();
    Collector collector = new Collector(pageIndex, area, rotation, deadline);
    collector.setStartPage(pageIndex + 1);
    collector.setEndPage(pageIndex + 1);
    collector.setSortByPosition(false);
    collector.writeText(document, Writer.nullWriter());
    List<Word> words = new ArrayList<>();
    for (WordBuilder.Run run : collector.words.finish()) {
      if (run.x1() > 0 && run.y1() > 0 && run.x0() < width && run.y0() < height) {
        BoundingBox box =
            BoundingBox.fromPoints(run.x0(), run.y0(), run.x1(), run.y1(), width, height);
        Provenance provenance = new Provenance(pageIndex, box, ENGINE_ID, MODEL_ID, MODEL_VERSION);
        words.add(new Word(run.text(), box, 1.0, run.fontSize(), provenance));
      }
    }
    TextLayerAssessment assessment =
        TextLayerAssessment.of(
            collector.glyphsDrawn,
            collector.charactersDecoded,
            collector.invisibleCharacters,
            collector.garbageCharacters);
    return new TextLayerPage(pageIndex, width, height, rotation, words, assessment);
  }

  /** The crop box, or the media box when the crop box is degenerate, or US Letter. */
  private static PDRectangle pageArea(PDPage page) {
    PDRectangle crop = page.getCropBox();
    if (crop != null && crop.getWidth() > 0 && crop.getHeight() > 0) {
      return crop;
    }
    PDRectangle media = page.getMediaBox();
    if (media != null && media.getWidth() > 0 && media.getHeight() > 0) {
      return media;
    }
    return PDRectangle.LETTER;
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

  /**
   * One stripper per page read: turns each drawn glyph into {@link TextGlyph}s in the displayed
   * page's space, feeds the visible ones to a {@link WordBuilder} in drawing order, and counts
   * glyphs for the assessment. Not thread-safe.
   */
  private static final class Collector extends PDFTextStripper {
    private final int pageIndex;
    private final PDRectangle area;
    private final int rotation;
    private final Deadline deadline;
    private final WordBuilder words = new WordBuilder();
    private int glyphsDrawn;
    private int charactersDecoded;
    private int invisibleCharacters;
    private int garbageCharacters;
    private int glyphsSinceDeadlineCheck;
    private Matrix glyphMatrix;
    private Vector glyphDisplacement;
    private final OperatorCheck operators;

    Collector(int pageIndex, PDRectangle area, int rotation, Deadline deadline) {
      this.pageIndex = pageIndex;
      this.area = area;
      this.rotation = rotation;
      this.deadline = deadline;
      this.operators = new OperatorCheck(Optional.of(deadline), "text layer of page " + pageIndex);
    }

    @Override
    protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
      operators.tick();
      super.processOperator(operator, operands);
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
      // PDFBox calls processTextPosition from within, for glyphs that decode to text.
      glyphMatrix = textRenderingMatrix;
      glyphDisplacement = displacement;
      super.showGlyph(textRenderingMatrix, font, code, displacement);
      glyphMatrix = null;
      glyphDisplacement = null;
    }

    @Override
    protected void processTextPosition(TextPosition text) {
      RenderingMode mode = getGraphicsState().getTextState().getRenderingMode();
      boolean invisible = mode == RenderingMode.NEITHER || mode == RenderingMode.NEITHER_CLIP;
      String unicode = text.getUnicode();
      if (unicode == null || unicode.isEmpty()) {
        return;
      }
      unicode = expandLigatures(unicode);
      List<Integer> codePoints = new ArrayList<>();
      for (int i = 0; i < unicode.length(); ) {
        int cp = unicode.codePointAt(i);
        i += Character.charCount(cp);
        codePoints.add(cp);
        if (isSpace(cp)) {
          continue;
        }
        charactersDecoded++;
        if (isGarbage(cp)) {
          garbageCharacters++;
        }
        if (invisible) {
          invisibleCharacters++;
        }
      }
      if (invisible || glyphMatrix == null) {
        return;
      }
      addGlyphs(codePoints, text.getFont());
    }

    /** Splits the glyph's advance among its characters and hands them to the word builder. */
    private void addGlyphs(List<Integer> codePoints, PDFont font) {
      Matrix m = glyphMatrix;
      double[] origin = display(m.getTranslateX(), m.getTranslateY());
      double[] up =
          display(m.getTranslateX() + m.getValue(1, 0), m.getTranslateY() + m.getValue(1, 1));
      double tx = glyphDisplacement == null ? 0 : glyphDisplacement.getX();
      double ty = glyphDisplacement == null ? 0 : glyphDisplacement.getY();
      double endX = tx * m.getValue(0, 0) + ty * m.getValue(1, 0) + m.getTranslateX();
      double endY = tx * m.getValue(0, 1) + ty * m.getValue(1, 1) + m.getTranslateY();
      double[] end = display(endX, endY);
      double upX = up[0] - origin[0];
      double upY = up[1] - origin[1];
      double size = Math.hypot(upX, upY);
      if (!(size > 0) || !Double.isFinite(size) || !Double.isFinite(end[0] + end[1])) {
        return;
      }
      if (origin[0] < 0
          || origin[1] < 0
          || origin[0] > displayWidth()
          || origin[1] > displayHeight()) {
        return; // poppler drops glyphs outside the page too
      }
      double[] ascDesc = ascentDescent(font);
      int n = codePoints.size();
      double stepX = (end[0] - origin[0]) / n;
      double stepY = (end[1] - origin[1]) / n;
      for (int i = 0; i < n; i++) {
        int cp = codePoints.get(i);
        if (isSpace(cp)) {
          words.space();
          continue;
        }
        words.add(
            new TextGlyph(
                Character.toString(cp),
                origin[0] + i * stepX,
                origin[1] + i * stepY,
                stepX,
                stepY,
                upX,
                upY,
                ascDesc[0],
                ascDesc[1]));
      }
    }

    private double displayWidth() {
      return rotation == 90 || rotation == 270 ? area.getHeight() : area.getWidth();
    }

    private double displayHeight() {
      return rotation == 90 || rotation == 270 ? area.getWidth() : area.getHeight();
    }

    /**
     * A point of PDF user space in the displayed page's space: relative to the page area's
     * lower-left corner, turned by the page's rotation (clockwise), y flipped to grow downwards.
     */
    private double[] display(double x, double y) {
      double ux = x - area.getLowerLeftX();
      double uy = y - area.getLowerLeftY();
      double w = area.getWidth();
      double h = area.getHeight();
      return switch (rotation) {
        case 90 -> new double[] {uy, ux};
        case 180 -> new double[] {w - ux, uy};
        case 270 -> new double[] {h - uy, w - ux};
        default -> new double[] {ux, h - uy};
      };
    }

    /**
     * Ascent above and descent below the baseline as fractions of the font size, from the font
     * descriptor when plausible, else 0.75 and 0.25.
     */
    private static double[] ascentDescent(PDFont font) {
      double ascent = 0;
      double descent = 0;
      PDFontDescriptor fd = font == null ? null : font.getFontDescriptor();
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
      return new double[] {ascent, descent};
    }
  }

  static boolean isSpace(int codePoint) {
    return Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint);
  }

  /** Latin ligature characters (U+FB00 to U+FB06) as their letters; other text unchanged. */
  static String expandLigatures(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= '\uFB00' && c <= '\uFB06') {
        return Normalizer.normalize(s, Normalizer.Form.NFKC);
      }
    }
    return s;
  }
}
