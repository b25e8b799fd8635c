package dev.recto.extraction.generic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.recto.core.model.BoundingBox;
import dev.recto.core.model.Page;
import dev.recto.core.model.Provenance;
import dev.recto.core.model.Region;
import dev.recto.core.model.RegionType;
import dev.recto.core.model.Word;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PartyRegionsTest {

  private static Region region(RegionType type, double x0, double y0, double x1, double y1) {
    BoundingBox b = BoundingBox.fromAbsolute(x0, y0, x1, y1, PageBuilder.W, PageBuilder.H);
    return new Region(type, b, 0.9, new Provenance(0, b, "test", "m", "1"));
  }

  /** Lines 0-3: a customer block at x 40; a key-value group at x 330 on the same lines. */
  private static Page page(List<Region> regions) {
    Page p =
        new PageBuilder()
            .text(40, 0, "Globex Corporation")
            .text(40, 1, "742 Evergreen Terrace")
            .text(40, 2, "Springfield 97403")
            .text(40, 3, "Invoice No. 4711")
            .text(40, 20, "Consulting services 2 100.00")
            .document()
            .pages()
            .get(0);
    return p.withRegions(regions);
  }

  private static List<Word> line(Page p, String... texts) {
    List<Word> out = new ArrayList<>();
    for (String t : texts) {
      out.add(p.words().stream().filter(w -> w.text().equals(t)).findFirst().orElseThrow());
    }
    return out;
  }

  private static Segment segment(List<Word> words) {
    BoundingBox b = words.get(0).box();
    for (Word w : words) {
      b = b.union(w.box());
    }
    return new Segment(0, 0, words, b, 11.5);
  }

  @Test
  void aBlockIsCutWhereItLeavesItsPartyRegion() {
    // Customer block region over lines 0-2 only (y 40 to 40 + 3 x 14).
    Page p = page(List.of(region(RegionType.CUSTOMER_BLOCK, 35, 38, 250, 80)));
    TextBlock block =
        new TextBlock(
            List.of(
                line(p, "Globex", "Corporation"),
                line(p, "742", "Evergreen", "Terrace"),
                line(p, "Springfield", "97403"),
                line(p, "Invoice", "No.", "4711")));

    TextBlock trimmed = new PartyRegions(p).trim(block);

    assertThat(trimmed.lines()).hasSize(3);
    assertThat(TextBlock.text(trimmed.lines().get(2))).isEqualTo("Springfield 97403");
  }

  @Test
  void withoutRegionsOrOutsideThemNothingChanges() {
    Page bare = page(List.of());
    TextBlock block =
        new TextBlock(
            List.of(line(bare, "Globex", "Corporation"), line(bare, "Invoice", "No.", "4711")));
    assertThat(new PartyRegions(bare).trim(block)).isEqualTo(block);
    assertThat(new PartyRegions(bare).vendorBonus(segment(line(bare, "Globex", "Corporation"))))
        .isZero();

    Page elsewhere = page(List.of(region(RegionType.VENDOR_BLOCK, 300, 500, 500, 600)));
    assertThat(new PartyRegions(elsewhere).trim(block)).isEqualTo(block);
  }

  @Test
  void vendorNamesGainInOrJustAboveTheVendorBlockAndLoseInTheTable() {
    Page p =
        page(
            List.of(
                // the model's vendor box starts under the name line, as it often does
                region(RegionType.VENDOR_BLOCK, 35, 55, 250, 75),
                region(RegionType.TABLE, 35, 300, 560, 330)));
    PartyRegions regions = new PartyRegions(p);

    assertThat(regions.vendorBonus(segment(line(p, "Globex", "Corporation"))))
        .isEqualTo(PartyRegions.VENDOR_BLOCK_BONUS);
    assertThat(regions.vendorBonus(segment(line(p, "742", "Evergreen", "Terrace"))))
        .isEqualTo(PartyRegions.VENDOR_BLOCK_BONUS);
    assertThat(regions.vendorBonus(segment(line(p, "Consulting", "services"))))
        .isEqualTo(-PartyRegions.WRONG_REGION_PENALTY);
    assertThat(regions.vendorBonus(segment(line(p, "Invoice", "No.", "4711")))).isZero();
  }
}
