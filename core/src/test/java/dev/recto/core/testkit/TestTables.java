package dev.recto.core.testkit;

import dev.recto.core.model.BoundingBox;
import dev.recto.core.model.Document;
import dev.recto.core.model.Page;
import dev.recto.core.model.Provenance;
import dev.recto.core.model.Region;
import dev.recto.core.model.RegionType;
import dev.recto.core.model.TableCell;
import dev.recto.core.model.TableStructure;
import dev.recto.core.model.Word;
import dev.recto.core.process.ProcessingResult;
import java.util.ArrayList;
import java.util.List;

/** Builds a TABLE region over a page's own words, for tests of the result's writers. */
public final class TestTables {

  private TestTables() {}

  /**
   * The result with a TABLE region on its first page whose one row holds every word of the page,
   * one cell per word (so cell words are the page's word objects).
   */
  public static ProcessingResult withOneRowTable(ProcessingResult r) {
    Page page = r.document().pages().get(0);
    List<Word> words = page.words();
    BoundingBox all = words.get(0).box();
    for (Word w : words) {
      all = all.union(w.box());
    }
    List<BoundingBox> columns = new ArrayList<>();
    List<TableCell> cells = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      BoundingBox b = words.get(i).box();
      columns.add(new BoundingBox(b.left(), all.top(), b.right(), all.bottom()));
      cells.add(new TableCell(0, i, b, List.of(words.get(i))));
    }
    TableStructure table = new TableStructure(0, List.of(all), columns, cells);
    Region region =
        new Region(RegionType.TABLE, all, 0.9, new Provenance(0, all, "test", "m", "1"), table);
    List<Page> pages = new ArrayList<>(r.document().pages());
    pages.set(0, page.withRegions(List.of(region)));
    Document d = new Document(r.document().source(), r.document().format(), pages);
    return new ProcessingResult(r.source(), r.status(), r.diagnostics(), d, r.invoice());
  }
}
