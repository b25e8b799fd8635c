package dev.recto.samples.synth;

import dev.recto.core.field.FieldKey;
import dev.recto.core.field.LineItemKey;
import dev.recto.core.model.BoundingBox;
import dev.recto.core.model.RegionType;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The ground truth of one synthetic invoice: what is printed where. Written as {@code
 * NAME.truth.json} by {@link TruthJson} (schema {@value TruthJson#SCHEMA_RESOURCE}).
 *
 * <p>Boxes are {@link BoundingBox}es: page-relative {@code [0,1]}, top-left origin of the displayed
 * page, as everywhere in Recto. Word boxes span the advance widths and the font's ascent to
 * descent, as {@link dev.recto.core.ingest.TextLayerReader} reports them. Pages are zero-based.
 * Immutable and thread-safe.
 *
 * @param name file name stem, e.g. {@code inv-000001}
 * @param designId the design's stable id
 * @param localeId the locale, e.g. {@code de-DE}
 * @param currency ISO 4217 code
 * @param inconsistency null, or what is deliberately wrong with the arithmetic
 * @param fonts names of the font faces used, in first-use order
 * @param pages page sizes in points
 * @param fields every {@link FieldKey}, in enum order; an absent field has a null value
 * @param lineItems line items in print order
 * @param regions layout regions in reading order
 * @param words every word, in reading order
 */
public record Truth(
    String name,
    String designId,
    String localeId,
    String currency,
    Inconsistency inconsistency,
    List<String> fonts,
    List<PageSize> pages,
    Map<FieldKey, FieldTruth> fields,
    List<LineItemTruth> lineItems,
    List<RegionTruth> regions,
    List<WordTruth> words) {

  public Truth {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(designId, "designId");
    Objects.requireNonNull(localeId, "localeId");
    fonts = List.copyOf(fonts);
    pages = List.copyOf(pages);
    EnumMap<FieldKey, FieldTruth> copy = new EnumMap<>(FieldKey.class);
    for (FieldKey key : FieldKey.values()) {
      copy.put(key, fields.getOrDefault(key, FieldTruth.ABSENT));
    }
    fields = Collections.unmodifiableMap(copy);
    lineItems = List.copyOf(lineItems);
    regions = List.copyOf(regions);
    words = List.copyOf(words);
  }

  /**
   * A page's size.
   *
   * @param width width in points
   * @param height height in points
   */
  public record PageSize(double width, double height) {}

  /**
   * One field: normalized value (see {@link dev.recto.core.field.FieldType}), the text as printed,
   * where. For a field the invoice does not show, all are null; a value that is known but not
   * printed as one piece (total tax over several rates) has a value and no raw text or box.
   *
   * @param value normalized value, or null
   * @param raw text as printed (lines joined by newlines), or null
   * @param currency ISO 4217 for money fields, else null
   * @param page zero-based page, or -1 when not printed
   * @param box where it is printed, or null
   */
  public record FieldTruth(String value, String raw, String currency, int page, BoundingBox box) {
    public static final FieldTruth ABSENT = new FieldTruth(null, null, null, -1, null);
  }

  /**
   * One line item.
   *
   * @param page zero-based page of its row
   * @param box the row's box
   * @param cells every {@link LineItemKey}, in enum order; a column that is not printed has a value
   *     and no raw text or box, one that does not exist is {@link FieldTruth#ABSENT}
   */
  public record LineItemTruth(int page, BoundingBox box, Map<LineItemKey, FieldTruth> cells) {
    public LineItemTruth {
      EnumMap<LineItemKey, FieldTruth> copy = new EnumMap<>(LineItemKey.class);
      for (LineItemKey key : LineItemKey.values()) {
        copy.put(key, cells.getOrDefault(key, FieldTruth.ABSENT));
      }
      cells = Collections.unmodifiableMap(copy);
    }
  }

  /**
   * A layout region.
   *
   * @param id index in {@link Truth#regions()}
   * @param type its class
   * @param page zero-based page
   * @param box its extent (text plus drawn shapes)
   * @param rows for tables: header and body rows with their cells; otherwise empty
   */
  public record RegionTruth(
      int id, RegionType type, int page, BoundingBox box, List<RowTruth> rows) {
    public RegionTruth {
      rows = List.copyOf(rows);
    }
  }

  /**
   * A table row.
   *
   * @param header true for the header row
   * @param lineItem index into {@link Truth#lineItems()}, or -1 for the header
   * @param box the row's box
   * @param cells the row's cells, left to right
   */
  public record RowTruth(boolean header, int lineItem, BoundingBox box, List<CellTruth> cells) {
    public RowTruth {
      cells = List.copyOf(cells);
    }
  }

  /**
   * A table cell.
   *
   * @param column the column's line-item key
   * @param box the cell's box (its share of the row)
   * @param text the text in it
   */
  public record CellTruth(LineItemKey column, BoundingBox box, String text) {}

  /**
   * A word as printed.
   *
   * @param text its characters, no whitespace
   * @param page zero-based page
   * @param box from the font metrics
   * @param region id of the region it belongs to
   */
  public record WordTruth(String text, int page, BoundingBox box, int region) {}
}
