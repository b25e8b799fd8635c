package dev.recto.samples.synth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.recto.core.model.RegionType;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContactSheetTest {

  @Test
  void twoInvoicesMakeALegendAndTwoTilesWithRegionOutlines(@TempDir Path dir) throws Exception {
    SynthCorpus.write(dir, 2, 7L, 1);
    Path png = dir.resolve("sheet/sheet.png");

    assertThat(ContactSheet.write(dir, png)).isEqualTo(2);

    BufferedImage sheet = ImageIO.read(png.toFile());
    // legend cell + 2 tiles in one row
    assertThat(sheet.getWidth()).isEqualTo(3 * (ContactSheet.PAGE_WIDTH + 2 * ContactSheet.PAD));
    assertThat(sheet.getHeight())
        .isEqualTo(ContactSheet.PAGE_HEIGHT + ContactSheet.LABEL_HEIGHT + 2 * ContactSheet.PAD);
    for (int tile = 0; tile < 2; tile++) {
      JsonNode truth =
          new ObjectMapper().readTree(dir.resolve(SynthCorpus.name(tile) + ".truth.json").toFile());
      RegionType type = RegionType.valueOf(truth.get("regions").get(0).get("type").asText());
      int rgb = ContactSheet.color(type).getRGB();
      int x0 = (tile + 1) * ContactSheet.CELL_WIDTH;
      int hits = 0;
      for (int y = 0; y < ContactSheet.CELL_HEIGHT; y++) {
        for (int x = x0; x < x0 + ContactSheet.CELL_WIDTH; x++) {
          hits += sheet.getRGB(x, y) == rgb ? 1 : 0;
        }
      }
      assertThat(hits).as("pixels of the %s outline in tile %d", type, tile).isGreaterThan(20);
    }
  }

  @Test
  void anEmptyFolderIsRejected(@TempDir Path dir) {
    assertThatThrownBy(() -> ContactSheet.write(dir, dir.resolve("x.png")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("truth.json");
  }
}
