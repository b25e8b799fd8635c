package dev.recto.templates.recto;

import dev.recto.core.model.Page;
import dev.recto.core.model.Word;
import dev.recto.core.text.LayoutTextRenderer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A page's words as visual rows (top to bottom) of phrases (left to right), by geometry alone.
 *
 * <p>A word joins a row when its vertical centre lies within half the height of the row's first
 * word from that word's centre; words of a row whose horizontal gap is below {@value #PHRASE_GAP}
 * em (the larger font size of the two words, or box height when unknown) form one phrase (the words
 * of a label, of a name, of a date). Boxes are page-relative (see {@link
 * dev.recto.core.model.BoundingBox}); the gap is compared in PDF points so that it does not depend
 * on the page's aspect ratio.
 *
 * <p>Immutable and thread-safe.
 */
public final class PageRows {

  /** Largest gap between two words of one phrase, in em (as {@link LayoutTextRenderer} joins). */
  static final double PHRASE_GAP = 1.0;

  private final Page page;
  private final List<List<List<Word>>> rows;

  private PageRows(Page page, List<List<List<Word>>> rows) {
    this.page = page;
    this.rows = rows;
  }

  /** The rows of {@code page}. */
  public static PageRows of(Page page) {
    List<Word> sorted = new ArrayList<>(page.words());
    sorted.sort(Comparator.comparingDouble((Word w) -> w.box().centerY()));
    List<List<Word>> raw = new ArrayList<>();
    List<Word> current = null;
    for (Word w : sorted) {
      if (current != null) {
        Word first = current.get(0);
        if (Math.abs(w.box().centerY() - first.box().centerY()) < first.box().height() / 2) {
          current.add(w);
          continue;
        }
      }
      current = new ArrayList<>();
      current.add(w);
      raw.add(current);
    }
    List<List<List<Word>>> rows = new ArrayList<>();
    for (List<Word> row : raw) {
      row.sort(Comparator.comparingDouble((Word w) -> w.box().left()));
      List<List<Word>> phrases = new ArrayList<>();
      List<Word> phrase = new ArrayList<>();
      Word previous = null;
      for (Word w : row) {
        if (previous != null) {
          double gap = (w.box().left() - previous.box().right()) * page.width();
          double em = Math.max(em(w, page), em(previous, page));
          if (gap > PHRASE_GAP * em) {
            phrases.add(List.copyOf(phrase));
            phrase = new ArrayList<>();
          }
        }
        phrase.add(w);
        previous = w;
      }
      phrases.add(List.copyOf(phrase));
      rows.add(List.copyOf(phrases));
    }
    return new PageRows(page, List.copyOf(rows));
  }

  /** A word's em in points: its font size, else its box height. */
  private static double em(Word w, Page page) {
    return w.fontSize() > 0 ? w.fontSize() : w.box().height() * page.height();
  }

  public Page page() {
    return page;
  }

  /** The rows, top to bottom; each a list of phrases, left to right; each a list of words. */
  public List<List<List<Word>>> rows() {
    return rows;
  }

  /** All words of row {@code r}, left to right. */
  public List<Word> rowWords(int r) {
    List<Word> out = new ArrayList<>();
    for (List<Word> p : rows.get(r)) {
      out.addAll(p);
    }
    return out;
  }

  /** Words joined by single spaces. */
  public static String join(List<Word> words) {
    StringBuilder b = new StringBuilder();
    for (Word w : words) {
      if (b.length() > 0) {
        b.append(' ');
      }
      b.append(w.text());
    }
    return b.toString();
  }
}
