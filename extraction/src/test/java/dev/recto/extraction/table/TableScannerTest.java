package dev.recto.extraction.table;

import static org.assertj.core.api.Assertions.assertThat;

import dev.recto.core.field.LineItemKey;
import dev.recto.core.model.BoundingBox;
import dev.recto.core.model.Document;
import dev.recto.core.model.Provenance;
import dev.recto.core.model.Region;
import dev.recto.core.model.RegionType;
import java.util.List;
import org.junit.jupiter.api.Test;

class TableScannerTest {

  private final TableScanner scanner = new TableScanner(new HeaderLexicon(), new TotalsLexicon());

  private static PageSketch header(PageSketch s, double y) {
    return s.left(0.08, y, "Description")
        .right(0.60, y, "Qty")
        .right(0.75, y, "Unit price")
        .right(0.92, y, "Amount");
  }

  private static PageSketch item(PageSketch s, double y, String d, String q, String p, String a) {
    return s.left(0.08, y, d).right(0.60, y, q).right(0.75, y, p).right(0.92, y, a);
  }

  @Test
  void readsRowsBetweenHeaderAndTotals() {
    PageSketch s = new PageSketch().left(0.08, 0.05, "ACME Ltd").left(0.08, 0.10, "Invoice 42");
    header(s, 0.30);
    item(s, 0.33, "Consulting services", "3", "100.00", "300.00");
    item(s, 0.36, "Travel expenses", "1", "45.50", "45.50");
    s.left(0.55, 0.40, "Subtotal").right(0.92, 0.40, "345.50");
    s.left(0.55, 0.43, "Total").right(0.92, 0.43, "345.50");

    List<RawRow> rows = scanner.scan(s.document());

    assertThat(rows).hasSize(2);
    assertThat(rows.get(0).text(LineItemKey.DESCRIPTION)).isEqualTo("Consulting services");
    assertThat(rows.get(0).text(LineItemKey.QUANTITY)).isEqualTo("3");
    assertThat(rows.get(0).text(LineItemKey.UNIT_PRICE)).isEqualTo("100.00");
    assertThat(rows.get(1).text(LineItemKey.AMOUNT)).isEqualTo("45.50");
  }

  /** {@code doc} with one TABLE region at {@code box} on its first page, as the model gives. */
  private static Document withTable(Document doc, BoundingBox box) {
    Region table =
        new Region(RegionType.TABLE, box, 0.9, new Provenance(0, box, "layout", "t", "1"));
    return new Document(
        doc.source(), doc.format(), List.of(doc.pages().get(0).withRegions(List.of(table))));
  }

  @Test
  void aTableRegionFromTheLayoutModelEndsTheTableBelowIt() {
    PageSketch s = new PageSketch();
    header(s, 0.30);
    item(s, 0.33, "Consulting services", "3", "100.00", "300.00");
    item(s, 0.36, "Travel expenses", "1", "45.50", "45.50");
    // Right under the table, no totals row between: a schedule whose columns happen to align.
    item(s, 0.39, "Instalment due 2026-01-31", "1", "172.75", "172.75");
    Document plain = s.document();
    Document withRegion = withTable(plain, new BoundingBox(0.05, 0.29, 0.95, 0.37));

    assertThat(scanner.scan(plain)).as("words alone").hasSize(3);
    List<RawRow> rows = scanner.scan(withRegion);
    assertThat(rows)
        .extracting(r -> r.text(LineItemKey.DESCRIPTION))
        .containsExactly("Consulting services", "Travel expenses");
  }

  @Test
  void aTableRegionElsewhereOnThePageChangesNothing() {
    PageSketch s = new PageSketch();
    header(s, 0.30);
    item(s, 0.33, "Consulting services", "3", "100.00", "300.00");
    item(s, 0.36, "Travel expenses", "1", "45.50", "45.50");
    item(s, 0.39, "Setup", "2", "50.00", "100.00");
    Document withRegion = withTable(s.document(), new BoundingBox(0.05, 0.70, 0.95, 0.80));

    assertThat(scanner.scan(withRegion)).hasSize(3);
  }

  @Test
  void joinsDescriptionsThatWrapOntoTextOnlyLines() {
    PageSketch s = new PageSketch();
    header(s, 0.30);
    item(s, 0.33, "Annual licence for", "1", "900.00", "900.00");
    s.left(0.08, 0.345, "the reporting module,");
    s.left(0.08, 0.36, "12 months");
    item(s, 0.39, "Setup", "2", "50.00", "100.00");

    List<RawRow> rows = scanner.scan(s.document());

    assertThat(rows).hasSize(2);
    assertThat(rows.get(0).text(LineItemKey.DESCRIPTION))
        .isEqualTo("Annual licence for the reporting module, 12 months");
    assertThat(rows.get(0).lines()).isEqualTo(3);
    assertThat(rows.get(1).text(LineItemKey.DESCRIPTION)).isEqualTo("Setup");
  }

