package dev.recto.layout.table;

import static org.assertj.core.api.Assertions.assertThat;

import dev.recto.core.model.BoundingBox;
import dev.recto.core.model.Page;
import dev.recto.core.model.Provenance;
import dev.recto.core.model.TableCell;
import dev.recto.core.model.TableStructure;
import dev.recto.core.model.TextSource;
import dev.recto.core.model.Word;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TableStructureReaderTest {

  private static final double W = 595.28;
  private static final double H = 841.89;
  private static final double SPACE = 2.2;
  private static final double CHAR = 5.0;
  private static final double HEIGHT = 10.8;

  /** Lays words out in points: text, left edge, top; width from the text's length. */
  private static final class Sheet {
    final List<Word> words = new ArrayList<>();
    double skewDegrees;

    /** A phrase of space-separated words starting at {@code x}; returns its right edge. */
    double left(String phrase, double x, double y) {
      for (String t : phrase.split(" ")) {
        add(t, x, y);
        x += t.length() * CHAR + SPACE;
      }
      return x - SPACE;
    }

    /** A phrase ending at {@code right}. */
    void right(String phrase, double right, double y) {
      double width =
          phrase.replace(" ", "").length() * CHAR + SPACE * (phrase.split(" ").length - 1);
      left(phrase, right - width, y);
    }

    private void add(String text, double x, double y) {
      double w = text.length() * CHAR;
      double cx = x + w / 2;
      double cy = y + HEIGHT / 2;
      if (skewDegrees != 0) {
        double a = Math.toRadians(skewDegrees);
        double dx = cx - W / 2;
        double dy = cy - H / 2;
        cx = W / 2 + dx * Math.cos(a) - dy * Math.sin(a);
        cy = H / 2 + dx * Math.sin(a) + dy * Math.cos(a);
      }
      BoundingBox b =
          new BoundingBox(
              (cx - w / 2) / W, (cy - HEIGHT / 2) / H, (cx + w / 2) / W, (cy + HEIGHT / 2) / H);
      words.add(new Word(text, b, 1.0, 10, new Provenance(0, b, "test", "m", "1")));
    }

    Page page() {
      return Page.of(0, W, H, 0, 0, TextSource.TEXT_LAYER, words);
    }
  }

  private static final BoundingBox TABLE = new BoundingBox(0.05, 0.2, 0.95, 0.8);

  /**
   * Description left-aligned at 60; Qté right at 330; unit price right at 420; amount right at 520.
   */
  private static Sheet invoiceTable(double rowStep) {
    return invoiceTable(rowStep, 0);
  }

  /** The same table turned by {@code skewDegrees} about the page centre, as a skewed scan. */
  private static Sheet invoiceTable(double rowStep, double skewDegrees) {
    Sheet s = new Sheet();
    s.skewDegrees = skewDegrees;
    double y = 200;
    s.left("Description", 60, y);
    s.right("Qté", 330, y);
    s.right("Prix unitaire HT", 420, y);
    s.right("Montant HT", 520, y);
    String[][] items = {
      {"Bureau réglable", "2", "572,00", "1 144,00"},
      {"Gestion de projet", "39,5", "84,69", "3 345,26"},
      {"Café en grains, 1 kg", "1", "34,00", "34,00"}
    };
    for (String[] item : items) {
      y += rowStep;
      s.left(item[0], 60, y);
      s.right(item[1], 330, y);
      s.right(item[2], 420, y);
      s.right(item[3], 520, y);
    }
    return s;
  }

  @Test
  void headingsWiderThanTheirValuesStayWholeAndAmountsWithSpacesStayOneCell() {
    TableStructure t = TableStructureReader.read(invoiceTable(17).page(), TABLE, Rulings.NONE);

    assertThat(t.rows()).hasSize(4);
    assertThat(t.columns()).hasSize(4);
    assertThat(t.headerRows()).isEqualTo(1);
    assertThat(List.of(t.text(0, 0), t.text(0, 1), t.text(0, 2), t.text(0, 3)))
        .containsExactly("Description", "Qté", "Prix unitaire HT", "Montant HT");
    assertThat(List.of(t.text(1, 0), t.text(1, 1), t.text(1, 2), t.text(1, 3)))
        .containsExactly("Bureau réglable", "2", "572,00", "1 144,00");
    assertThat(t.text(3, 0)).isEqualTo("Café en grains, 1 kg");
    for (TableCell c : t.cells()) {
      assertThat(t.rows().get(c.row()).top()).isLessThanOrEqualTo(c.box().top() + 1e-9);
      assertThat(c.words())
          .allSatisfy(w -> assertThat(c.box().intersectionArea(w.box())).isPositive());
    }
  }

  @Test
  void aWrappedDescriptionContinuesItsRowUnlessARulingSeparatesTheLines() {
    Sheet s = invoiceTable(30);
    // A second description line under the first item, tighter than the rows.
    s.left("höhenverstellbar, Eiche", 60, 230 + HEIGHT + 2);
    Page page = s.page();

    TableStructure wrapped = TableStructureReader.read(page, TABLE, Rulings.NONE);
    assertThat(wrapped.rows()).hasSize(4);
    assertThat(wrapped.text(1, 0)).isEqualTo("Bureau réglable höhenverstellbar, Eiche");

    double between = (230 + HEIGHT + 1) / H;
    TableStructure ruled =
        TableStructureReader.read(page, TABLE, new Rulings(List.of(between), List.of()));
    assertThat(ruled.rows()).hasSize(5);
    assertThat(ruled.text(2, 0)).isEqualTo("höhenverstellbar, Eiche");
  }

  @Test
  void aSkewedScanStillReadsRowByRowWithThePagesOwnWords() {
    Sheet s = invoiceTable(17, 3.0);
    // Words on the rest of the page give the skew estimate more evidence, as on a real page.
    for (int i = 0; i < 6; i++) {
      s.left("Terms of payment thirty days net", 60, 600 + 15 * i);
    }
    Page page = s.page();

    TableStructure t =
        TableStructureReader.read(page, new BoundingBox(0.05, 0.2, 0.95, 0.4), Rulings.NONE);

    assertThat(t.rows()).hasSize(4);
    assertThat(t.columns()).hasSize(4);
    assertThat(List.of(t.text(0, 0), t.text(0, 1), t.text(0, 2), t.text(0, 3)))
        .containsExactly("Description", "Qté", "Prix unitaire HT", "Montant HT");
    assertThat(List.of(t.text(2, 0), t.text(2, 1), t.text(2, 2), t.text(2, 3)))
        .containsExactly("Gestion de projet", "39,5", "84,69", "3 345,26");
    assertThat(List.of(t.text(3, 0), t.text(3, 3)))
        .containsExactly("Café en grains, 1 kg", "34,00");
    assertThat(t.cells().get(0).words().get(0)).isIn(page.words());
  }

  @Test
  void aVerticalRulingSplitsCellsThatSitTooCloseForAGutter() {
    Sheet s = new Sheet();
    double x = 0;
    for (int r = 0; r < 3; r++) {
      double y = 200 + 17 * r;
      double end = s.left("Code" + r, 60, y);
      s.left("12,00", end + 3, y);
      x = end + 1.5;
    }
    Page page = s.page();

    assertThat(TableStructureReader.read(page, TABLE, Rulings.NONE).columns()).hasSize(1);
    TableStructure ruled =
        TableStructureReader.read(page, TABLE, new Rulings(List.of(), List.of(x / W)));
    assertThat(ruled.columns()).hasSize(2);
    assertThat(ruled.text(1, 1)).isEqualTo("12,00");
  }

  @Test
  void aRegionWithoutWordsHasNoGrid() {
    assertThat(
            TableStructureReader.read(
                invoiceTable(17).page(), new BoundingBox(0.9, 0.9, 1, 1), Rulings.NONE))
        .isSameAs(TableStructure.EMPTY);
  }
}
