package dev.recto.samples.synth;

import dev.recto.core.field.FieldKey;
import dev.recto.core.field.LineItemKey;
import dev.recto.core.model.RegionType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Collects the truth of one invoice while it is drawn, in points, and turns it into a {@link
 * Truth}. Every word must be drawn inside a region ({@link #begin} ... {@link #end}). Regions come
 * out in reading order: by page, then in the order they were begun, so footers drawn last land at
 * the end of their page.
 *
 * <p>Mutable; one per document, used by one thread.
 */
final class TruthRecorder {

  /** A field or cell while drawing: boxes still in points. */
  record Draft(String value, String raw, String currency, int page, PtBox box) {}

  record CellDraft(LineItemKey column, PtBox box, String text) {}

  private record RowDraft(boolean header, int lineItem, PtBox box, List<CellDraft> cells) {}

  private static final class RegionDraft {
    final int seq;
    final RegionType type;
    final int page;
    PtBox box;
    final List<RowDraft> rows = new ArrayList<>();

    RegionDraft(int seq, RegionType type, int page) {
      this.seq = seq;
      this.type = type;
      this.page = page;
    }
  }

  private record WordDraft(int seq, String text, int page, PtBox box, RegionDraft region) {}

  private record ItemDraft(int page, PtBox box, Map<LineItemKey, Draft> cells) {}

  private final List<Truth.PageSize> pages = new ArrayList<>();
  private final Set<String> fonts = new LinkedHashSet<>();
  private final List<RegionDraft> regions = new ArrayList<>();
  private final List<WordDraft> words = new ArrayList<>();
  private final Map<FieldKey, Draft> fields = new EnumMap<>(FieldKey.class);
  private final List<ItemDraft> items = new ArrayList<>();
  private RegionDraft current;

  /** Adds a page; returns its index. */
  int page(double width, double height) {
    pages.add(new Truth.PageSize(width, height));
    return pages.size() - 1;
  }

  void font(String name) {
    fonts.add(name);
  }

  /** Starts a region; words and shapes until {@link #end} belong to it. */
  void begin(RegionType type, int page) {
    if (page < 0 || page >= pages.size()) {
      throw new IllegalArgumentException("no page " + page);
    }
    if (current != null) {
      throw new IllegalStateException("region " + current.type + " still open");
    }
    current = new RegionDraft(regions.size(), type, page);
    regions.add(current);
  }

  /** Ends the current region; a region that got nothing drawn is dropped. */
  void end() {
    if (current == null) {
      throw new IllegalStateException("no open region");
    }
    if (current.box == null) {
      regions.remove(current);
    }
    current = null;
  }

  /** Includes a drawn shape in the current region's box; outside regions shapes are decoration. */
  void extend(PtBox box) {
    if (current != null) {
      current.box = box.union(current.box);
    }
  }

  void word(String text, int page, PtBox box) {
    RegionDraft r = open();
    if (r.page != page) {
      throw new IllegalStateException("word on page " + page + " in a region of page " + r.page);
    }
    words.add(new WordDraft(words.size(), text, page, box, r));
    extend(box);
  }

  /** Adds a table row to the current region. */
  void row(boolean header, int lineItem, PtBox box, List<CellDraft> cells) {
    open().rows.add(new RowDraft(header, lineItem, box, List.copyOf(cells)));
    extend(box);
  }

  /** Records a field where it is first printed; later occurrences are ignored. */
  void field(FieldKey key, Draft draft) {
    fields.putIfAbsent(key, draft);
  }

  /** Records a line item; returns its index. */
  int lineItem(int page, PtBox box, Map<LineItemKey, Draft> cells) {
    items.add(new ItemDraft(page, box, new EnumMap<>(cells)));
    return items.size() - 1;
  }

  private RegionDraft open() {
    if (current == null) {
      throw new IllegalStateException("draw inside a region");
    }
    return current;
  }

  /** The finished truth. */
  Truth build(
      String name, String designId, String localeId, String currency, Inconsistency broken) {
    if (current != null) {
      throw new IllegalStateException("region " + current.type + " still open");
    }
    List<RegionDraft> ordered = new ArrayList<>(regions);
    ordered.sort(Comparator.comparingInt((RegionDraft r) -> r.page).thenComparingInt(r -> r.seq));
    Map<RegionDraft, Integer> ids = new java.util.IdentityHashMap<>();
    List<Truth.RegionTruth> regionTruths = new ArrayList<>();
    for (RegionDraft r : ordered) {
      ids.put(r, regionTruths.size());
      Truth.PageSize size = pages.get(r.page);
      List<Truth.RowTruth> rows = new ArrayList<>();
      for (RowDraft row : r.rows) {
        List<Truth.CellTruth> cells = new ArrayList<>();
        for (CellDraft c : row.cells()) {
          cells.add(new Truth.CellTruth(c.column(), rel(c.box(), size), c.text()));
        }
        rows.add(new Truth.RowTruth(row.header(), row.lineItem(), rel(row.box(), size), cells));
      }
      regionTruths.add(
          new Truth.RegionTruth(regionTruths.size(), r.type, r.page, rel(r.box, size), rows));
    }
    List<WordDraft> orderedWords = new ArrayList<>(words);
    orderedWords.sort(
        Comparator.comparingInt((WordDraft w) -> ids.get(w.region())).thenComparingInt(w -> w.seq));
    List<Truth.WordTruth> wordTruths = new ArrayList<>();
    for (WordDraft w : orderedWords) {
      wordTruths.add(
          new Truth.WordTruth(
              w.text(), w.page(), rel(w.box(), pages.get(w.page())), ids.get(w.region())));
    }
    Map<FieldKey, Truth.FieldTruth> fieldTruths = new EnumMap<>(FieldKey.class);
    fields.forEach((k, d) -> fieldTruths.put(k, finish(d)));
    List<Truth.LineItemTruth> itemTruths = new ArrayList<>();
    for (ItemDraft item : items) {
      Map<LineItemKey, Truth.FieldTruth> cells = new EnumMap<>(LineItemKey.class);
      item.cells().forEach((k, d) -> cells.put(k, finish(d)));
      itemTruths.add(
          new Truth.LineItemTruth(item.page(), rel(item.box(), pages.get(item.page())), cells));
    }
    return new Truth(
        name,
        designId,
        localeId,
        currency,
        broken,
        List.copyOf(fonts),
        pages,
        fieldTruths,
        itemTruths,
        regionTruths,
        wordTruths);
  }

  private Truth.FieldTruth finish(Draft d) {
    if (d.box() == null) {
      return new Truth.FieldTruth(d.value(), d.raw(), d.currency(), -1, null);
    }
    return new Truth.FieldTruth(
        d.value(), d.raw(), d.currency(), d.page(), rel(d.box(), pages.get(d.page())));
  }

  private static dev.recto.core.model.BoundingBox rel(PtBox box, Truth.PageSize size) {
    return box.relative(size.width(), size.height());
  }
}