  @Test
  void endsAtALargeGapAndIgnoresTheFooter() {
    PageSketch s = new PageSketch();
    header(s, 0.30);
    item(s, 0.33, "Widget", "4", "2.50", "10.00");
    item(s, 0.36, "Gadget", "1", "7.00", "7.00");
    s.left(0.08, 0.60, "Payment within 30 days of 2024-01-01");
    s.left(0.08, 0.95, "ACME Ltd").right(0.92, 0.95, "Page 1 of 1");

    List<RawRow> rows = scanner.scan(s.document());

    assertThat(rows)
        .extracting(r -> r.text(LineItemKey.DESCRIPTION))
        .containsExactly("Widget", "Gadget");
  }

  @Test
  void continuesOnTheNextPageUnderTheRepeatedHeader() {
    PageSketch s = new PageSketch();
    header(s, 0.30);
    item(s, 0.33, "Widget", "4", "2.50", "10.00");
    s.left(0.08, 0.95, "ACME Ltd").right(0.92, 0.95, "Page 1 of 2");
    s.newPage().left(0.08, 0.05, "ACME Ltd").right(0.92, 0.05, "Invoice 42 (continued)");
    header(s, 0.10);
    item(s, 0.13, "Gadget", "1", "7.00", "7.00");
    s.left(0.55, 0.20, "Total").right(0.92, 0.20, "17.00");

    List<RawRow> rows = scanner.scan(s.document());

    assertThat(rows).extracting(RawRow::pageIndex).containsExactly(0, 1);
    assertThat(rows)
        .extracting(r -> r.text(LineItemKey.DESCRIPTION))
        .containsExactly("Widget", "Gadget");
  }

  @Test
  void continuesOnTheNextPageWithoutAHeader() {
    PageSketch s = new PageSketch();
    header(s, 0.30);
    item(s, 0.33, "Widget", "4", "2.50", "10.00");
    item(s, 0.36, "Gizmo", "2", "3.00", "6.00");
    s.left(0.08, 0.95, "ACME Ltd").right(0.92, 0.95, "Page 1 of 2");
    s.newPage().left(0.08, 0.05, "ACME Ltd").right(0.92, 0.05, "Invoice 42 (continued)");
    item(s, 0.10, "Gadget", "1", "7.00", "7.00");
    s.left(0.55, 0.20, "Total").right(0.92, 0.20, "23.00");

    List<RawRow> rows = scanner.scan(s.document());

    assertThat(rows)
        .extracting(r -> r.text(LineItemKey.DESCRIPTION))
        .containsExactly("Widget", "Gizmo", "Gadget");
  }

  @Test
  void keepsATaxConsultingItemAndReadsOnAfterASectionSubtotal() {
    PageSketch s = new PageSketch();
    header(s, 0.30);
    item(s, 0.33, "Tax consulting", "2", "80.00", "160.00");
    s.left(0.08, 0.36, "Subtotal").right(0.92, 0.36, "160.00");
    s.left(0.08, 0.39, "--- Hardware ---");
    item(s, 0.42, "Cable", "1", "1.00", "1.00");
    s.left(0.55, 0.45, "Total").right(0.92, 0.45, "161.00");
    s.left(0.08, 0.48, "Payment due in").right(0.60, 0.48, "14").left(0.62, 0.48, "days");

    List<RawRow> rows = scanner.scan(s.document());

    assertThat(rows)
        .extracting(r -> r.text(LineItemKey.DESCRIPTION))
        .containsExactly("Tax consulting", "Cable");
  }

  @Test
  void readsAHeaderSetOnTwoLines() {
    PageSketch s = new PageSketch();
    s.left(0.08, 0.300, "Item").right(0.75, 0.300, "Unit").right(0.92, 0.300, "Line");
    s.right(0.60, 0.306, "Qty");
    s.right(0.75, 0.313, "price").right(0.92, 0.313, "total");
    item(s, 0.34, "Widget", "4", "2.50", "10.00");

    List<RawRow> rows = scanner.scan(s.document());

    assertThat(rows).hasSize(1);
    assertThat(rows.get(0).text(LineItemKey.UNIT_PRICE)).isEqualTo("2.50");
    assertThat(rows.get(0).text(LineItemKey.AMOUNT)).isEqualTo("10.00");
  }

  @Test
  void givesAnUnheadedDescriptionItsOwnColumn() {
    PageSketch s = new PageSketch();
    s.left(0.08, 0.05, "ACME Ltd");
    s.right(0.60, 0.30, "Qty").right(0.75, 0.30, "Unit price").right(0.92, 0.30, "Amount");
    item(s, 0.33, "Consulting services", "3", "100.00", "300.00");

    List<RawRow> rows = scanner.scan(s.document());

    assertThat(rows).hasSize(1);
    assertThat(rows.get(0).text(LineItemKey.DESCRIPTION)).isEqualTo("Consulting services");
    assertThat(rows.get(0).text(LineItemKey.QUANTITY)).isEqualTo("3");
  }

  @Test
  void findsNoTableWithoutAHeader() {
    PageSketch s = new PageSketch();
    s.left(0.08, 0.30, "Dear customer, thank you for 3 orders of 10.00");
    assertThat(scanner.scan(s.document())).isEmpty();
  }
}
