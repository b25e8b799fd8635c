package dev.recto.core.text;

import dev.recto.core.model.Document;
import dev.recto.core.model.Page;
import dev.recto.core.model.Word;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A layout-preserving plain-text rendering of a document, in the manner of {@code pdftotext
 * -layout}: every visual text row becomes one output line, words keep their left-to-right order,
 * and their horizontal positions are kept on a character grid, so columns of a table or of a
 * two-column header stay apart by several spaces while the words of one phrase are joined by one.
 * Regular expressions written against {@code pdftotext -layout} (such as invoice2data templates)
 * can therefore run over this text.
 *
 * <p><b>Method.</b> Per page, in PDF points, with the em of a word being its font size (its box
 * height when the font size is unknown, as for OCR words):
 *
 * <ol>
 *   <li><em>Rows.</em> Each word's baseline is estimated at {@value #BASELINE_FRACTION} of its box
 *       height below the top. Words sorted by baseline form a row while their baseline lies within
 *       {@value #ROW_TOLERANCE_EM} em (the larger em of the two) of the row's first word, so words
 *       of one row with slightly different baselines (another font, a superscript) stay together.
 *   <li><em>Phrases.</em> Within a row, words sorted by their left edge are joined into a phrase
 *       while the gap to the next word is below {@value #PHRASE_GAP_EM} em; words of a phrase are
 *       separated by exactly one space, and words closer than {@value #TOUCHING_GAP_EM} em (one
 *       word that the text layer split) by none.
 *   <li><em>Lines.</em> As {@code pdftotext -layout} does with its line fragments: phrases sorted
 *       by their top are cut into bands of phrases whose baselines are near the band's first one; a
 *       band is written left to right, and a new output line starts within it where a phrase
 *       overlaps the previous one horizontally or its baseline is too far from the previous one's.
 *   <li><em>Columns.</em> One grid column is {@link #columnWidth} points wide: the median width of
 *       a character on the page (word width divided by its number of characters, weighted by
 *       character count). A phrase starts at the column of its left edge (measured from the
 *       leftmost word of the page), but at least {@value #MIN_COLUMN_GAP} columns after the end of
 *       the previous phrase of its line, so two phrases are never merged into one.
 *   <li><em>Vertical gaps.</em> Between two lines, {@code floor(baseline distance / (}{@value
 *       #LINE_PITCH_EM}{@code em))} line breaks are written, at least 1 and at most {@value
 *       #MAX_LINE_BREAKS}, so a gap of several lines' height appears as blank lines.
 * </ol>
 *
 * <p>Positions are read from the page-relative {@link dev.recto.core.model.BoundingBox} of each
 * word and converted to PDF points with the page size; the reading order of {@link Page#lines()} is
 * not used, only geometry. Each line of a page ends with {@code \n}; in {@link #render(Document)}
 * every page is followed by a form feed {@code \f}, as in {@code pdftotext}.
 *
 * <p>Stateless and thread-safe.
 *
 * <pre>{@code
 * String text = LayoutTextRenderer.render(result.document());
 * Matcher m = Pattern.compile("Total\\s+(\\d+\\.\\d+)").matcher(text);
 * }</pre>
 */
public final class LayoutTextRenderer {

  /** Words whose baselines differ by less than this many em from a row's anchor join the row. */
  static final double ROW_TOLERANCE_EM = 0.55;

  /** A horizontal gap narrower than this many em joins two words of a row into one phrase. */
  static final double PHRASE_GAP_EM = 1.0;

  /** One output line per this many em of baseline distance; more gives blank lines. */
  static final double LINE_PITCH_EM = 1.15;

  /** Most line breaks between two rows, so at most this minus one blank lines. */
  static final int MAX_LINE_BREAKS = 5;

  /** Fewest spaces between two phrases of one row. */
  static final int MIN_COLUMN_GAP = 2;

  /** Words closer than this many em are one word split by the text layer; no space is put. */
  static final double TOUCHING_GAP_EM = 0.1;

  /** Words that overlap horizontally by more than this many em are not joined on one line. */
  static final double OVERLAP_TOLERANCE_EM = 0.2;

  /** Where the baseline is estimated, as a share of the word box's height from its top. */
  static final double BASELINE_FRACTION = 0.78;

  private LayoutTextRenderer() {}

  /** The layout text of all pages, each page followed by {@code \f}. */
  public static String render(Document document) {
    Objects.requireNonNull(document, "document");
    StringBuilder out = new StringBuilder();
    for (Page page : document.pages()) {
      appendPage(page, out);
      out.append('\f');
    }
    return out.toString();
  }

  /** The layout text of one page, every line ended by {@code \n}, without a form feed. */
  public static String render(Page page) {
    Objects.requireNonNull(page, "page");
    StringBuilder out = new StringBuilder();
    appendPage(page, out);
    return out.toString();
  }

  /**
   * Width of one character-grid column for the given page, in PDF points: the median of the words'
   * widths per character, each word weighted by its number of characters. 1 for a page without
   * words.
   */
  public static double columnWidth(Page page) {
    Objects.requireNonNull(page, "page");
    return columnWidth(placed(page));
  }

  private static void appendPage(Page page, StringBuilder out) {
    List<Placed> words = placed(page);
    if (words.isEmpty()) {
      return;
    }
    double column = columnWidth(words);
    double origin = Double.POSITIVE_INFINITY;
    for (Placed p : words) {
      origin = Math.min(origin, p.left);
    }
    List<Phrase> phrases = new ArrayList<>();
    for (List<Placed> row : baselineRows(words)) {
      phrases.addAll(phrases(row));
    }
    phrases.sort(Comparator.comparingDouble((Phrase p) -> p.top).thenComparingDouble(p -> p.left));
    Phrase last = null;
    int col = 0;
    int i = 0;
    while (i < phrases.size()) {
      // Phrases whose baselines are near the first one's, taken in top order, form one band.
      Phrase anchor = phrases.get(i);
      int j = i + 1;
      while (j < phrases.size()
          && Math.abs(phrases.get(j).baseline - anchor.baseline)
              < ROW_TOLERANCE_EM * Math.max(anchor.em, phrases.get(j).em)) {
        j++;
      }
      List<Phrase> band = new ArrayList<>(phrases.subList(i, j));
      band.sort(Comparator.comparingDouble((Phrase p) -> p.left).thenComparingDouble(p -> p.top));
      for (Phrase p : band) {
        boolean sameLine =
            last != null
                && col > 0
                && p.left >= last.right - OVERLAP_TOLERANCE_EM * last.em
                && Math.abs(p.baseline - last.baseline)
                    <= ROW_TOLERANCE_EM * Math.max(last.em, p.em);
        if (last != null && !sameLine) {
          int breaks = (int) Math.floor((p.baseline - last.baseline) / (LINE_PITCH_EM * last.em));
          breaks = Math.max(1, Math.min(MAX_LINE_BREAKS, breaks));
          out.append("\n".repeat(breaks));
          col = 0;
        }
        int target = (int) Math.round((p.left - origin) / column);
        if (col > 0) {
          target = Math.max(target, col + MIN_COLUMN_GAP);
        }
        out.append(" ".repeat(Math.max(0, target - col)));
        out.append(p.text);
        col = Math.max(col, target) + p.length;
        last = p;
      }
      i = j;
    }
    out.append('\n');
  }

  /** Words grouped by baseline: sorted by baseline, each row anchored by its first word. */
  private static List<List<Placed>> baselineRows(List<Placed> words) {
    List<Placed> sorted = new ArrayList<>(words);
    sorted.sort(
        Comparator.comparingDouble((Placed p) -> p.baseline).thenComparingDouble(p -> p.left));
    List<List<Placed>> rows = new ArrayList<>();
    List<Placed> current = null;
    for (Placed p : sorted) {
      if (current != null) {
        Placed anchor = current.get(0);
        if (p.baseline - anchor.baseline < ROW_TOLERANCE_EM * Math.max(anchor.em, p.em)) {
          current.add(p);
          continue;
        }
      }
      current = new ArrayList<>();
      current.add(p);
      rows.add(current);
    }
    return rows;
  }

  /** Splits a row into phrases at wide gaps and at overlaps; touching words are concatenated. */
  private static List<Phrase> phrases(List<Placed> row) {
    row.sort(Comparator.comparingDouble((Placed p) -> p.left));
    List<Phrase> out = new ArrayList<>();
    Phrase.Builder current = null;
    Placed previous = null;
    for (Placed p : row) {
      if (previous != null) {
        double em = Math.max(p.em, previous.em);
        double gap = p.left - previous.right;
        if (gap >= -OVERLAP_TOLERANCE_EM * em && gap < TOUCHING_GAP_EM * em) {
          current.add("", p);
        } else if (gap >= 0 && gap < PHRASE_GAP_EM * em) {
          current.add(" ", p);
        } else {
          out.add(current.build());
          current = null;
        }
      }
      if (current == null) {
        current = new Phrase.Builder(p);
      }
      previous = p;
    }
    out.add(current.build());
    return out;
  }

  private static double columnWidth(List<Placed> words) {
    if (words.isEmpty()) {
      return 1.0;
    }
    double[][] perChar = new double[words.size()][];
    long total = 0;
    for (int i = 0; i < words.size(); i++) {
      Placed p = words.get(i);
      perChar[i] = new double[] {(p.right - p.left) / p.length, p.length};
      total += p.length;
    }
    Arrays.sort(perChar, Comparator.comparingDouble((double[] a) -> a[0]));
    double half = total / 2.0;
    double seen = 0;
    for (double[] a : perChar) {
      seen += a[1];
      if (seen >= half) {
        return Math.max(a[0], 0.1);
      }
    }
    return Math.max(perChar[perChar.length - 1][0], 0.1);
  }

  private static List<Placed> placed(Page page) {
    List<Placed> out = new ArrayList<>(page.words().size());
    for (Word w : page.words()) {
      double top = w.box().top() * page.height();
      double height = w.box().height() * page.height();
      double em = w.fontSize() > 0 ? w.fontSize() : height;
      if (!(em > 0)) {
        em = 1.0;
      }
      out.add(
          new Placed(
              w.text(),
              w.text().codePointCount(0, w.text().length()),
              w.box().left() * page.width(),
              w.box().right() * page.width(),
              top,
              top + BASELINE_FRACTION * height,
              em));
    }
    return out;
  }

  /** A word in PDF points, top-left origin. */
  private record Placed(
      String text, int length, double left, double right, double top, double baseline, double em) {}

  /** Words of one row joined by single spaces, in PDF points. */
  private record Phrase(
      String text, int length, double left, double right, double top, double baseline, double em) {

    /** Collects the words of one phrase. Not thread-safe. */
    private static final class Builder {
      private final StringBuilder text = new StringBuilder();
      private final Placed first;
      private double right;
      private double top;
      private double em;

      Builder(Placed first) {
        this.first = first;
        this.text.append(first.text);
        this.right = first.right;
        this.top = first.top;
        this.em = first.em;
      }

      void add(String separator, Placed p) {
        text.append(separator).append(p.text);
        right = Math.max(right, p.right);
        top = Math.min(top, p.top);
        em = Math.max(em, p.em);
      }

      Phrase build() {
        String s = text.toString();
        return new Phrase(
            s, s.codePointCount(0, s.length()), first.left, right, top, first.baseline, em);
      }
    }
  }
}
