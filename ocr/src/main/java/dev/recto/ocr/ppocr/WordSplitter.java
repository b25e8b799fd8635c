package dev.recto.ocr.ppocr;

import dev.recto.ocr.ppocr.CtcDecoder.DecodedChar;
import dev.recto.ocr.ppocr.CtcDecoder.DecodedLine;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Splits a recognized line into words, using where in the line the recognizer saw each character
 * and where the line image has ink.
 *
 * <p><b>Positions.</b> Frame {@code t} of a recognizer that produced {@code T} frames for an input
 * {@code W} pixels wide covers {@code [t * W / T, (t + 1) * W / T)}; a character sits at the centre
 * of its frames. All positions are pixels of the recognizer input (the crop scaled to the model's
 * height, before padding).
 *
 * <p><b>Pitch.</b> The line's character pitch is the width of its ink (first to last ink column)
 * over its number of characters (spaces not counted); a line with no ink or under two characters
 * falls back to the median distance between the frame centres of neighbouring characters. Frame
 * centres are only 8 px apart at the recognizer's scale, so for small print (2 to 3 frames per
 * character) their median is off by up to a third; the ink width is not.
 *
 * <p><b>Breaks.</b> A word ends at a recognized space, and also between two consecutive characters
 * when the columns between their frame centres hold a run of ink-free columns at least {@code
 * gapRatio} times the pitch wide: the recognizer often drops the space between words set close
 * together (e.g. {@code 4557DeSilvaSt}), but the gap is still in the image. A gap in the frames
 * alone is not enough: CTC emits a character at any frame of its glyph, so frame distances within
 * words vary by more than a space (measured: splitting at 1.5 median pitches cut {@code Germany}
 * and {@code Payment}). Two more rules, each measured on the evaluation sets of {@code
 * docs/ocr.md}:
 *
 * <ul>
 *   <li><b>A gap well above the line's usual gap</b>: a gap also breaks a word when it is {@value
 *       #USUAL_GAP_MARGIN} pitches wider than the line's median gap between neighbouring
 *       characters. Small or blurred print scaled to the recognizer's height sets letters 0 to 4 px
 *       apart and words 7 to 14 px ({@code UNIHAKKAINTERNATIONAL}, {@code 55834Dresden}), under the
 *       ratio's 0.6 pitch. Not between two digits (tabular figures), and not next to a narrow glyph
 *       ({@code i l j 1 ! |}), whose side bearings leave wide gaps inside words ({@code Mitchel l},
 *       {@code Pol icy} when it was tried there). A capital I is not narrow here: leaving it out
 *       glued {@code UNIHAKKAINTERNATIONAL} and {@code TAXINVOICE} for 0.0006 of invoice F1. Nor
 *       between a capital and a small letter, a word's start: the band of rows that counts as ink
 *       misses a {@code T}'s bar, so {@code Total} looked like {@code T otal}.
 *   <li><b>A colon after {@value #COLON_GAP} of a pitch of empty space</b> (a whole pitch after
 *       punctuation) is a word of its own ({@code NO : 123} on a monospaced receipt); closer, it
 *       stays with its word ({@code Total:}, {@code No.:}).
 *   <li><b>Not narrower than the line's spaces</b>: an ink gap alone breaks a word only when it is
 *       at least {@value #SPACE_SHARE} of the narrowest gap at a space the recognizer emitted on
 *       the line ({@link #narrowestSpace}).
 *   <li><b>Two cents digits after a decimal comma or point</b> stay with their amount, even after a
 *       space the recognizer emitted, unless a whole pitch of empty space parts them ({@link
 *       #decimalCents}).
 *   <li><b>Capitals and digits set close</b>: between two glyphs that fill their cells (capitals,
 *       digits, {@code @ = # * % &}) the margin over the usual gap is {@value #BLOCK_GAP_MARGIN} of
 *       a pitch ({@link #usualGapMargin}); between two digits {@value #DIGIT_GAP_FLOOR} of a pitch
 *       breaks when it is {@value #DIGIT_GAP_OVER_USUAL} times the usual gap ({@link #digitGap}).
 *   <li><b>A hyphen {@value #HYPHEN_GAP} of a pitch from its neighbour</b> stands apart ({@code HRS
 *       - 2300}); closer, it joins.
 * </ul>
 *
 * <p><b>Boxes.</b> Between two words the boundary is the widest ink-free run between them; the
 * first word starts at the line's left edge and the last ends at its right edge; each word's edges
 * are then pulled in to its outermost ink columns.
 *
 * <p>Immutable and thread-safe.
 */
final class WordSplitter {

  private final double gapRatio;

  /**
   * @param gapRatio an ink-free run this many median character pitches wide breaks a word
   */
  WordSplitter(double gapRatio) {
    if (!(gapRatio > 0)) {
      throw new IllegalArgumentException("gapRatio must be > 0, was " + gapRatio);
    }
    this.gapRatio = gapRatio;
  }

  /**
   * The words of {@code line}.
   *
   * @param line the decoded line
   * @param inputWidth width in pixels of the recognizer input the frames cover (padding included)
   * @param ink for each column of the scaled crop (its length is the crop's width before padding),
   *     whether it holds ink
   */
  List<WordSpan> split(DecodedLine line, double inputWidth, boolean[] ink) {
    Objects.requireNonNull(line, "line");
    Objects.requireNonNull(ink, "ink");
    int width = ink.length;
    if (line.frames() <= 0 || !(inputWidth > 0) || width == 0) {
      return List.of();
    }
    double frameWidth = inputWidth / line.frames();
    double pitch = inkPitch(line.chars(), ink, frameWidth);
    double usualGap = medianGap(line.chars(), ink, frameWidth);
    double spaceFloor = SPACE_SHARE * narrowestSpace(line.chars(), ink, frameWidth);

    List<List<DecodedChar>> groups = new ArrayList<>();
    List<double[]> cuts = new ArrayList<>(); // {end of previous word, start of next}
    List<DecodedChar> current = new ArrayList<>();
    List<DecodedChar> chars = line.chars();
    DecodedChar previous = null;
    DecodedChar beforePrevious = null;
    boolean spaceSeen = false;
    for (int i = 0; i < chars.size(); i++) {
      DecodedChar ch = chars.get(i);
      if (ch.isSpace()) {
        spaceSeen = previous != null;
        continue;
      }
      if (previous != null) {
        double a = previous.centerFrame() * frameWidth;
        double b = ch.centerFrame() * frameWidth;
        int[] run = widestGap(ink, a, b);
        int gap = run[1] - run[0];
        boolean digits = isDigit(previous.text()) && isDigit(ch.text());
        double needed =
            digits
                ? digitGap(pitch, usualGap)
                : narrow(previous) || narrow(ch) || capitalThenSmall(previous, ch)
                    ? gapRatio * pitch * gapScale(previous, ch)
                    : Math.min(
                        gapRatio * pitch * gapScale(previous, ch),
                        usualGap + usualGapMargin(previous, ch) * pitch);
        boolean wide =
            pitch > 0
                && (gap >= Math.max(needed, spaceFloor)
                        && mayBreakBetween(beforePrevious, previous, ch)
                    || ch.text().equals(":") && gap >= colonGap(previous, pitch, spaceFloor)
                    || besideHyphen(previous, ch)
                        && gap >= Math.max(HYPHEN_GAP * pitch, spaceFloor));
        if ((spaceSeen || wide)
            && !(decimalCents(beforePrevious, previous, chars, i) && gap < DIGIT_GAP * pitch)) {
          groups.add(current);
          current = new ArrayList<>();
          cuts.add(
              run[1] > run[0]
                  ? new double[] {run[0], run[1]}
                  : new double[] {(a + b) / 2, (a + b) / 2});
        }
      }
      current.add(ch);
      beforePrevious = previous;
      previous = ch;
      spaceSeen = false;
    }
    if (!current.isEmpty()) {
      groups.add(current);
    }

    List<WordSpan> words = new ArrayList<>(groups.size());
    for (int g = 0; g < groups.size(); g++) {
      double left = g == 0 ? 0 : cuts.get(g - 1)[1];
      double right = g == groups.size() - 1 ? width : cuts.get(g)[0];
      int[] inked = inkExtent(ink, left, right);
      if (inked != null) {
        left = inked[0];
        right = inked[1];
      }
      StringBuilder text = new StringBuilder();
      double probSum = 0;
      for (DecodedChar ch : groups.get(g)) {
        text.append(ch.text());
        probSum += ch.probability();
      }
      words.add(
          new WordSpan(
              text.toString(), left, Math.max(left, right), probSum / groups.get(g).size()));
    }
    return words;
  }

  /**
   * Between two digits an ink gap breaks a word only when it is at least this many character
   * pitches wide, whatever the gap ratio: tabular digits such as {@code 1} stand in wide empty
   * advances ({@code $10.00} is one word), but a date and a time printed apart on a receipt ({@code
   * 25/12/2018 8:13:39}, a whole monospace cell between them) are two words.
   */
  static final double DIGIT_GAP = 1.0;

  /**
   * Between two digits a gap this many pitches wide breaks a word when it is also {@value
   * #DIGIT_GAP_OVER_USUAL} times the line's usual gap ({@link #digitGap}).
   */
  static final double DIGIT_GAP_FLOOR = 0.6;

  /** See {@link #DIGIT_GAP_FLOOR}. */
  static final double DIGIT_GAP_OVER_USUAL = 2.5;

  /**
   * The ink gap that breaks a word between two digits: a whole pitch ({@value #DIGIT_GAP}), or less
   * where the line's digits are set close: {@value #DIGIT_GAP_FLOOR} of a pitch when that is at
   * least {@value #DIGIT_GAP_OVER_USUAL} times the line's usual gap ({@code 22/12/2017 14:03} on a
   * receipt whose digits are 3 px apart and the date 18 px from the time, pitch 22). Keeping the
   * whole pitch next to a {@code 1} (a tabular {@code 1} stands in a wide advance) was measured: it
   * lost on four of the six evaluation sets and tied on the others (docs/ocr.md).
   */
  static double digitGap(double pitch, double usualGap) {
    return Math.min(
        DIGIT_GAP * pitch, Math.max(DIGIT_GAP_FLOOR * pitch, DIGIT_GAP_OVER_USUAL * usualGap));
  }

  /**
   * A hyphen this many pitches of empty space from its neighbour stands apart ({@code HRS - 2300},
   * {@code - LAMINATE FILM}); closer, it joins ({@code WA14-3A}, {@code -0.01}).
   */
  static final double HYPHEN_GAP = 0.6;

  private static boolean besideHyphen(DecodedChar left, DecodedChar right) {
    return left.text().equals("-") || right.text().equals("-");
  }

  /**
   * An ink gap alone breaks a word only when it is at least this share of the narrowest gap at a
   * space the recognizer emitted on the same line ({@link #narrowestSpace}).
   */
  static final double SPACE_SHARE = 0.75;

  /**
   * The narrowest ink-free run in pixels at a space the recognizer emitted (between the characters
   * either side of it); 0 when the line has none. The recognizer's spaces show what a word gap
   * looks like in this line's face: in a monospaced one ({@code Courier} on a scan) the side
   * bearings of {@code i}, {@code l}, {@code t} leave gaps of most of a pitch inside words ({@code
   * wi t hi n}, {@code Logi sti k}), still clearly narrower than the empty cell of a space.
   */
  static double narrowestSpace(List<DecodedChar> chars, boolean[] ink, double frameWidth) {
    double narrowest = Double.MAX_VALUE;
    for (int i = 1; i + 1 < chars.size(); i++) {
      DecodedChar a = chars.get(i - 1);
      DecodedChar b = chars.get(i + 1);
      if (chars.get(i).isSpace() && !a.isSpace() && !b.isSpace()) {
        int[] run = widestGap(ink, a.centerFrame() * frameWidth, b.centerFrame() * frameWidth);
        narrowest = Math.min(narrowest, run[1] - run[0]);
      }
    }
    return narrowest == Double.MAX_VALUE ? 0 : narrowest;
  }

  /** A gap this many pitches wider than the line's median gap breaks a word. */
  static final double USUAL_GAP_MARGIN = 0.3;

  /**
   * Between two block glyphs ({@link #block}) a gap this many pitches wider than the line's median
   * gap breaks a word: capitals and digits fill their cells, so the gaps inside a word of them are
   * even ({@code GST SUMMARY} glued with 6 px between the words and 2 px between the letters, pitch
   * 19).
   */
  static final double BLOCK_GAP_MARGIN = 0.2;

  /** {@link #BLOCK_GAP_MARGIN} between two block glyphs, else {@link #USUAL_GAP_MARGIN}. */
  static double usualGapMargin(DecodedChar left, DecodedChar right) {
    return block(left) && block(right) && !left.text().equals("I")
        ? BLOCK_GAP_MARGIN
        : USUAL_GAP_MARGIN;
  }

  /**
   * A capital, digit or one of {@code @ = # * % &}: glyphs as wide as their cell. A capital I
   * followed by another glyph is not one for the gap after it ({@code VI LLAGE} in a proportional
   * face), though before it it is ({@code TAX INVOICE}).
   */
  private static boolean block(DecodedChar ch) {
    String t = ch.text();
    if (t.length() != 1) {
      return false;
    }
    char c = t.charAt(0);
    return Character.isUpperCase(c) || Character.isDigit(c) || "@=#*%&".indexOf(c) >= 0;
  }

  /** Glyphs so narrow that the gaps beside them say little about word breaks. */
  private static final String NARROW = "ilj1!|";

  /**
   * A colon this many pitches of empty space after a letter or digit starts a word. Measured on the
   * cached recognizer output of the evaluation pages (docs/ocr.md, 2026-11-27 late): 1.0 → 0.6 took
   * SROIE word F1 0.8033 → 0.8102, invoices300 0.9518 → 0.9524.
   */
  static final double COLON_GAP = 0.6;

  /**
   * True when the characters from {@code i} on are the two cents digits after a decimal comma or
   * point ({@code 166, 92}, {@code 44.540, 40}, {@code 0. 00}): a digit, a comma or point, then
   * exactly two digits with no space between them. The separator's empty right side looks like a
   * word gap to the recognizer and to the ink, but an amount is one word; a list ({@code 1, 2, 3})
   * has no two-digit tail.
   */
  static boolean decimalCents(
      DecodedChar beforeSeparator, DecodedChar separator, List<DecodedChar> chars, int i) {
    if (beforeSeparator == null
        || !isDigit(beforeSeparator.text())
        || !(separator.text().equals(",") || separator.text().equals("."))
        || i + 1 >= chars.size()
        || !isDigit(chars.get(i).text())
        || !isDigit(chars.get(i + 1).text())) {
      return false;
    }
    return i + 2 >= chars.size() || !isDigit(chars.get(i + 2).text());
  }

  /**
   * Whether an ink gap alone may break a word between these two characters. Not after a hyphen,
   * slash or underscore, not before closing or separating punctuation, and not between a point and
   * a digit ({@code 01.05.14}) unless the point ends an abbreviation, a letter before it ({@code
   * NO. 42}, {@code P.T. 2811}).
   *
   * @param beforeLeft the character before {@code left}, or null
   */
  static boolean mayBreakBetween(DecodedChar beforeLeft, DecodedChar left, DecodedChar right) {
    String a = left.text();
    String b = right.text();
    if ("-/_".contains(a) || ".,:;-/_)]".contains(b)) {
      return false;
    }
    return !(a.equals(".") && isDigit(b) && !isLetter(beforeLeft));
  }

  private static boolean isLetter(DecodedChar ch) {
    return ch != null && ch.text().length() == 1 && Character.isLetter(ch.text().charAt(0));
  }

  /**
   * Words nearly always follow a comma, colon or semicolon with a space, so before a letter half
   * the usual gap is enough ({@code bill,individual}).
   */
  static double gapScale(DecodedChar left, DecodedChar right) {
    String b = right.text();
    boolean letter = b.length() == 1 && Character.isLetter(b.charAt(0));
    return letter && ",:;".contains(left.text()) ? 0.5 : 1.0;
  }

  /** A capital followed by a small letter: a word's start ({@code Total}), not a break. */
  private static boolean capitalThenSmall(DecodedChar a, DecodedChar b) {
    return a.text().length() == 1
        && b.text().length() == 1
        && Character.isUpperCase(a.text().charAt(0))
        && Character.isLowerCase(b.text().charAt(0));
  }

  /**
   * The empty run before a colon that makes it a word of its own: {@value #COLON_GAP} of a pitch
   * after a letter or digit, and at least the line's space floor; a whole pitch after other
   * punctuation, whose own glyph is narrow ({@code No.:} in a monospaced face).
   */
  private static double colonGap(DecodedChar previous, double pitch, double spaceFloor) {
    return isLetterOrDigit(previous)
        ? Math.max(COLON_GAP * pitch, spaceFloor)
        : Math.max(pitch, spaceFloor);
  }

  private static boolean isLetterOrDigit(DecodedChar ch) {
    return ch.text().length() == 1 && Character.isLetterOrDigit(ch.text().charAt(0));
  }

  private static boolean narrow(DecodedChar ch) {
    return ch.text().length() == 1 && NARROW.indexOf(ch.text().charAt(0)) >= 0;
  }

  private static boolean isDigit(String s) {
    return s.length() == 1 && Character.isDigit(s.charAt(0));
  }

  /**
   * The widest run of ink-free columns within {@code [a, b]}, as {@code {start, end}} (end
   * exclusive).
   */
  static int[] widestGap(boolean[] ink, double a, double b) {
    int from = (int) Math.max(0, Math.floor(a));
    int to = (int) Math.min(ink.length, Math.ceil(b));
    int bestStart = from;
    int bestEnd = from;
    int runStart = -1;
    for (int x = from; x <= to; x++) {
      boolean empty = x < to && !ink[x];
      if (empty && runStart < 0) {
        runStart = x;
      } else if (!empty && runStart >= 0) {
        if (x - runStart > bestEnd - bestStart) {
          bestStart = runStart;
          bestEnd = x;
        }
        runStart = -1;
      }
    }
    return new int[] {bestStart, bestEnd};
  }

  /** First and last-plus-one ink columns within {@code [left, right)}, or null when none. */
  static int[] inkExtent(boolean[] ink, double left, double right) {
    int from = (int) Math.max(0, Math.floor(left));
    int to = (int) Math.min(ink.length, Math.ceil(right));
    int first = -1;
    int last = -1;
    for (int x = from; x < to; x++) {
      if (ink[x]) {
        if (first < 0) {
          first = x;
        }
        last = x;
      }
    }
    return first < 0 ? null : new int[] {first, last + 1};
  }

  /**
   * The line's character pitch in pixels: the width of its ink over its number of non-space
   * characters, or {@link #medianPitch} when it has no ink or fewer than two such characters.
   */
  static double inkPitch(List<DecodedChar> chars, boolean[] ink, double frameWidth) {
    long n = chars.stream().filter(ch -> !ch.isSpace()).count();
    int[] extent = inkExtent(ink, 0, ink.length);
    if (extent == null || n < 2) {
      return medianPitch(chars, frameWidth);
    }
    return (double) (extent[1] - extent[0]) / n;
  }

  /**
   * Median width in pixels of the widest ink-free run between the frame centres of neighbouring
   * characters (pairs across a recognized space left out); 0 when there are none.
   */
  static double medianGap(List<DecodedChar> chars, boolean[] ink, double frameWidth) {
    int[] gaps = new int[chars.size()];
    int n = 0;
    for (int i = 1; i < chars.size(); i++) {
      DecodedChar a = chars.get(i - 1);
      DecodedChar b = chars.get(i);
      if (!a.isSpace() && !b.isSpace()) {
        int[] run = widestGap(ink, a.centerFrame() * frameWidth, b.centerFrame() * frameWidth);
        gaps[n++] = run[1] - run[0];
      }
    }
    if (n == 0) {
      return 0;
    }
    int[] sorted = Arrays.copyOf(gaps, n);
    Arrays.sort(sorted);
    return sorted[n / 2];
  }

  /**
   * Median distance between the centres of consecutive characters not separated by a space, in
   * pixels; 0 when the line has fewer than two such pairs.
   */
  static double medianPitch(List<DecodedChar> chars, double frameWidth) {
    double[] pitches = new double[chars.size()];
    int n = 0;
    for (int i = 1; i < chars.size(); i++) {
      DecodedChar a = chars.get(i - 1);
      DecodedChar b = chars.get(i);
      if (!a.isSpace() && !b.isSpace()) {
        pitches[n++] = (b.centerFrame() - a.centerFrame()) * frameWidth;
      }
    }
    if (n < 2) {
      return 0;
    }
    double[] sorted = Arrays.copyOf(pitches, n);
    Arrays.sort(sorted);
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }

  /**
   * One word of a line.
   *
   * @param text the characters, no spaces
   * @param left left edge in recognizer-input pixels
   * @param right right edge in recognizer-input pixels
   * @param confidence mean probability of its characters
   */
  record WordSpan(String text, double left, double right, double confidence) {
    WordSpan {
      Objects.requireNonNull(text, "text");
      if (left > right) {
        throw new IllegalArgumentException("left " + left + " > right " + right);
      }
    }
  }
}
