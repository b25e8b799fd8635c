package dev.recto.extraction.table;

import dev.recto.core.field.LineItemKey;
import dev.recto.core.model.BoundingBox;
import dev.recto.core.model.Document;
import dev.recto.core.model.Line;
import dev.recto.core.model.Page;
import dev.recto.core.model.Region;
import dev.recto.core.model.RegionType;
import dev.recto.core.model.Word;
import dev.recto.core.text.WordDeskew;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Finds the line-item tables of a document and reads their rows, page by page: a {@link
 * HeaderDetector header row} (on one line, or two stacked lines such as {@code Unit} over {@code
 * Price}), its {@link ColumnGrid columns} (from the header cells, then widened over the body and
 * read again), the {@link BodyReader body} down to its end. A table that is not closed by a totals
 * row continues on the next page: under a repeated header (which is skipped), or without one, from
 * the first row that has an amount and another number in the old columns.
 *
 * <p>A skewed page (an OCR'd scan) is {@link Deskew straightened} first. Works on word boxes alone:
 * ruling lines and cell shading are not in the document model, so columns come from the alignment
 * of the words.
 *
 * <p>Immutable and thread-safe.
 */
final class TableScanner {

  /** Two rows closer than this many word heights may together form a two-line header. */
  static final double STACKED_GAP_IN_HEIGHTS = 0.6;

  /** How far below a TABLE region's bottom, in row heights, a table may still run. */
  static final double REGION_MARGIN_IN_HEIGHTS = 1.0;

  private final HeaderLexicon lexicon;
  private final HeaderDetector headers;
  private final BodyReader body;

  TableScanner(HeaderLexicon lexicon, TotalsLexicon totals) {
    this.lexicon = lexicon;
    this.headers = new HeaderDetector(lexicon);
    this.body = new BodyReader(headers, totals);
  }

  /** The line-item rows of all tables, in page and reading order. */
  List<RawRow> scan(Document document) {
    List<RawRow> out = new ArrayList<>();
    ColumnGrid open = null;
    double openHeight = 0;
    List<List<Line>> rowsPerPage = new ArrayList<>();
    for (Page page : document.pages()) {
      rowsPerPage.add(VisualRows.of(WordDeskew.straighten(page)));
    }
    PageFurniture furniture = PageFurniture.of(document, rowsPerPage);
    for (Page page : document.pages()) {
      List<Line> rows = rowsPerPage.get(page.index());
      boolean headed = false;
      int i = 0;
      while (i < rows.size()) {
        int headerRows = 1;
        Optional<TableHeader> header = headers.detect(page.index(), rows.get(i));
        if (i + 1 < rows.size() && stacked(rows.get(i), rows.get(i + 1))) {
          // A heading's second line (Unit / price) sits tight below the first.
          Optional<TableHeader> twoLines =
              merge(rows.get(i), rows.get(i + 1)).flatMap(m -> headers.detect(page.index(), m));
          if (twoLines.isPresent()) {
            header = twoLines;
            headerRows = 2;
          }
        }
        if (header.isEmpty()) {
          i++;
          continue;
        }
        headed = true;
        double height = Phrase.medianHeight(header.get().cells().get(0).words());
        double top = header.get().box().bottom();
        ColumnGrid grid = ColumnGrid.of(header.get(), textLeft(rows));
        int start = i + headerRows;
        int stop = regionStop(page, header.get(), rows, start, height);
        List<Line> bounded = rows.subList(0, stop);
        BodyReader.Segment first =
            body.read(page.index(), bounded, start, top, height, grid, furniture);
        ColumnGrid wide = grid.widen(first.phrasesPerColumn());
        BodyReader.Segment segment =
            body.read(page.index(), bounded, start, top, height, wide, furniture);
        out.addAll(segment.rows());
        boolean cut = stop < rows.size() && segment.end() >= stop;
        open = segment.closed() || cut || segment.rows().isEmpty() ? null : wide;
        openHeight = height;
        i = Math.max(start, segment.end());
      }
      if (!headed && open != null) {
        BodyReader.Segment segment =
            continueWithout(page.index(), rows, open, openHeight, furniture);
        out.addAll(segment.rows());
        open = segment.closed() || segment.rows().isEmpty() ? null : open;
      } else if (!headed) {
        open = null;
      }
    }
    return out;
  }

  /**
   * Where the table under {@code header} must end when the layout model drew a TABLE region around
   * it: the index of the first row from {@code start} whose top lies more than {@value
   * #REGION_MARGIN_IN_HEIGHTS} row heights below the region's bottom; {@code rows.size()} when no
   * TABLE region holds the header's centre (no layout engine ran, or it saw no table there).
   */
  static int regionStop(Page page, TableHeader header, List<Line> rows, int start, double height) {
    double x = header.box().centerX();
    double y = header.box().centerY();
    for (Region r : page.regions()) {
      BoundingBox b = r.box();
      if (r.type() != RegionType.TABLE
          || x < b.left()
          || x > b.right()
          || y < b.top() - height
          || y > b.bottom()) {
        continue;
      }
      double limit = b.bottom() + REGION_MARGIN_IN_HEIGHTS * height;
      for (int k = start; k < rows.size(); k++) {
        if (rows.get(k).box().top() > limit) {
          return k;
        }
      }
    }
    return rows.size();
  }

  /** Whether {@code below} follows {@code above} as the next line of a two-line heading. */
  private static boolean stacked(Line above, Line below) {
    double height = Phrase.medianHeight(above.words());
    return below.box().top() - above.box().bottom() < STACKED_GAP_IN_HEIGHTS * height;
  }

  /**
   * The heading row that two stacked visual rows spell together, when the lower one completes some
   * heading of the upper one ({@code Unit} over {@code price}) or adds one of its own; empty
   * otherwise. Words that overlap horizontally form a stack, read top line first; a stack keeps its
   * lower words only when they have no digits and the whole stack is a known heading.
   */
  private Optional<Line> merge(Line above, Line below) {
    List<List<Word>> stacks = new ArrayList<>();
    List<double[]> spans = new ArrayList<>();
    List<Integer> upperCount = new ArrayList<>();
    for (Line line : List.of(above, below)) {
      for (Word w : line.words()) {
        int at = -1;
        for (int k = 0; k < spans.size() && at < 0; k++) {
          if (w.box().left() < spans.get(k)[1] && w.box().right() > spans.get(k)[0]) {
            at = k;
          }
        }
        if (at < 0) {
          stacks.add(new ArrayList<>());
          spans.add(new double[] {w.box().left(), w.box().right()});
          upperCount.add(0);
          at = stacks.size() - 1;
        }
        stacks.get(at).add(w);
        if (line == above) {
          upperCount.set(at, upperCount.get(at) + 1);
        }
        spans.get(at)[0] = Math.min(spans.get(at)[0], w.box().left());
        spans.get(at)[1] = Math.max(spans.get(at)[1], w.box().right());
      }
    }
    List<Integer> order = new ArrayList<>();
    for (int k = 0; k < stacks.size(); k++) {
      order.add(k);
    }
    order.sort(Comparator.comparingDouble(k -> spans.get(k)[0]));
    List<Word> words = new ArrayList<>();
    boolean gained = false;
    for (int k : order) {
      List<Word> stack = stacks.get(k);
      int upper = upperCount.get(k);
      boolean digits =
          stack.subList(upper, stack.size()).stream()
              .anyMatch(w -> w.text().chars().anyMatch(Character::isDigit));
      boolean whole =
          !digits
              && stack.size() <= HeaderLexicon.MAX_WORDS
              && lexicon.lookup(stack.stream().map(Word::text).toList()).isPresent();
      if (upper < stack.size() && whole) {
        words.addAll(stack);
        gained = true;
      } else {
        words.addAll(stack.subList(0, upper));
      }
    }
    return gained && !words.isEmpty() ? Optional.of(Line.of(words)) : Optional.empty();
  }

  /** The left edge of the page's text, page-relative. */
  private static double textLeft(List<Line> rows) {
    return rows.stream().mapToDouble(r -> r.box().left()).min().orElse(0);
  }

  /** A table that runs on from the previous page without repeating its header. */
  private BodyReader.Segment continueWithout(
      int pageIndex, List<Line> rows, ColumnGrid grid, double height, PageFurniture furniture) {
    for (int i = 0; i < rows.size(); i++) {
      BodyReader.Segment probe =
          body.read(pageIndex, rows, i, rows.get(i).box().top(), height, grid, furniture);
      if (!probe.rows().isEmpty() && startsItem(probe.rows().get(0))) {
        return probe;
      }
    }
    return new BodyReader.Segment(List.of(), List.of(), rows.size(), false);
  }

  /** A row with digits in its amount and in one more number column, on one line. */
  private static boolean startsItem(RawRow row) {
    if (row.lines() != 1 || !hasDigit(row.text(LineItemKey.AMOUNT))) {
      return false;
    }
    for (LineItemKey key : BodyReader.NUMBER_KEYS) {
      if (key != LineItemKey.AMOUNT && hasDigit(row.text(key))) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasDigit(String s) {
    return s != null && s.chars().anyMatch(Character::isDigit);
  }
}
