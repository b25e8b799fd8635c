package dev.recto.ocr.ppocr;

import dev.recto.ocr.ppocr.CtcDecoder.DecodedChar;
import dev.recto.ocr.ppocr.CtcDecoder.DecodedLine;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Puts back the currency signs PP-OCR's recognizer cannot spell. Its dictionary ({@code
 * ppocr_keys_v1.txt}) has no {@code €} and no {@code £}: a sign printed apart from its amount
 * ({@code € 399,00}, {@code 45,93 €}) is read as nothing at all, and one set close to it is often
 * read as a letter ({@code E3.50}, {@code 000E}). Both leave the sign's ink in the line image.
 *
 * <p>For each line this looks at its ink blobs (runs of ink columns, see {@link LineInk}) next to a
 * digit:
 *
 * <ul>
 *   <li>a blob with no recognized character in it (<em>unread</em>) becomes a sign when its shape
 *       is closer to a sign than to any of {@link #REFERENCES}' other characters, with a score of
 *       at least {@code minScore};
 *   <li>a blob read as one of {@link #LOOKALIKES} ({@code E e C c}) becomes a sign when, in
 *       addition, its score as that sign beats its score as the letter read by {@code margin}, and
 *       it does not directly follow a letter ({@code DE63 8696}, {@code RE231275}: on scans the
 *       {@code E} of a country code or a number's prefix passed for a {@code £}) nor is directly
 *       followed by one ({@code 4255,20 EUR} had become {@code £UR}).
 * </ul>
 *
 * A sign put back where nothing was read sits at the blob's centre frame, with a space on each side
 * where its ink stands apart from its neighbour's (the recognizer's own spaces there are
 * unreliable, as it did not see the sign); {@link WordSplitter} then splits words as usual. An
 * added sign's probability is its shape score.
 *
 * <p>Immutable and thread-safe.
 */
final class CurrencySigns {

  /** The signs this puts back. */
  static final String SIGNS = "€£";

  /** Characters the recognizer reads where a sign was printed close to digits. */
  static final String LOOKALIKES = "EeCc";

  /**
   * Reference characters a blob is compared with: the signs and what else blobs near digits are.
   */
  static final String REFERENCES =
      SIGNS
          + "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
          + "$%&@#()[]{}<>?!/|*+=";

  /** A blob lower than this share of the line image is punctuation or noise, never a sign. */
  static final double MIN_HEIGHT_SHARE = 0.3;

  /**
   * A sign put back where nothing was read stands apart from a neighbour when the ink gap between
   * them is at least this many times the line's median gap between ink runs (and 2 pixels).
   */
  static final double APART_GAPS = 2.0;

  private final GlyphTemplates templates;
  private final double minScore;
  private final double margin;

  /**
   * @param templates references of at least {@link #REFERENCES}
   * @param minScore least shape score for a sign
   * @param margin how much a lookalike letter's blob must score higher as a sign than as the letter
   */
  CurrencySigns(GlyphTemplates templates, double minScore, double margin) {
    this.templates = Objects.requireNonNull(templates, "templates");
    this.minScore = minScore;
    this.margin = margin;
  }

  /** With references rendered from {@link GlyphTemplates#FONT_RESOURCE}. */
  static CurrencySigns standard() {
    return new CurrencySigns(GlyphTemplates.render(REFERENCES), 0.5, 0.1);
  }

  /**
   * {@code line} with the signs found in its image added or substituted; {@code line} itself when
   * there are none.
   *
   * @param inputWidth width in pixels of the recognizer input the frames cover (padding included)
   * @param ink the line image's ink, at the recognizer's scale
   */
  DecodedLine recover(DecodedLine line, double inputWidth, LineInk ink) {
    if (line.frames() <= 0 || !(inputWidth > 0) || ink.width() == 0) {
      return line;
    }
    double frameWidth = inputWidth / line.frames();
    List<DecodedChar> chars = new ArrayList<>(line.chars());
    boolean changed = false;
    List<int[]> runs = inkRuns(ink.columns());
    double gap = medianGap(runs);
    for (int r = 0; r < runs.size(); r++) {
      int[] run = runs.get(r);
      int first = -1;
      int count = 0;
      for (int i = 0; i < chars.size() && count < 2; i++) {
        DecodedChar ch = chars.get(i);
        double x = ch.centerFrame() * frameWidth;
        if (!ch.isSpace() && x >= run[0] && x < run[1]) {
          first = count == 0 ? i : first;
          count++;
        }
      }
      if (count == 0) {
        changed |= putBack(chars, runs, r, gap, frameWidth, line.frames(), ink);
      } else if (count == 1) {
        changed |= replaceLookalike(chars, first, run, ink);
      }
    }
    return changed ? new DecodedLine(chars, line.frames()) : line;
  }

  /** Adds a sign for the unread blob {@code runs[r]} when it is one next to a digit. */
  private boolean putBack(
      List<DecodedChar> chars,
      List<int[]> runs,
      int r,
      double gap,
      double frameWidth,
      int frames,
      LineInk ink) {
    int[] run = runs.get(r);
    double center = (run[0] + run[1]) / 2.0;
    int at = insertionIndex(chars, center / frameWidth);
    if (!nextToDigit(chars, at - 1, at)) {
      return false;
    }
    GlyphTemplates.Shape shape = blobShape(ink, run[0], run[1]);
    GlyphTemplates.Match best = shape == null ? null : templates.best(shape);
    if (best == null || !SIGNS.contains(best.text()) || best.score() < minScore) {
      return false;
    }
    int frame = Math.min(frames - 1, (int) Math.floor(center / frameWidth));
    chars.add(at, new DecodedChar(best.text(), (float) clampScore(best.score()), frame, frame));
    double apart = Math.max(2, APART_GAPS * gap);
    boolean leftApart = r > 0 && run[0] - runs.get(r - 1)[1] >= apart;
    boolean rightApart = r + 1 < runs.size() && runs.get(r + 1)[0] - run[1] >= apart;
    placeSpaces(chars, at, leftApart, rightApart);
    return true;
  }

  /** Turns {@code chars[i]}, read in the blob {@code run}, into a sign when it is one. */
  private boolean replaceLookalike(List<DecodedChar> chars, int i, int[] run, LineInk ink) {
    DecodedChar read = chars.get(i);
    if (!LOOKALIKES.contains(read.text())
        || !nextToDigit(chars, i - 1, i + 1)
        || afterLetter(chars, i)
        || beforeLetter(chars, i)) {
      return false;
    }
    GlyphTemplates.Shape shape = blobShape(ink, run[0], run[1]);
    GlyphTemplates.Match best = shape == null ? null : templates.best(shape);
    if (best == null
        || !SIGNS.contains(best.text())
        || best.score() < minScore
        || best.score() < templates.bestFor(shape, read.text()) + margin) {
      return false;
    }
    chars.set(
        i,
        new DecodedChar(
            best.text(), (float) clampScore(best.score()), read.firstFrame(), read.lastFrame()));
    return true;
  }

  /**
   * Whether {@code chars[i]} directly follows a letter: then it is part of a word such as a VAT
   * number's or IBAN's country code ({@code DE63...}) or an invoice number ({@code RE231275}), not
   * a sign before an amount.
   */
  private static boolean afterLetter(List<DecodedChar> chars, int i) {
    if (i == 0) {
      return false;
    }
    String before = chars.get(i - 1).text();
    return before.length() == 1 && Character.isLetter(before.charAt(0));
  }

  /**
   * Whether {@code chars[i]} is directly followed by a letter: then it starts a word ({@code EUR}
   * after an amount, {@code Euro}); a sign is followed by a digit, a space or nothing.
   */
  private static boolean beforeLetter(List<DecodedChar> chars, int i) {
    if (i + 1 >= chars.size()) {
      return false;
    }
    String after = chars.get(i + 1).text();
    return after.length() == 1 && Character.isLetter(after.charAt(0));
  }

  /**
   * Sets the spaces around the sign just added at {@code index} from its ink. The recognizer did
   * not see the sign, so a space it read between the sign's neighbours may sit on either side of
   * it, or be missing ({@code Net€ 399,00} for {@code Net € 399,00}): those spaces are removed, and
   * a space is put on each side that has a character and whose ink gap is {@code apart}.
   */
  static void placeSpaces(
      List<DecodedChar> chars, int index, boolean leftApart, boolean rightApart) {
    DecodedChar sign = chars.get(index);
    int from = index;
    while (from > 0 && chars.get(from - 1).isSpace()) {
      from--;
    }
    int to = index + 1;
    while (to < chars.size() && chars.get(to).isSpace()) {
      to++;
    }
    boolean hasLeft = from > 0;
    boolean hasRight = to < chars.size();
    chars.subList(from, to).clear();
    List<DecodedChar> replacement = new ArrayList<>(3);
    if (hasLeft && leftApart) {
      replacement.add(spaceAt(sign.firstFrame()));
    }
    replacement.add(sign);
    if (hasRight && rightApart) {
      replacement.add(spaceAt(sign.lastFrame()));
    }
    chars.addAll(from, replacement);
  }

  private static DecodedChar spaceAt(int frame) {
    return new DecodedChar(" ", 1f, frame, frame);
  }

  /**
   * Median width of the gaps between consecutive ink runs, pixels (most such gaps are between the
   * glyphs of a word); 0 for fewer than two runs.
   */
  static double medianGap(List<int[]> runs) {
    if (runs.size() < 2) {
      return 0;
    }
    double[] gaps = new double[runs.size() - 1];
    for (int i = 1; i < runs.size(); i++) {
      gaps[i - 1] = runs.get(i)[0] - runs.get(i - 1)[1];
    }
    java.util.Arrays.sort(gaps);
    int n = gaps.length;
    return n % 2 == 1 ? gaps[n / 2] : (gaps[n / 2 - 1] + gaps[n / 2]) / 2;
  }

  private static double clampScore(double score) {
    return Math.max(0, Math.min(1, score));
  }

  /** Where a character centred at {@code centerFrame} goes in {@code chars}. */
  private static int insertionIndex(List<DecodedChar> chars, double centerFrame) {
    int at = 0;
    while (at < chars.size() && chars.get(at).centerFrame() <= centerFrame) {
      at++;
    }
    return at;
  }

  /**
   * Whether the nearest non-space character at or before {@code before}, or at or after {@code
   * after}, is a digit (a sign precedes or follows an amount); a minus or plus right after counts
   * too ({@code € -9,32}).
   */
  static boolean nextToDigit(List<DecodedChar> chars, int before, int after) {
    for (int i = before; i >= 0; i--) {
      if (!chars.get(i).isSpace()) {
        if (isDigit(chars.get(i).text())) {
          return true;
        }
        break;
      }
    }
    for (int i = after; i < chars.size(); i++) {
      if (!chars.get(i).isSpace()) {
        String t = chars.get(i).text();
        if (isDigit(t)) {
          return true;
        }
        if (("-".equals(t) || "+".equals(t)) && i + 1 < chars.size()) {
          return isDigit(chars.get(i + 1).text());
        }
        return false;
      }
    }
    return false;
  }

  private static boolean isDigit(String s) {
    return s.length() == 1 && Character.isDigit(s.charAt(0));
  }

  /**
   * Runs of ink columns, as {@code {start, end}} (end exclusive); runs one empty column apart are
   * one run (a glyph's thin strokes can leave such a column at the recognizer's scale).
   */
  static List<int[]> inkRuns(boolean[] columns) {
    List<int[]> runs = new ArrayList<>();
    int start = -1;
    int lastInk = -1;
    for (int x = 0; x < columns.length; x++) {
      if (!columns[x]) {
        continue;
      }
      if (start < 0) {
        start = x;
      } else if (x - lastInk > 2) {
        runs.add(new int[] {start, lastInk + 1});
        start = x;
      }
      lastInk = x;
    }
    if (start >= 0) {
      runs.add(new int[] {start, lastInk + 1});
    }
    return runs;
  }

  /**
   * The shape of the ink in columns {@code [x0, x1)}: of its rows, the longest stretch of inked
   * rows (gaps of one row allowed), so that strokes of the lines above and below caught at the
   * crop's edges are left out; null when that stretch is lower than {@link #MIN_HEIGHT_SHARE} of
   * the image.
   */
  static GlyphTemplates.Shape blobShape(LineInk ink, int x0, int x1) {
    int h = ink.height();
    boolean[] rows = new boolean[h];
    for (int y = 0; y < h; y++) {
      for (int x = x0; x < x1; x++) {
        if (ink.at(x, y)) {
          rows[y] = true;
          break;
        }
      }
    }
    int bestTop = -1;
    int bestBottom = -1;
    int top = -1;
    int last = -1;
    for (int y = 0; y <= h; y++) {
      boolean on = y < h && rows[y];
      if (on) {
        if (top < 0 || y - last > 2) {
          top = y;
        }
        last = y;
        if (last - top > bestBottom - bestTop) {
          bestTop = top;
          bestBottom = last;
        }
      }
    }
    if (bestTop < 0 || bestBottom - bestTop + 1 < MIN_HEIGHT_SHARE * h) {
      return null;
    }
    return GlyphTemplates.Shape.of("", ink.pixels(), ink.width(), x0, bestTop, x1, bestBottom + 1);
  }
}
