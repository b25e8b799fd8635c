package dev.recto.ocr.ppocr;

import dev.recto.ocr.ppocr.CtcDecoder.DecodedChar;
import dev.recto.ocr.ppocr.CtcDecoder.DecodedLine;
import java.text.Normalizer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
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
 * <p>When that first look finds nothing, a second one ({@link #markOverGlyph}) finds the letter's
 * glyph in the ink rather than trusting the recognizer's frames, which sit up to half a glyph off
 * its centre at scan resolution, and takes as the mark the ink connected to the lowest inked row
 * clearly above the line's local body band (the rows between x-height and baseline of the nearest
 * small letters), so a mark blurred onto its letter still counts. It is stricter: the mark may not
 * touch another glyph's columns, must hold at least {@value #MIN_MARK_AREA} of the band's height
 * squared in pixels (specks of noise are smaller), and over an {@code i} only an acute is read.
 * Measured on the cached recognizer output of the evaluation pages ({@code docs/ocr.md},
 * 2026-11-27): word F1 on the generated Latin pages 0.840 → 0.945, the 300-dpi invoices 0.939 →
 * 0.952, SROIE 0.7999 → 0.7992 (13 marks read from the print of receipts that have none).
 *
 * <p>A capital ({@link #CAPITAL_BASES}) gets only the first look, and only when it starts a word of
 * small letters ({@code Émile}): all-capital dot-matrix print leaves dots over capitals.
 *
 * <p>The letter becomes the composed letter (NFC) only when that is one of {@link #ACCENTED}, the
 * accented vowels of the languages Recto maps; its probability is kept.
 *
 * <p>Stateless and thread-safe.
 */
final class AccentMarks {

  /** Letters whose accents are put back. */
  static final String BASES = "aeioun";

  /**
   * Capitals whose accents are put back, from the first look only and at the start of a word of
   * small letters ({@code Émile}, {@code Ölmühle}).
   */
  static final String CAPITAL_BASES = "AEIOUN";

  /** What a base and a mark may become. */
  static final String ACCENTED = "àáâäèéêëìíîïòóôöùúûüñÀÁÂÄÈÉÊËÌÍÎÏÒÓÔÖÙÚÛÜÑ";

  /** Largest mark, and largest gap between mark and body, as a share of the body's height. */
  static final double MAX_MARK_SHARE = 0.6;

  /** Small letters without ascenders or descenders, whose ink gives the line's body band. */
  static final String SMALL_LETTERS = "acemnorsuvwxz";

  /** How many small letters nearest a letter give its body band. */
  static final int BAND_LETTERS = 5;

  /** Half the columns looked at for a small letter's body, as a share of its nearer neighbour. */
  static final double BODY_WINDOW = 0.45;

  /** Rows right above the body band left out of a mark, as a share of the band's height. */
  static final double BAND_MARGIN = 0.15;

  /** Columns either side of a glyph a mark may reach over, as a share of the band's height. */
  static final double GLYPH_PAD = 0.25;

  /** How far from a letter's centre its glyph may start, as a share of the letter's pitch. */
  static final double GLYPH_REACH = 0.5;

  /** Columns either side of a letter's centre searched for its glyph, in pitches. */
  static final double GLYPH_SPAN = 2.5;

  /** Widest glyph looked at, as a multiple of the letter's pitch (wider: letters touch). */
  static final double MAX_GLYPH_WIDTH = 1.4;

  /**
   * Farthest a mark's centre may be from its letter's centre, as a share of the neighbour distance.
   */
  static final double MAX_MARK_OFFSET = 0.6;

  /**
   * Least ink pixels in a mark found over a glyph, as a share of the body band's height squared
   * (specks of a noisy scan are smaller).
   */
  static final double MIN_MARK_AREA = 0.025;

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
    List<int[]> bodies = null;
    for (int i = 0; i < read.size(); i++) {
      DecodedChar ch = read.get(i);
      boolean capital =
          ch.text().length() == 1
              && CAPITAL_BASES.indexOf(ch.text().charAt(0)) >= 0
              && startsSmallWord(read, i);
      if (ch.text().length() != 1 || (BASES.indexOf(ch.text().charAt(0)) < 0 && !capital)) {
        continue;
      }
      double x = ch.centerFrame() * frameWidth;
      double nearer = nearerNeighbourDistance(read, i, frameWidth);
      if (Double.isNaN(nearer)) {
        continue;
      }
      double half = WINDOW * nearer;
      int x0 = (int) Math.max(0, Math.round(x - half));
      int x1 = (int) Math.min(ink.width(), Math.round(x + half) + 1);
      if (x1 - x0 < 2) {
        continue;
      }
      char mark = mark(ink, x0, x1, ch.text().charAt(0));
      if (mark == 0 && !capital) {
        if (bodies == null) {
          bodies = smallLetterBodies(read, frameWidth, ink);
        }
        double left = neighbourCenter(read, i, -1, frameWidth);
        double right = neighbourCenter(read, i, +1, frameWidth);
        double pitch =
            Double.isNaN(left) ? right - x : Double.isNaN(right) ? x - left : (right - left) / 2;
        mark = markOverGlyph(ink, bodyBand(bodies, x), x, pitch, ch.text().charAt(0));
      }
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
   * True when {@code chars[i]} starts a word and a small letter follows it ({@code Émile}, {@code
   * Ölmühle}): the receipts' all-capital dot-matrix print leaves dots over capitals ({@code NÖT},
   * {@code ELËGANT} on SROIE), while a capital's accent in running text starts a word.
   */
  private static boolean startsSmallWord(List<DecodedChar> chars, int i) {
    boolean first = i == 0 || !Character.isLetterOrDigit(chars.get(i - 1).text().codePointAt(0));
    return first
        && i + 1 < chars.size()
        && Character.isLowerCase(chars.get(i + 1).text().codePointAt(0));
  }

  /**
   * Distance in pixels from {@code chars[i]}'s centre to the nearer of its non-space neighbours'
   * centres, NaN when it has none.
   */
  private static double nearerNeighbourDistance(List<DecodedChar> chars, int i, double frameWidth) {
    double x = chars.get(i).centerFrame() * frameWidth;
    double left = neighbourCenter(chars, i, -1, frameWidth);
    double right = neighbourCenter(chars, i, +1, frameWidth);
    if (Double.isNaN(left) && Double.isNaN(right)) {
      return Double.NaN;
    }
    return Math.min(
        Double.isNaN(left) ? Double.MAX_VALUE : x - left,
        Double.isNaN(right) ? Double.MAX_VALUE : right - x);
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
    return shape(ink, left, right, mark[0], mark[1], x1 - x0, base);
  }

  /**
   * The combining mark that the ink in {@code [left, right] x [y0, y1)} makes over {@code base}, or
   * 0.
   *
   * @param window width of the columns the mark was looked for in
   */
  private static char shape(
      LineInk ink, int left, int right, int y0, int y1, int window, char base) {
    if (base == 'n' || base == 'N') {
      return right - left + 1 >= 0.5 * window ? TILDE : 0;
    }
    if (pieces(ink, left, right + 1, y0, y1) == 2) {
      return DIAERESIS;
    }
    char shape = slantOrPeak(ink, left, right + 1, y0, y1);
    // A mark cut by the crop's top edge may be half a circumflex, which looks like a slant: over an
    // i (where a circumflex is as likely as a slant) such a mark is not read. Nor is a grave over
    // an i: on scans the i's own dot, blurred, leans often enough to pass for one (Avenìda,
    // Lìndelaan on the tuning scans), while ì is rare in the languages Recto maps.
    if (base == 'i' && (y0 == 0 || shape == GRAVE)) {
      return 0;
    }
    return shape;
  }

  /**
   * The bodies of the line's small letters without ascenders or descenders ({@value
   * #SMALL_LETTERS}) as {@code {x, top, bottom}}: each the stretch of inked rows, in the middle
   * {@value #BODY_WINDOW} of the way to its nearer neighbour either side of its centre {@code x},
   * that holds most ink.
   */
  static List<int[]> smallLetterBodies(List<DecodedChar> chars, double frameWidth, LineInk ink) {
    List<int[]> bodies = new ArrayList<>();
    for (int i = 0; i < chars.size(); i++) {
      DecodedChar ch = chars.get(i);
      if (ch.text().length() != 1 || SMALL_LETTERS.indexOf(ch.text().charAt(0)) < 0) {
        continue;
      }
      double x = ch.centerFrame() * frameWidth;
      double pitch = nearerNeighbourDistance(chars, i, frameWidth);
      if (!(pitch > 0)) {
        continue;
      }
      int x0 = (int) Math.max(0, Math.round(x - BODY_WINDOW * pitch));
      int x1 = (int) Math.min(ink.width(), Math.round(x + BODY_WINDOW * pitch) + 1);
      int[] body = null;
      int bodyInk = 0;
      for (int[] stretch : rowStretches(ink, x0, x1)) {
        int count = 0;
        for (int y = stretch[0]; y < stretch[1]; y++) {
          for (int c = x0; c < x1; c++) {
            count += ink.at(c, y) ? 1 : 0;
          }
        }
        if (count > bodyInk) {
          body = stretch;
          bodyInk = count;
        }
      }
      if (body != null) {
        bodies.add(new int[] {(int) Math.round(x), body[0], body[1]});
      }
    }
    return bodies;
  }

  /**
   * The rows of the letter bodies (between x-height and baseline) around column {@code x} as {@code
   * {y0, y1}}: the lower median top and bottom of the {@value #BAND_LETTERS} small letters nearest
   * {@code x} (local, so a tilted line or a change of size does not move it; with an even count the
   * higher top and bottom, since a band too high misses a mark rather than taking a letter's own
   * top for one); {@code null} when there are none.
   */
  static int[] bodyBand(List<int[]> bodies, double x) {
    if (bodies.isEmpty()) {
      return null;
    }
    List<int[]> near = new ArrayList<>(bodies);
    near.sort(Comparator.comparingDouble(b -> Math.abs(b[0] - x)));
    near = near.subList(0, Math.min(BAND_LETTERS, near.size()));
    List<Integer> tops = new ArrayList<>();
    List<Integer> bottoms = new ArrayList<>();
    for (int[] b : near) {
      tops.add(b[1]);
      bottoms.add(b[2]);
    }
    Collections.sort(tops);
    Collections.sort(bottoms);
    int y0 = tops.get((tops.size() - 1) / 2);
    int y1 = bottoms.get((bottoms.size() - 1) / 2);
    return y1 - y0 >= 2 ? new int[] {y0, y1} : null;
  }

  /**
   * The mark over the glyph nearest {@code x}, found from the ink instead of the recognizer's
   * frames, for marks the first look missed (blurred onto their letter, or off the frames' centre):
   *
   * <ul>
   *   <li>the glyph is the run of columns with ink in the body band that holds {@code x}, or starts
   *       or ends within {@value #GLYPH_REACH} of {@code reach} from it; the columns looked at are
   *       its own plus up to {@value #GLYPH_PAD} of the band's height either side, except columns
   *       of other glyphs (so a neighbour's ascender or capital is not taken for a mark);
   *   <li>the mark is the ink connected to the lowest inked row that lies at least {@value
   *       #BAND_MARGIN} of the band's height above the band (rows closer may be the letter's own
   *       round top), followed down to the band; ink that reaches into another glyph's columns (the
   *       arm of a {@code V} or {@code W} kerned over the next letter) is not a mark.
   * </ul>
   *
   * 0 when there is none, when the run is wider than {@value #MAX_GLYPH_WIDTH} times {@code reach}
   * (letters that touch cannot be told apart), or when the mark's centre is farther than {@value
   * #MAX_MARK_OFFSET} of {@code reach} from {@code x}.
   *
   * @param band the body band, from {@link #bodyBand}; null when the line has no ink
   * @param x the letter's centre, pixels at the recognizer's scale
   * @param reach the letter's pitch: half the distance in pixels between its neighbours' centres
   *     (the distance to the one neighbour when it has only one)
   */
  static char markOverGlyph(LineInk ink, int[] band, double x, double reach, char base) {
    if (band == null) {
      return 0;
    }
    int bandHeight = band[1] - band[0];
    int[] glyph = glyphColumns(ink, band, x, reach);
    if (glyph == null || glyph[1] - glyph[0] > MAX_GLYPH_WIDTH * reach) {
      return 0;
    }
    int pad = (int) Math.round(GLYPH_PAD * bandHeight);
    int x0 = Math.max(0, glyph[0] - pad);
    int x1 = Math.min(ink.width(), glyph[1] + pad);
    boolean[] open = new boolean[x1 - x0];
    for (int c = x0; c < x1; c++) {
      open[c - x0] = (c >= glyph[0] && c < glyph[1]) || !bandInk(ink, band, c);
    }
    int top = band[0] - (int) Math.max(1, Math.round(BAND_MARGIN * bandHeight));
    int seedRow = -1;
    for (int y = top - 1; y >= 0 && seedRow < 0; y--) {
      for (int c = x0; c < x1; c++) {
        if (open[c - x0] && ink.at(c, y)) {
          seedRow = y;
          break;
        }
      }
    }
    if (seedRow < 0) {
      return 0;
    }
    // the mark: ink 8-connected to the seed row, in open columns, above the band
    int height = band[0];
    boolean[] inMark = new boolean[(x1 - x0) * height];
    ArrayDeque<int[]> queue = new ArrayDeque<>();
    for (int c = x0; c < x1; c++) {
      if (open[c - x0] && ink.at(c, seedRow)) {
        inMark[seedRow * (x1 - x0) + c - x0] = true;
        queue.add(new int[] {c, seedRow});
      }
    }
    int left = Integer.MAX_VALUE;
    int right = -1;
    int y0 = seedRow;
    int y1 = seedRow + 1;
    int pixels = 0;
    boolean touchesOther = false;
    while (!queue.isEmpty()) {
      int[] p = queue.poll();
      pixels++;
      left = Math.min(left, p[0]);
      right = Math.max(right, p[0]);
      y0 = Math.min(y0, p[1]);
      y1 = Math.max(y1, p[1] + 1);
      for (int dy = -1; dy <= 1; dy++) {
        for (int dx = -1; dx <= 1; dx++) {
          int c = p[0] + dx;
          int y = p[1] + dy;
          if (c < 0 || c >= ink.width() || y < 0 || y >= height) {
            continue;
          }
          if (c < x0 || c >= x1 || !open[c - x0]) {
            touchesOther |= ink.at(c, y);
            continue;
          }
          int k = y * (x1 - x0) + c - x0;
          if (!inMark[k] && ink.at(c, y)) {
            inMark[k] = true;
            queue.add(new int[] {c, y});
          }
        }
      }
    }
    if (touchesOther
        || pixels < Math.max(MIN_MARK_PIXELS, MIN_MARK_AREA * bandHeight * bandHeight)
        || y1 - y0 > MAX_MARK_SHARE * bandHeight
        || band[0] - y1 > MAX_MARK_SHARE * bandHeight
        || Math.abs((left + right) / 2.0 - x) > MAX_MARK_OFFSET * reach) {
      return 0;
    }
    char shape = shape(ink, left, right, y0, y1, glyph[1] - glyph[0], base);
    // an i's own dot, found this way, passes too easily for a diaeresis or a circumflex; of the
    // marks over an i only the acute (Spanish í) is common enough to be worth the risk
    return base == 'i' && shape != ACUTE ? 0 : shape;
  }

  /** Whether column {@code c} has ink in the body band. */
  private static boolean bandInk(LineInk ink, int[] band, int c) {
    for (int y = band[0]; y < band[1]; y++) {
      if (ink.at(c, y)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The run of columns {@code {x0, x1}} with ink in the body band that holds {@code x}, or else the
   * nearest one within {@value #GLYPH_REACH} of {@code reach}; null when there is none.
   */
  static int[] glyphColumns(LineInk ink, int[] band, double x, double reach) {
    // only columns near x are looked at (a glyph wider than MAX_GLYPH_WIDTH is refused anyway);
    // a run cut by the edge of that span is not a glyph
    int from = (int) Math.max(0, Math.floor(x - GLYPH_SPAN * reach));
    int to = (int) Math.min(ink.width(), Math.ceil(x + GLYPH_SPAN * reach));
    int[] best = null;
    double bestDistance = GLYPH_REACH * reach;
    int start = -1;
    for (int c = from; c <= to; c++) {
      boolean any = false;
      for (int y = band[0]; c < to && y < band[1] && !any; y++) {
        any = ink.at(c, y);
      }
      if (any && start < 0) {
        start = c;
      } else if (!any && start >= 0) {
        double distance = x < start ? start - x : x > c - 1 ? x - (c - 1) : 0;
        boolean cut = (start == from && from > 0) || (c == to && to < ink.width());
        if (!cut && distance <= bestDistance) {
          best = new int[] {start, c};
          bestDistance = distance;
        }
        start = -1;
      }
    }
    return best;
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
