package dev.recto.extraction.table;

import dev.recto.core.field.LineItemKey;
import dev.recto.core.model.Document;
import dev.recto.core.model.Line;
import dev.recto.core.model.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds the line-item tables of a document and reads their rows, page by page: a {@link
 * HeaderDetector header row}, its {@link ColumnGrid columns} (from the header cells, then widened
 * over the body and read again), the {@link BodyReader body} down to its end. A table that is not
 * closed by a totals row continues on the next page: under a repeated header (which is skipped), or
 * without one, from the first row that has an amount and another number in the old columns.
 *
 * <p>Works on word boxes alone: ruling lines and cell shading are not in the document model, so
 * columns come from the alignment of the words.
 *
 * <p>Immutable and thread-safe.
 */
final class TableScanner {

  private final HeaderDetector headers;
  private final BodyReader body;

  TableScanner(HeaderLexicon lexicon, TotalsLexicon totals) {
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
      rowsPerPage.add(VisualRows.of(page.words()));
    }
    PageFurniture furniture = PageFurniture.of(document, rowsPerPage);
    for (Page page : document.pages()) {
      List<Line> rows = rowsPerPage.get(page.index());
      boolean headed = false;
      int i = 0;
      while (i < rows.size()) {
        Optional<TableHeader> header = headers.detect(page.index(), rows.get(i));
        if (header.isEmpty()) {
          i++;
          continue;
        }
        headed = true;
        double height = Phrase.medianHeight(header.get().cells().get(0).words());
        double top = header.get().box().bottom();
        ColumnGrid grid = ColumnGrid.of(header.get());
        BodyReader.Segment first =
            body.read(page.index(), rows, i + 1, top, height, grid, furniture);
        ColumnGrid wide = grid.widen(first.phrasesPerColumn());
        BodyReader.Segment segment =
            body.read(page.index(), rows, i + 1, top, height, wide, furniture);
        out.addAll(segment.rows());
        open = segment.closed() || segment.rows().isEmpty() ? null : wide;
        openHeight = height;
        i = Math.max(i + 1, segment.end());
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
