package dev.recto.ocr.ppocr;

import java.util.List;

/**
 * Boxes the detector draws around a glyph standing alone, as receipts print them: a colon between a
 * label and its value ({@code TOTAL : 4.90}), a quantity {@code 1}, a dash. PaddleOCR cuts such a
 * box as tight as any line and, being taller than wide, turns it a quarter (its rule for vertical
 * text); the recognizer, trained on whole lines cut with a margin, then reads nothing or a Chinese
 * character. Recto leaves boxes under {@value #TURN_HEIGHT} line heights upright and cuts a lone
 * glyph's box a whole line high with {@value #SIDE_MARGIN} of a line height of page on either side.
 * Measured on the SROIE receipts in docs/ocr.md ("Lone glyphs and words set close", 2026-11-28).
 *
 * <p>All sizes are image pixels. Stateless and thread-safe.
 */
final class LoneGlyphs {

  /** A box narrower than this many times its height may hold one glyph. */
  static final double NARROW = 1.5;

  /** Page cut on either side of a lone glyph, in line heights. */
  static final double SIDE_MARGIN = 0.25;

  /** A taller-than-wide box is turned as vertical text only from this many line heights up. */
  static final double TURN_HEIGHT = 2.0;

  private LoneGlyphs() {}

  /** The page's line height: the median of the boxes' short sides; 0 when there are none. */
  static double lineHeight(List<Quad> boxes) {
    double[] sides =
        boxes.stream().mapToDouble(q -> Math.min(q.width(), q.height())).sorted().toArray();
    return sides.length == 0 ? 0 : sides[sides.length / 2];
  }

  /**
   * Whether {@code box} holds a glyph alone: narrower than {@value #NARROW} heights, not a line
   * high.
   */
  static boolean isLone(Quad box, double lineHeight) {
    return box.width() < NARROW * box.height() && box.height() < lineHeight;
  }

  /**
   * The box to cut for {@code box}: for a lone glyph an upright rectangle one line high around its
   * centre, {@value #SIDE_MARGIN} line heights wider on each side, within the page; otherwise
   * {@code box} itself.
   */
  static Quad cropBox(Quad box, double lineHeight, int pageWidth, int pageHeight) {
    if (!isLone(box, lineHeight)) {
      return box;
    }
    double cx = (box.minX() + box.maxX()) / 2;
    double cy = (box.minY() + box.maxY()) / 2;
    double halfWidth = box.width() / 2 + SIDE_MARGIN * lineHeight;
    double halfHeight = lineHeight / 2;
    return Quad.ofRect(
        Math.max(0, cx - halfWidth),
        Math.max(0, cy - halfHeight),
        Math.min(pageWidth - 1, cx + halfWidth),
        Math.min(pageHeight - 1, cy + halfHeight));
  }

  /**
   * Whether a box at least 1.5 times as tall as wide may be turned as vertical text: only when it
   * is {@value #TURN_HEIGHT} line heights tall or more (or the page has no line height).
   */
  static boolean mayTurn(Quad box, double lineHeight) {
    return lineHeight <= 0 || box.height() >= TURN_HEIGHT * lineHeight;
  }
}
