package dev.recto.templates.recto;

import dev.recto.core.model.BoundingBox;
import dev.recto.core.model.Word;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds an anchor label on a page and the text in its direction. Stateless and thread-safe.
 *
 * <p>A label occurrence is a run of consecutive words of one row whose folded tokens equal the
 * label's. Occurrences that form a whole phrase come first, then those that start a phrase, then
 * the rest, each in reading order; the caller takes the first occurrence whose text reads as a
 * value.
 */
final class AnchorFinder {

  /** Slack around a label's horizontal extent when looking below it, page-relative. */
  static final double COLUMN_SLACK = 0.02;

  private AnchorFinder() {}

  /** One label occurrence: its row, phrase, and first and last word index in the phrase. */
  record Hit(int row, int phrase, int first, int last, int rank) {}

  /** The label's occurrences on the page, best first. */
  static List<Hit> find(PageRows rows, List<String> labelTokens) {
    List<Hit> hits = new ArrayList<>();
    List<List<List<Word>>> all = rows.rows();
    for (int r = 0; r < all.size(); r++) {
      List<List<Word>> row = all.get(r);
      for (int p = 0; p < row.size(); p++) {
        List<Word> phrase = row.get(p);
        for (int i = 0; i < phrase.size(); i++) {
          int j = matchFrom(phrase, i, labelTokens);
          if (j >= 0) {
            int rank = (i == 0 ? 0 : 2) + (j == phrase.size() - 1 ? 0 : 1);
            hits.add(new Hit(r, p, i, j, rank));
          }
        }
      }
    }
    hits.sort(Comparator.comparingInt(Hit::rank));
    return hits;
  }

  /** Index of the last word when the words from {@code i} spell the tokens, else -1. */
  private static int matchFrom(List<Word> phrase, int i, List<String> tokens) {
    int t = 0;
    for (int j = i; j < phrase.size(); j++) {
      for (String tok : Folding.tokens(phrase.get(j).text())) {
        if (t >= tokens.size() || !tokens.get(t).equals(tok)) {
          return -1;
        }
        t++;
      }
      if (t == tokens.size()) {
        return j;
      }
      if (t == 0) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * Candidate texts to the right of a hit: the rest of the label's phrase, then each following
   * phrase of the row that starts within {@code distance}.
   */
  static List<Located> right(PageRows rows, Hit hit, double distance) {
    List<Located> out = new ArrayList<>();
    List<List<Word>> row = rows.rows().get(hit.row());
    List<Word> phrase = row.get(hit.phrase());
    double labelRight = phrase.get(phrase.size() - 1).box().right();
    if (hit.last() < phrase.size() - 1) {
      out.add(Located.ofRows(List.of(phrase.subList(hit.last() + 1, phrase.size()))));
    }
    for (int p = hit.phrase() + 1; p < row.size(); p++) {
      List<Word> next = row.get(p);
      if (next.get(0).box().left() - labelRight > distance) {
        break;
      }
      out.add(Located.ofRows(List.of(next)));
    }
    return out;
  }

  /**
   * The text below a hit: after {@code skip} rows that have a phrase in the label's column, the
   * phrase of the next such row (within {@code distance} of the label) and up to {@code lines - 1}
   * further rows whose phrase is aligned with the first (left, right or centre), stopping at a
   * vertical gap wider than a row or at a row that starts with a label ending in a colon ({@code
   * Tax ID: ...}).
   */
  static List<Located> below(PageRows rows, Hit hit, double distance, int lines, int skip) {
    List<List<List<Word>>> all = rows.rows();
    List<Word> phrase = all.get(hit.row()).get(hit.phrase());
    BoundingBox label = phrase.get(hit.first()).box().union(phrase.get(hit.last()).box());
    double left = label.left() - COLUMN_SLACK;
    double right = label.right() + COLUMN_SLACK;
    List<List<Word>> taken = new ArrayList<>();
    BoundingBox previous = label;
    int skipped = 0;
    BoundingBox first = null;
    for (int r = hit.row() + 1; r < all.size() && taken.size() < lines; r++) {
      List<Word> inColumn = null;
      for (List<Word> p : all.get(r)) {
        BoundingBox b = box(p);
        if (b.right() >= left && b.left() <= right) {
          inColumn = p;
          break;
        }
      }
      if (inColumn == null) {
        continue; // a row of another column; gaps are checked on the next phrase in this one
      }
      BoundingBox b = box(inColumn);
      if (taken.isEmpty() && skipped == 0 && b.top() - label.bottom() > distance) {
        break;
      }
      if (skipped < skip) {
        skipped++;
        previous = b;
        continue;
      }
      if (!taken.isEmpty()
          && (b.top() - previous.bottom() > previous.height()
              || !aligned(b, first)
              || startsWithLabel(inColumn))) {
        break;
      }
      if (taken.isEmpty()) {
        first = b;
      }
      taken.add(inColumn);
      previous = b;
    }
    return taken.isEmpty() ? List.of() : List.of(Located.ofRows(taken));
  }

  /** True when two boxes share their left edge, right edge or centre, within the slack. */
  static boolean aligned(BoundingBox a, BoundingBox b) {
    return Math.abs(a.left() - b.left()) <= COLUMN_SLACK
        || Math.abs(a.right() - b.right()) <= COLUMN_SLACK
        || Math.abs(a.centerX() - b.centerX()) <= COLUMN_SLACK;
  }

  /** True when a word before the first digit ends with a colon: a new key-value row. */
  static boolean startsWithLabel(List<Word> phrase) {
    for (Word w : phrase) {
      if (w.text().chars().anyMatch(Character::isDigit)) {
        return false;
      }
      if (w.text().endsWith(":")) {
        return true;
      }
    }
    return false;
  }

  static BoundingBox box(List<Word> words) {
    BoundingBox b = words.get(0).box();
    for (Word w : words) {
      b = b.union(w.box());
    }
    return b;
  }
}
