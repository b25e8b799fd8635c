package dev.recto.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class TableStructureTest {

  private static final BoundingBox BOX = new BoundingBox(0.1, 0.1, 0.2, 0.12);
  private static final Provenance PROV = new Provenance(0, BOX, "test", "m", "1");

  private static Word word(String text) {
    return new Word(text, BOX, 1.0, 10, PROV);
  }

  @Test
  void cellTextJoinsWordsAndTheGridLooksCellsUp() {
    TableStructure t =
        new TableStructure(
            1,
            List.of(BOX, BOX),
            List.of(BOX, BOX),
            List.of(
                new TableCell(0, 0, BOX, List.of(word("Unit"), word("price"))),
                new TableCell(1, 1, BOX, List.of(word("4.11")))));
    assertThat(t.text(0, 0)).isEqualTo("Unit price");
    assertThat(t.text(1, 1)).isEqualTo("4.11");
    assertThat(t.text(1, 0)).isEmpty();
    assertThat(t.isEmpty()).isFalse();
    assertThat(TableStructure.EMPTY.isEmpty()).isTrue();
  }

  @Test
  void invalidGridsAreRefused() {
    assertThatThrownBy(
            () ->
                new TableStructure(
                    0,
                    List.of(BOX),
                    List.of(BOX),
                    List.of(new TableCell(0, 1, BOX, List.of(word("x"))))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("outside a grid of 1 x 1");
    assertThatThrownBy(() -> new TableStructure(2, List.of(BOX), List.of(BOX), List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("headerRows");
    assertThatThrownBy(() -> new TableCell(0, 0, BOX, List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void onlyTableRegionsCarryAGrid() {
    TableStructure grid =
        new TableStructure(
            0, List.of(BOX), List.of(BOX), List.of(new TableCell(0, 0, BOX, List.of(word("x")))));
    Region table = new Region(RegionType.TABLE, BOX, 0.9, PROV).withTable(grid);
    assertThat(table.table()).isEqualTo(grid);
    assertThat(new Region(RegionType.TITLE, BOX, 0.9, PROV).table()).isSameAs(TableStructure.EMPTY);
    assertThatThrownBy(() -> new Region(RegionType.TITLE, BOX, 0.9, PROV, grid))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("only a TABLE region");
  }
}
