package dev.recto.ocr.ppocr;

import dev.recto.ocr.ppocr.CtcDecoder.DecodedChar;
import dev.recto.ocr.ppocr.CtcDecoder.DecodedLine;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Puts back the accents PP-OCR's recognizer drops. Trained mostly on Chinese and English, it reads
 * {@code Müller} as {@code Muller} and {@code Crème} as {@code Creme} even where its dictionary has
 * the letter, and cannot emit {@code ö}, {@code ñ}, {@code ê} at all ({@code docs/ocr.md}). The
 * mark is still in the line image, as a separate piece of ink above the letter's body.
 *
 * <p>For each lowercase {@code a e i o u n}, the columns around its centre ({@value #WINDOW} of the
 * way to the nearer neighbouring character's centre on each side) are split into stretches of inked
 * rows; the lowest stretch is the body and the stretch right above it, if any, the mark. A mark
 * counts when it is at most {@value #MAX_MARK_SHARE} of the body's height, at most that far above
 * it, and holds at least {@value #MIN_MARK_PIXELS} ink pixels. It is read from its shape:
 *
 * <ul>
 *   <li>two pieces side by side: a diaeresis ({@code ¨});
 *   <li>one piece lower on the left than on the right by at least {@value #SLANT} of its height: an
 *       acute ({@code ´}); lower on the right: a grave ({@code `});
 *   <li>one piece whose top and bottom edges are both highest in its middle third, each at least
 *       {@value #SLANT} of its height lower at both ends (a chevron, not a dot): a circumflex
 *       ({@code ^});
 *   <li>over {@code n}, any mark at least half the body's width: a tilde ({@code ñ});
 *   <li>anything else (the dot of an {@code i}, noise, a one-piece mark over an {@code i} cut by
 *       the crop's top edge, a grave over an {@code i}): no accent.
 * </ul>
 *
 * The letter becomes the composed letter (NFC) only when that is one of {@link #ACCENTED}, the
 * accented vowels of the languages Recto maps; its probability is kept.
 *
 * <p>Stateless and thread-safe.
 */
final class AccentMarks {

  /** Letters whose accents are put back. */
  static final String BASES = "aeioun";

  /** What a base and a mark may become. */
  static final String ACCENTED = "àáâäèéêëìíîïòóôöùúûüñ";

  /** Largest mark, and largest gap between mark and body, as a share of the body's height. */
  static final double MAX_MARK_SHARE = 0.6;

  /** Least ink pixels in a mark. */
  static final int MIN_MARK_PIXELS = 4;

  /** Least height difference that makes a slant or a peak, as a share of the mark's height. */
  static final double SLANT = 0.25;

  /**
   * Half the columns looked at for a letter's mark, as a share of the distance to the nearer
   * neighbouring character's centre (so glyphs that touch are still told apart).
   */
  static final double WINDOW = 0.45;

  private static final char ACUTE = '\u0301';
  private static final char GRAVE = '\u0300';
  private static final char CIRCUMFLEX = '\u0302';
  private static final char TILDE = '\u0303';
  private static final char DIAERESIS = '\u0308';

  private AccentMarks() {}

  /**
   * {@code line} with accents put back on its letters; {@code line} itself when there are none.
   *
   * @param inputWidth width in pixels of the recognizer input the frames cover (padding included)
   * @param ink the line image's ink, at the recognizer's scale
   */
  static DecodedLine restore(DecodedLine line, double inputWidth, LineInk ink) {
    if (line.frames() <= 0 || !(inputWidth > 0) || ink.width() == 0) {
      return line;
    }
    double frameWidth = inputWidth / line.frames();
    List<DecodedChar> read = line.chars();
    List<DecodedChar> chars = null;
    for (int i = 0; i < read.size(); i++) {
      DecodedChar ch = read.get(i);
      if (ch.text().length() != 1 || BASES.indexOf(ch.text().charAt(0)) < 0) {
        continue;
      }
      double x = ch.centerFrame() * frameWidth;
      double left = neighbourCenter(read, i, -1, frameWidth);
      double right = neighbourCenter(read, i, +1, frameWidth);
      if (Double.isNaN(left) && Double.isNaN(right)) {
        continue;
      }
      double half =
          WINDOW
              * Math.min(
                  Double.isNaN(left) ? Double.MAX_VALUE : x - left,
                  Double.isNaN(right) ? Double.MAX_VALUE : right - x);
      int x0 = (int) Math.max(0, Math.round(x - half));
      int x1 = (int) Math.min(ink.width(), Math.round(x + half) + 1);
      if (x1 - x0 < 2) {
        continue;
      }
      char mark = mark(ink, x0, x1, ch.text().charAt(0));
      if (mark == 0) {
        continue;
      }
      String composed = Normalizer.normalize(ch.text() + mark, Normalizer.Form.NFC);
      if (composed.length() != 1 || ACCENTED.indexOf(composed.charAt(0)) < 0) {
        continue;
      }
      if (chars == null) {
        chars = new ArrayList<>(read);
      }
      chars.set(i, new DecodedChar(composed, ch.probability(), ch.firstFrame(), ch.lastFrame()));
    }
    return chars == null ? line : new DecodedLine(chars, line.frames());
  }

  /**
   * Centre in pixels of the nearest non-space character before ({@code step} -1) or after (+1)
   * {@code chars[i]}, NaN when there is none.
   */
  private static double neighbourCenter(
      List<DecodedChar> chars, int i, int step, double frameWidth) {
    for (int k = i + step; k >= 0 && k < chars.size(); k += step) {
      if (!chars.get(k).isSpace()) {
        return chars.get(k).centerFrame() * frameWidth;
      }
    }
    return Double.NaN;
  }

  /**
   * The combining mark over the glyph in columns {@code [x0, x1)}, or 0 when there is none.
   *
   * @param base the letter read there
   */
  static char mark(LineInk ink, int x0, int x1, char base) {
    List<int[]> stretches = rowStretches(ink, x0, x1);
    if (stretches.size() < 2) {
      return 0;
    }
    int[] body = stretches.get(stretches.size() - 1);
    int[] mark = stretches.get(stretches.size() - 2);
    int bodyHeight = body[1] - body[0];
    int markHeight = mark[1] - mark[0];
    if (markHeight > MAX_MARK_SHARE * bodyHeight
        || body[0] - mark[1] > MAX_MARK_SHARE * bodyHeight) {
      return 0;
    }
    int pixels = 0;
    int left = Integer.MAX_VALUE;
    int right = -1;
    for (int y = mark[0]; y < mark[1]; y++) {
      for (int x = x0; x < x1; x++) {
        if (ink.at(x, y)) {
          pixels++;
          left = Math.min(left, x);
          right = Math.max(right, x);
        }
      }
    }
    if (pixels < MIN_MARK_PIXELS) {
      return 0;
    }
    // Ink at the window's edges or off its centre is a neighbour's (an E's arm, a descender of the
    // line above), not this letter's mark.
    double center = (x0 + x1 - 1) / 2.0;
    if (left == x0
        || right == x1 - 1
        || Math.abs((left + right) / 2.0 - center) > 0.15 * (x1 - x0)) {
      return 0;
    }
    if (base == 'n') {
      return right - left + 1 >= 0.5 * (x1 - x0) ? TILDE : 0;
    }
    if (pieces(ink, left, right + 1, mark[0], mark[1]) == 2) {
      return DIAERESIS;
    }
    char shape = slantOrPeak(ink, left, right + 1, mark[0], mark[1]);
    // A mark cut by the crop's top edge may be half a circumflex, which looks like a slant: over an
    // i (where a circumflex is as likely as a slant) such a mark is not read. Nor is a grave over
    // an i: on scans the i's own dot, blurred, leans often enough to pass for one (Avenìda,
    // Lìndelaan on the tuning scans), while ì is rare in the languages Recto maps.
    if (base == 'i' && (mark[0] == 0 || shape == GRAVE)) {
      return 0;
    }
    return shape;
  }

  /** Acute, grave or circumflex from the mark's ink in {@code [x0, x1) x [y0, y1)}, or 0. */
  static char slantOrPeak(LineInk ink, int x0, int x1, int y0, int y1) {
    int w = x1 - x0;
    int h = y1 - y0;
    if (w < 2) {
      return 0;
    }
    double[] top = new double[w];
    double[] bottom = new double[w];
    double leftSum = 0;
    double rightSum = 0;
    int leftCount = 0;
    int rightCount = 0;
    for (int x = x0; x < x1; x++) {
      top[x - x0] = Double.NaN;
      for (int y = y0; y < y1; y++) {
        if (ink.at(x, y)) {
          if (Double.isNaN(top[x - x0])) {
            top[x - x0] = y;
          }
          bottom[x - x0] = y;
          if (2 * (x - x0) < w - 1) {
            leftSum += y;
            leftCount++;
          } else if (2 * (x - x0) > w - 1) {
            rightSum += y;
            rightCount++;
          }
        }
      }
    }
    if (leftCount == 0 || rightCount == 0) {
      return 0;
    }
    double slant = (leftSum / leftCount - rightSum / rightCount) / h;
    if (slant >= SLANT) {
      return ACUTE;
    }
    if (slant <= -SLANT) {
      return GRAVE;
    }
    int third = Math.max(1, w / 3);
    double middle = Double.POSITIVE_INFINITY;
    double middleBottom = Double.POSITIVE_INFINITY;
    for (int k = third; k < w - third; k++) {
      if (!Double.isNaN(top[k])) {
        middle = Math.min(middle, top[k]);
        middleBottom = Math.min(middleBottom, bottom[k]);
      }
    }
    double leftEnd = top[0];
    double rightEnd = top[w - 1];
    if (w >= 3
        && !Double.isNaN(leftEnd)
        && !Double.isNaN(rightEnd)
        && leftEnd - middle >= SLANT * h
        && rightEnd - middle >= SLANT * h
        && bottom[0] - middleBottom >= SLANT * h
        && bottom[w - 1] - middleBottom >= SLANT * h) {
      return CIRCUMFLEX;
    }
    return 0;
  }

  /** Number of separate runs of ink columns in {@code [x0, x1) x [y0, y1)}. */
  private static int pieces(LineInk ink, int x0, int x1, int y0, int y1) {
    int pieces = 0;
    boolean inPiece = false;
    for (int x = x0; x < x1; x++) {
      boolean any = false;
      for (int y = y0; y < y1 && !any; y++) {
        any = ink.at(x, y);
      }
      if (any && !inPiece) {
        pieces++;
      }
      inPiece = any;
    }
    return pieces;
  }

  /** Stretches of rows with ink in columns {@code [x0, x1)}, top to bottom, as {@code {y0, y1}}. */
  static List<int[]> rowStretches(LineInk ink, int x0, int x1) {
    List<int[]> stretches = new ArrayList<>();
    int start = -1;
    for (int y = 0; y <= ink.height(); y++) {
      boolean any = false;
      for (int x = x0; y < ink.height() && x < x1 && !any; x++) {
        any = ink.at(x, y);
      }
      if (any && start < 0) {
        start = y;
      } else if (!any && start >= 0) {
        stretches.add(new int[] {start, y});
        start = -1;
      }
    }
    return stretches;
  }
}
