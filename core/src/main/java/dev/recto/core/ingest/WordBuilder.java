package dev.recto.core.ingest;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Groups a page's glyphs, in the order the content stream draws them, into words the way poppler's
 * {@code pdftotext} does, so that Recto's text layer and that common reference agree.
 *
 * <ol>
 *   <li>A glyph continues the current word when it has the same reading direction and font size,
 *       sits on the same baseline, and starts no more than {@value #MAX_CHAR_GAP} font sizes after
 *       the word's end and no more than {@value #MAX_CHAR_OVERLAP} before it. A space character, or
 *       a glyph drawn on top of the previous one (duplicated text), ends the word.
 *   <li>A combining or spacing diacritic drawn over the previous letter is composed with it (NFC).
 *   <li>A word drawn again at nearly the same place with the same text (fake bold, drop shadows) is
 *       kept once.
 *   <li>Words on one line, within one column (no gap over {@value #MIN_COLUMN_GAP} font sizes),
 *       whose gap is under {@value #MAX_JOIN_GAP} font sizes (more when the column is spaced out
 *       letter by letter) are joined unless a space character was drawn between them: separately
 *       drawn pieces of one word, such as a kerned capital, become one word. Unlike poppler, an
 *       explicit space is always honoured.
 * </ol>
 *
 * <p>Coordinates are the displayed page's PDF points, top-left origin. Not thread-safe; one per
 * page read.
 */
final class WordBuilder {

  /** Largest gap between glyphs of one word, in font sizes. */
  static final double MAX_CHAR_GAP = 0.1;

  /** Largest overlap of a glyph with the word before it, in font sizes. */
  static final double MAX_CHAR_OVERLAP = 0.2;

  /** A glyph starting within this many font sizes of the previous glyph's start duplicates it. */
  static final double DUPLICATE_PRIMARY = 0.1;

  /** ... and whose baseline is within this many font sizes of the previous one. */
  static final double DUPLICATE_SECONDARY = 0.2;

  /** Largest baseline difference within a word, in points. */
  static final double MAX_BASELINE_SHIFT = 0.5;

  /** Largest baseline difference between words of one line, in font sizes. */
  static final double MAX_LINE_BASELINE_DELTA = 0.5;

  /** Gap under which neighbouring words of a line are joined, in font sizes. */
  static final double MAX_JOIN_GAP = 0.03;

  /** Upper limit of that gap for lines spaced out letter by letter, in font sizes. */
  static final double MAX_WIDE_JOIN_GAP = 0.4;

  /** The gap threshold of a line spaced out letter by letter is its smallest gap times this. */
  static final double WIDE_SPACING_FACTOR = 1.3;

  /** A gap wider than this many font sizes separates columns, which are joined separately. */
  static final double MIN_COLUMN_GAP = 1.0;

  /** Overlap beyond which neighbouring words of a line are not joined, in font sizes. */
  static final double MAX_JOIN_OVERLAP = 0.5;

  /** Largest distance between the middles of a letter and a diacritic over it, in font sizes. */
  static final double MAX_DIACRITIC_OFFSET = 0.3;

  /**
   * A finished word in displayed points.
   *
   * @param text the characters, no whitespace
   * @param x0 left edge
   * @param y0 top edge
   * @param x1 right edge
   * @param y1 bottom edge
   * @param fontSize font size in points
   */
  record Run(String text, double x0, double y0, double x1, double y1, double fontSize) {}

  /** A word being built. */
  private static final class Piece {
    final int rotation;
    final double fontSize;
    final double base;
    final StringBuilder text = new StringBuilder();
    double start;
    double end;
    double lastStart;
    double lastMiddle;
    double x0 = Double.POSITIVE_INFINITY;
    double y0 = Double.POSITIVE_INFINITY;
    double x1 = Double.NEGATIVE_INFINITY;
    double y1 = Double.NEGATIVE_INFINITY;
    int glyphs;
    boolean composed;
    boolean afterSpace;

    Piece(TextGlyph g) {
      rotation = g.rotation();
      fontSize = g.fontSize();
      base = g.base();
      start = g.start();
      end = start;
    }

    void add(TextGlyph g) {
      text.append(g.text());
      lastStart = g.start();
      lastMiddle = (g.start() + g.end()) / 2;
      start = Math.min(start, Math.min(g.start(), g.end()));
      end = Math.max(end, Math.max(g.start(), g.end()));
      include(g.box());
      glyphs++;
    }

    void include(double[] box) {
      x0 = Math.min(x0, box[0]);
      y0 = Math.min(y0, box[1]);
      x1 = Math.max(x1, box[2]);
      y1 = Math.max(y1, box[3]);
    }

    void append(Piece next) {
      text.append(next.text);
      start = Math.min(start, next.start);
      end = Math.max(end, next.end);
      x0 = Math.min(x0, next.x0);
      y0 = Math.min(y0, next.y0);
      x1 = Math.max(x1, next.x1);
      y1 = Math.max(y1, next.y1);
      glyphs += next.glyphs;
      composed |= next.composed;
    }

    String finalText() {
      String s = text.toString();
      return composed ? Normalizer.normalize(s, Normalizer.Form.NFC) : s;
    }
  }

  private final List<Piece> pieces = new ArrayList<>();
  private Piece current;
  private boolean lastWasDuplicate;
  private boolean spaceSeen;

  /** Adds the next glyph drawn. */
  void add(TextGlyph g) {
    double size = g.fontSize();
    if (!(size > 0) || !Double.isFinite(size)) {
      return;
    }
    String combining = combiningForm(g.text());
    if (combining != null && current != null && isOverLastLetter(g)) {
      current.text.append(combining);
      current.composed = true;
      return;
    }
    if (current != null) {
      double gap = g.start() - current.end;
      double delta = g.start() - current.lastStart;
      double baseDelta = g.base() - current.base;
      boolean duplicate =
          Math.abs(delta) < DUPLICATE_PRIMARY * current.fontSize
              && Math.abs(baseDelta) < DUPLICATE_SECONDARY * current.fontSize;
      boolean breaks =
          duplicate
              || lastWasDuplicate
              || g.rotation() != current.rotation
              || gap < -MAX_CHAR_OVERLAP * current.fontSize
              || gap > MAX_CHAR_GAP * current.fontSize
              || Math.abs(baseDelta) > MAX_BASELINE_SHIFT
              || Math.abs(size - current.fontSize) > 1e-4 * current.fontSize;
      lastWasDuplicate = duplicate;
      if (breaks) {
        endWord();
      }
    } else {
      lastWasDuplicate = false;
    }
    if (current == null) {
      current = new Piece(g);
      current.afterSpace = spaceSeen;
      spaceSeen = false;
    }
    current.add(g);
  }

  /** A space character was drawn: the current word ends. */
  void space() {
    endWord();
    lastWasDuplicate = false;
    spaceSeen = true;
  }

  private void endWord() {
    if (current != null && current.text.length() > 0) {
      pieces.add(current);
    }
    current = null;
  }

  private boolean isOverLastLetter(TextGlyph g) {
    if (g.rotation() != current.rotation || current.glyphs == 0) {
      return false;
    }
    double middle = (g.start() + g.end()) / 2;
    return Math.abs(middle - current.lastMiddle) < MAX_DIACRITIC_OFFSET * current.fontSize
        && Math.abs(g.base() - current.base) < 2 * DUPLICATE_SECONDARY * current.fontSize;
  }

  /** The combining form of a diacritic, or null when {@code s} is not one. */
  static String combiningForm(String s) {
    if (s.codePointCount(0, s.length()) != 1) {
      return null;
    }
    int cp = s.codePointAt(0);
    if (Character.getType(cp) == Character.NON_SPACING_MARK) {
      return s;
    }
    return switch (cp) {
      case 0x60 -> "\u0300"; // grave
      case 0xB4 -> "\u0301"; // acute
      case 0x5E, 0x2C6 -> "\u0302"; // circumflex
      case 0x7E, 0x2DC -> "\u0303"; // tilde
      case 0xAF, 0x2C9 -> "\u0304"; // macron
      case 0x2D8 -> "\u0306"; // breve
      case 0x2D9 -> "\u0307"; // dot above
      case 0xA8 -> "\u0308"; // diaeresis
      case 0x2DA -> "\u030A"; // ring above
      case 0x2DD -> "\u030B"; // double acute
      case 0x2C7 -> "\u030C"; // caron
      case 0xB8 -> "\u0327"; // cedilla
      case 0x2DB -> "\u0328"; // ogonek
      default -> null;
    };
  }

  /** The words of the page in reading order: lines top to bottom, words along each line. */
  List<Run> finish() {
    endWord();
    List<Piece> kept = withoutDuplicates(pieces);
    List<Run> runs = new ArrayList<>();
    for (List<Piece> line : lines(kept)) {
      joinAndEmit(line, runs);
    }
    return runs;
  }

  private static List<Piece> withoutDuplicates(List<Piece> all) {
    Map<String, List<Piece>> byText = new HashMap<>();
    List<Piece> kept = new ArrayList<>();
    for (Piece p : all) {
      List<Piece> same = byText.computeIfAbsent(p.text.toString(), k -> new ArrayList<>());
      boolean duplicate = false;
      for (Piece q : same) {
        if (q.rotation == p.rotation
            && Math.abs(q.start - p.start) < DUPLICATE_PRIMARY * q.fontSize
            && Math.abs(q.base - p.base) < DUPLICATE_SECONDARY * q.fontSize) {
          duplicate = true;
          break;
        }
      }
      if (!duplicate) {
        same.add(p);
        kept.add(p);
      }
    }
    return kept;
  }

  private static List<List<Piece>> lines(List<Piece> words) {
    List<Piece> sorted = new ArrayList<>(words);
    sorted.sort(
        Comparator.<Piece>comparingInt(p -> p.rotation)
            .thenComparingDouble(p -> p.base)
            .thenComparingDouble(p -> p.start));
    List<List<Piece>> lines = new ArrayList<>();
    List<Piece> line = null;
    Piece first = null;
    for (Piece p : sorted) {
      if (line == null
          || p.rotation != first.rotation
          || p.base - first.base > MAX_LINE_BASELINE_DELTA * first.fontSize) {
        line = new ArrayList<>();
        lines.add(line);
        first = p;
      }
      line.add(p);
    }
    for (List<Piece> l : lines) {
      l.sort(Comparator.comparingDouble(p -> p.start));
    }
    return lines;
  }

  /** Splits a line at column gaps, then joins the words of each segment. */
  private static void joinAndEmit(List<Piece> line, List<Run> out) {
    int from = 0;
    for (int i = 1; i <= line.size(); i++) {
      if (i == line.size()
          || line.get(i).start - line.get(i - 1).end > MIN_COLUMN_GAP * line.get(from).fontSize) {
        joinSegment(line.subList(from, i), out);
        from = i;
      }
    }
  }

  private static void joinSegment(List<Piece> segment, List<Run> out) {
    double size = segment.get(0).fontSize;
    double joinGap = MAX_JOIN_GAP * size;
    boolean allSingle = segment.size() > 1 && segment.stream().allMatch(p -> p.glyphs == 1);
    if (allSingle) {
      double minGap = Double.POSITIVE_INFINITY;
      for (int i = 1; i < segment.size(); i++) {
        minGap = Math.min(minGap, segment.get(i).start - segment.get(i - 1).end);
      }
      if (minGap > 0) {
        joinGap = Math.min(WIDE_SPACING_FACTOR * minGap, MAX_WIDE_JOIN_GAP * size);
      }
    }
    Piece word = segment.get(0);
    for (int i = 1; i < segment.size(); i++) {
      Piece next = segment.get(i);
      double gap = next.start - word.end;
      if (!next.afterSpace && gap < joinGap && gap > -MAX_JOIN_OVERLAP * size) {
        word.append(next);
      } else {
        emit(word, out);
        word = next;
      }
    }
    emit(word, out);
  }

  private static void emit(Piece p, List<Run> out) {
    String text = p.finalText();
    if (!text.isBlank()) {
      out.add(new Run(text, p.x0, p.y0, p.x1, p.y1, p.fontSize));
    }
  }
}
