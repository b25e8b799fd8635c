package dev.recto.extraction.generic;

import dev.recto.core.model.BoundingBox;
import dev.recto.core.model.Page;
import dev.recto.core.model.Word;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The segments of one page and the geometric questions the finders ask of them: what is right of a
 * segment on its line, what is below it.
 *
 * <p>A visual line is split into segments where the horizontal gap between two words exceeds
 * {@value #GAP_EMS} times the line's median word height: a word space is about a quarter of that, a
 * gap between columns or between a label and its tabulated value is more.
 *
 * <p>Immutable and thread-safe.
 */
final class PageLayout {

  static final double GAP_EMS = 1.0;

  private final Page page;
  private final List<Segment> segments;
  private final List<List<Segment>> byLine;

  private PageLayout(Page page, List<List<Segment>> byLine) {
    this.page = page;
    this.byLine = byLine.stream().map(List::copyOf).toList();
    this.segments = byLine.stream().flatMap(List::stream).toList();
  }

  /** Groups the words of {@code page} into visual lines and splits those into segments. */
  static PageLayout of(Page page) {
    List<Word> words = new ArrayList<>();
    for (Word w : DollarSigns.restore(page.words())) {
      words.addAll(WordSplitter.split(w));
    }
    List<List<Word>> lines = visualLines(words);
    List<List<Segment>> byLine = new ArrayList<>();
    for (List<Word> line : lines) {
      byLine.add(split(page, byLine.size(), line));
    }
    return new PageLayout(page, byLine);
  }

  /**
   * Words share a visual line when a word's vertical extent overlaps that of the line's word
   * nearest to it across (by horizontal distance) by at least half the smaller height; lines run
   * across columns (core's {@link Line}s stop at column gaps; a key and its tabulated value must
   * meet here). Comparing with the nearest word, not with the extent of the whole line, keeps a
   * slightly skewed scan's lines apart: a line's extent grows with the skew across the page until
   * it takes in the words of the lines above and below (a three-column footer of a scan tilted by
   * one degree became one line of interleaved words). Before comparing, each word is levelled by
   * the page's tilt ({@link PageSkew}), so a label and its amount a page width apart stay on one
   * line. Lines are returned top to bottom.
   */
  static List<List<Word>> visualLines(List<Word> words) {
    double slope = PageSkew.slope(words);
    List<Word> sorted = new ArrayList<>(words);
    sorted.sort(Comparator.comparingDouble((Word w) -> level(w, slope).center()));
    List<List<Word>> lines = new ArrayList<>();
    List<double[]> spans = new ArrayList<>(); // top, bottom of each line, for the order only
    for (Word w : sorted) {
      Level box = level(w, slope);
      int best = -1;
      double bestOverlap = 0;
      for (int i = Math.max(0, lines.size() - 8); i < lines.size(); i++) {
        Level near = level(nearestAcross(lines.get(i), w), slope);
        double overlap = Math.min(near.bottom(), box.bottom()) - Math.max(near.top(), box.top());
        double smaller = Math.min(near.height(), box.height());
        if (smaller > 0 && overlap >= 0.5 * smaller && overlap > bestOverlap) {
          best = i;
          bestOverlap = overlap;
        }
      }
      if (best < 0) {
        lines.add(new ArrayList<>(List.of(w)));
        spans.add(new double[] {box.top(), box.bottom()});
      } else {
        lines.get(best).add(w);
        double[] sp = spans.get(best);
        sp[0] = Math.min(sp[0], box.top());
        sp[1] = Math.max(sp[1], box.bottom());
      }
    }
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      order.add(i);
    }
    order.sort(Comparator.comparingDouble(i -> spans.get(i)[0]));
    return order.stream().map(lines::get).toList();
  }

  /**
   * The word's vertical extent shifted by {@code slope} times its centre's x, so that the words of
   * a tilted line sit level (for grouping only; the layout keeps the words' own boxes).
   */
  private static Level level(Word w, double slope) {
    BoundingBox b = w.box();
    double dy = -slope * b.centerX();
    return new Level(b.top() + dy, b.bottom() + dy);
  }

  /** A levelled vertical extent, page-normalized (may leave [0,1] after levelling). */
  private record Level(double top, double bottom) {
    double height() {
      return bottom - top;
    }

    double center() {
      return (top + bottom) / 2;
    }
  }

  /** The word of {@code line} horizontally closest to {@code w} (0 when they overlap across). */
  private static Word nearestAcross(List<Word> line, Word w) {
    Word best = line.get(0);
    double bestDistance = Double.POSITIVE_INFINITY;
    for (Word o : line) {
      double distance =
          Math.max(0, Math.max(o.box().left() - w.box().right(), w.box().left() - o.box().right()));
      if (distance < bestDistance) {
        bestDistance = distance;
        best = o;
      }
    }
    return best;
  }

  private static List<Segment> split(Page page, int lineIndex, List<Word> lineWords) {
    List<Word> words = new ArrayList<>(lineWords);
    words.sort(Comparator.comparingDouble((Word w) -> w.box().left()));
    double[] heights =
        words.stream().mapToDouble(w -> w.box().height() * page.height()).sorted().toArray();
    double em = heights[heights.length / 2];
    List<Segment> out = new ArrayList<>();
    List<Word> current = new ArrayList<>();
    for (Word w : words) {
      if (!current.isEmpty()) {
        Word prev = current.get(current.size() - 1);
        double gapPt = (w.box().left() - prev.box().right()) * page.width();
        if (gapPt > GAP_EMS * em) {
          out.add(segment(page, lineIndex, current));
          current = new ArrayList<>();
        }
      }
      current.add(w);
    }
    if (!current.isEmpty()) {
      out.add(segment(page, lineIndex, current));
    }
    return out;
  }

  private static Segment segment(Page page, int lineIndex, List<Word> words) {
    BoundingBox box = words.get(0).box();
    for (Word w : words) {
      box = box.union(w.box());
    }
    return new Segment(page.index(), lineIndex, words, box, box.height() * page.height());
  }

  /**
   * The segments {@code parts} of one line read as one segment (the first of them when there is
   * one): a letter-spaced name or an address line printed in parts.
   */
  Segment joined(List<Segment> parts) {
    if (parts.size() == 1) {
      return parts.get(0);
    }
    List<Word> words = parts.stream().flatMap(x -> x.words().stream()).toList();
    return segment(page, parts.get(0).lineIndex(), words);
  }

  Page page() {
    return page;
  }

  /** Every segment, line by line from the top, left to right within a line. */
  List<Segment> segments() {
    return segments;
  }

  /** The number of lines. */
  int lineCount() {
    return byLine.size();
  }

  /** The segments of line {@code index}, left to right. */
  List<Segment> line(int index) {
    return byLine.get(index);
  }

  /**
   * The nearest segment right of {@code s} on its line, when the gap is at most {@code
   * maxGapFraction} of the page width.
   */
  Optional<Segment> rightOf(Segment s, double maxGapFraction) {
    for (Segment other : byLine.get(s.lineIndex())) {
      if (other.box().left() >= s.box().right()) {
        return other.box().left() - s.box().right() <= maxGapFraction
            ? Optional.of(other)
            : Optional.empty();
      }
    }
    return Optional.empty();
  }

  /**
   * The first segment below {@code s} that overlaps its horizontal extent (or starts within {@code
   * slackFraction} of page width of its left edge), on one of the next lines within {@code
   * maxLines} line heights of {@code s}.
   */
  Optional<Segment> below(Segment s, double maxLines, double slackFraction) {
    return below(s.box(), s.lineIndex(), s.heightPt(), maxLines, slackFraction);
  }

  /** As {@link #below(Segment, double, double)}, for any box on line {@code lineIndex}. */
  Optional<Segment> below(
      BoundingBox box, int lineIndex, double heightPt, double maxLines, double slackFraction) {
    double maxDrop = maxLines * heightPt / page.height();
    for (int i = lineIndex + 1; i < byLine.size(); i++) {
      List<Segment> line = byLine.get(i);
      if (line.isEmpty()) {
        continue;
      }
      if (line.get(0).box().top() - box.bottom() > maxDrop) {
        return Optional.empty();
      }
      for (Segment other : line) {
        boolean overlaps = other.box().left() < box.right() && other.box().right() > box.left();
        boolean leftAligned = Math.abs(other.box().left() - box.left()) <= slackFraction;
        if (overlaps || leftAligned) {
          return Optional.of(other);
        }
      }
    }
    return Optional.empty();
  }
}
