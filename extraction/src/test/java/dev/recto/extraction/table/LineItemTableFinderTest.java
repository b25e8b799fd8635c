package dev.recto.extraction.table;

import static org.assertj.core.api.Assertions.assertThat;

import dev.recto.core.field.ExtractedField;
import dev.recto.core.field.LineItem;
import dev.recto.core.field.LineItemKey;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineItemTableFinderTest {

  private final LineItemTableFinder finder = new LineItemTableFinder();

  private static String value(LineItem item, LineItemKey key) {
    return item.get(key).map(ExtractedField::value).orElse(null);
  }

  @Test
  void normalizesGermanCellsUnderTheDocumentsConvention() {
    PageSketch s = new PageSketch();
    s.left(0.08, 0.30, "Art.-Nr.")
        .left(0.20, 0.30, "Bezeichnung")
        .right(0.55, 0.30, "Menge")
        .left(0.57, 0.30, "Einheit")
        .right(0.72, 0.30, "Einzelpreis")
        .right(0.80, 0.30, "MwSt.")
        .right(0.92, 0.30, "Betrag");
    s.left(0.08, 0.33, "A-100")
        .left(0.20, 0.33, "Kopierpapier A4")
        .right(0.55, 0.33, "3,00")
        .left(0.57, 0.33, "Ktn.")
        .right(0.72, 0.33, "1.019,50")
        .right(0.80, 0.33, "19 %")
        .right(0.92, 0.33, "3.058,50");
    s.left(0.08, 0.36, "A-200")
        .left(0.20, 0.36, "Kaffee")
        .right(0.55, 0.36, "2,5")
        .left(0.57, 0.36, "kg")
        .right(0.72, 0.36, "16,00")
        .right(0.80, 0.36, "7 %")
        .right(0.92, 0.36, "40,00");
    s.left(0.60, 0.40, "Summe").right(0.92, 0.40, "3.098,50 EUR");

    List<LineItem> items = finder.find(s.document());

    assertThat(items).hasSize(2);
    LineItem first = items.get(0);
    assertThat(value(first, LineItemKey.PRODUCT_CODE)).isEqualTo("A-100");
    assertThat(value(first, LineItemKey.DESCRIPTION)).isEqualTo("Kopierpapier A4");
    assertThat(value(first, LineItemKey.QUANTITY)).isEqualTo("3");
    assertThat(value(first, LineItemKey.UNIT)).isEqualTo("Ktn.");
    assertThat(value(first, LineItemKey.UNIT_PRICE)).isEqualTo("1019.50");
    assertThat(value(first, LineItemKey.TAX_RATE)).isEqualTo("0.19");
    assertThat(value(first, LineItemKey.AMOUNT)).isEqualTo("3058.50");
    assertThat(first.get(LineItemKey.AMOUNT).orElseThrow().currency()).isEqualTo("EUR");
    assertThat(value(items.get(1), LineItemKey.QUANTITY)).isEqualTo("2.5");
    assertThat(value(items.get(1), LineItemKey.TAX_RATE)).isEqualTo("0.07");
  }

  @Test
  void aBareTaxHeadingOverAmountsReadsTaxAndTwoOfThemAreRateAndAmount() {
    PageSketch amounts = new PageSketch();
    amounts
        .left(0.08, 0.30, "Libellé")
        .right(0.55, 0.30, "Quantité")
        .right(0.70, 0.30, "Prix unit.")
        .right(0.80, 0.30, "TVA")
        .right(0.92, 0.30, "Montant");
    String[][] rows = {
      {"Nettoyage", "35,5", "35,40", "251,34", "1 256,70"},
      {"Installation", "32", "119,00", "761,60", "3 808,00"},
      {"Licence", "1", "1 828,00", "365,60", "1 828,00"}
    };
    for (int i = 0; i < rows.length; i++) {
      double y = 0.33 + 0.03 * i;
      amounts
          .left(0.08, y, rows[i][0])
          .right(0.55, y, rows[i][1])
          .right(0.70, y, rows[i][2])
          .right(0.80, y, rows[i][3])
          .right(0.92, y, rows[i][4]);
    }
    List<LineItem> items = finder.find(amounts.document());
    assertThat(items).hasSize(3);
    assertThat(value(items.get(0), LineItemKey.TAX)).isEqualTo("251.34");
    assertThat(items.get(0).get(LineItemKey.TAX_RATE)).isEmpty();

    PageSketch both = new PageSketch();
    both.left(0.08, 0.30, "Libellé")
        .right(0.55, 0.30, "Quantité")
        .right(0.66, 0.30, "TVA")
        .right(0.78, 0.30, "TVA")
        .right(0.92, 0.30, "Total HT");
    both.left(0.08, 0.33, "Création graphique")
        .right(0.55, 0.33, "32,5")
        .right(0.66, 0.33, "20 %")
        .right(0.78, 0.33, "457,21")
        .right(0.92, 0.33, "2 286,05");
    both.left(0.08, 0.36, "Clavier")
        .right(0.55, 0.36, "2")
        .right(0.66, 0.36, "20 %")
        .right(0.78, 0.36, "33,20")
        .right(0.92, 0.36, "166,00");
    List<LineItem> two = finder.find(both.document());
    assertThat(two).hasSize(2);
    assertThat(value(two.get(0), LineItemKey.TAX_RATE)).isEqualTo("0.2");
    assertThat(value(two.get(0), LineItemKey.TAX)).isEqualTo("457.21");
    assertThat(value(two.get(1), LineItemKey.TAX)).isEqualTo("33.20");
  }

  @Test
  void fieldsCarryTheirWordsBoxesAndTheRowsScore() {
    PageSketch s = new PageSketch();
    s.left(0.08, 0.30, "Description")
        .right(0.60, 0.30, "Qty")
        .right(0.75, 0.30, "Price")
        .right(0.92, 0.30, "Total");
    s.left(0.08, 0.33, "Standing desk, oak")
        .right(0.60, 0.33, "2")
        .right(0.75, 0.33, "$663.65")
        .right(0.92, 0.33, "$1,327.30");
    s.left(0.08, 0.345, "with cable tray");
    s.left(0.08, 0.37, "Delivery")
        .right(0.60, 0.37, "1")
        .right(0.75, 0.37, "$40.00")
        .right(0.92, 0.37, "$45.00");

    List<LineItem> items = finder.find(s.document());

    assertThat(items).hasSize(2);
    ExtractedField description = items.get(0).get(LineItemKey.DESCRIPTION).orElseThrow();
    assertThat(description.value()).isEqualTo("Standing desk, oak with cable tray");
    assertThat(description.rawText()).isEqualTo("Standing desk, oak\nwith cable tray");
    assertThat(description.provenance()).hasSize(6);
    assertThat(description.provenance().get(0).box().left()).isEqualTo(0.08);
    assertThat(description.extractorId()).isEqualTo("recto-generic");
    ExtractedField amount = items.get(0).get(LineItemKey.AMOUNT).orElseThrow();
    assertThat(amount.value()).isEqualTo("1327.30");
    assertThat(amount.currency()).isEqualTo("USD");
    assertThat(amount.rawText()).isEqualTo("$1,327.30");
    // 2 x 663.65 = 1327.30 and one extra line; 1 x 40.00 is not 45.00.
    assertThat(amount.rawScore()).isEqualTo(0.98);
    assertThat(amount.confidence()).isEqualTo(amount.rawScore());
    assertThat(items.get(1).get(LineItemKey.AMOUNT).orElseThrow().rawScore()).isEqualTo(0.8);
  }

  @Test
  void splitsAUnitWrittenAfterTheQuantity() {
    PageSketch s = new PageSketch();
    s.left(0.08, 0.30, "Description")
        .right(0.60, 0.30, "Quantity")
        .right(0.75, 0.30, "Unit Price")
        .right(0.92, 0.30, "Amount");
    s.left(0.08, 0.33, "Beeswax")
        .right(0.60, 0.33, "1.00 kg")
        .right(0.75, 0.33, "42.00")
        .right(0.92, 0.33, "42.00");

    LineItem item = finder.find(s.document()).get(0);

    assertThat(value(item, LineItemKey.QUANTITY)).isEqualTo("1");
    assertThat(value(item, LineItemKey.UNIT)).isEqualTo("kg");
  }

  @Test
  void readsATableScannedTwoDegreesAskew() {
    PageSketch s = new PageSketch().skewed(Math.tan(Math.toRadians(2)));
    s.left(0.08, 0.05, "ACME Ltd, 1 Main Street, Springfield").left(0.08, 0.08, "Invoice 42");
    s.left(0.08, 0.30, "Description")
        .right(0.60, 0.30, "Qty")
        .right(0.75, 0.30, "Unit price")
        .right(0.92, 0.30, "Amount");
    String[][] rows = {
      {"Consulting services", "3", "100.00", "300.00"},
      {"Travel expenses", "1", "45.50", "45.50"},
      {"Printer paper A4", "10", "4.20", "42.00"},
      {"Office chair", "2", "150.00", "300.00"}
    };
    for (int i = 0; i < rows.length; i++) {
      double y = 0.32 + 0.018 * i;
      s.left(0.08, y, rows[i][0])
          .right(0.60, y, rows[i][1])
          .right(0.75, y, rows[i][2])
          .right(0.92, y, rows[i][3]);
    }
    s.left(0.55, 0.42, "Total").right(0.92, 0.42, "687.50");

    List<LineItem> items = finder.find(s.document());

    assertThat(items)
        .extracting(i -> value(i, LineItemKey.AMOUNT))
        .containsExactly("300.00", "45.50", "42.00", "300.00");
    assertThat(items)
        .extracting(i -> value(i, LineItemKey.DESCRIPTION))
        .containsExactly(
            "Consulting services", "Travel expenses", "Printer paper A4", "Office chair");
    // Provenance points at the words where they are on the skewed page.
    ExtractedField amount = items.get(0).get(LineItemKey.AMOUNT).orElseThrow();
    assertThat(amount.provenance().get(0).box().top()).isGreaterThan(0.325);
  }

  @Test
  void cutsNumbersThatOcrGluedTogetherWhereTheArithmeticAgrees() {
    PageSketch s = new PageSketch();
    s.left(0.08, 0.30, "Concepto")
        .right(0.60, 0.30, "Uds.")
        .right(0.75, 0.30, "Precio")
        .right(0.92, 0.30, "Importe");
    // Quantity glued to the price, then price glued to the amount.
    s.left(0.08, 0.33, "Gastos de viaje").right(0.75, 0.33, "2353,00").right(0.92, 0.33, "706,00");
    s.left(0.08, 0.36, "Teclado").right(0.60, 0.36, "24").right(0.92, 0.36, "74,001776,00");
    s.left(0.08, 0.39, "Silla")
        .right(0.60, 0.39, "3")
        .right(0.75, 0.39, "16, 78")
        .right(0.92, 0.39, "50,34");

    List<LineItem> items = finder.find(s.document());

    assertThat(items).hasSize(3);
    assertThat(value(items.get(0), LineItemKey.QUANTITY)).isEqualTo("2");
    assertThat(value(items.get(0), LineItemKey.UNIT_PRICE)).isEqualTo("353.00");
    assertThat(value(items.get(1), LineItemKey.UNIT_PRICE)).isEqualTo("74.00");
    assertThat(value(items.get(1), LineItemKey.AMOUNT)).isEqualTo("1776.00");
    assertThat(value(items.get(2), LineItemKey.UNIT_PRICE)).isEqualTo("16.78");
    assertThat(items.get(0).get(LineItemKey.AMOUNT).orElseThrow().rawScore()).isEqualTo(0.9);
  }

  @Test
  void findsNothingWithoutATable() {
    PageSketch s = new PageSketch().left(0.1, 0.1, "Hello 12.00");
    assertThat(finder.find(s.document())).isEmpty();
  }
}
