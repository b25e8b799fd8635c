package dev.recto.layout.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.recto.core.model.BoundingBox;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

class RulingFinderTest {

  @Test
  void findsRulesAndBandEdgesButNotText() {
    int w = 595;
    int h = 842;
    BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, w, h);
    g.setColor(Color.DARK_GRAY);
    g.fillRect(100, 260, 400, 16); // a shaded header band: two edges
    g.setColor(Color.BLACK);
    g.fillRect(100, 300, 400, 1); // a hairline rule
    g.fillRect(300, 250, 1, 150); // a column rule
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
    g.drawString("Description of the goods delivered 1 144,00", 110, 330);
    g.dispose();

    Rulings r = RulingFinder.find(img, BoundingBox.fromAbsolute(90, 245, 510, 410, w, h));

    assertThat(r.horizontal()).hasSize(3);
    assertThat(r.horizontal().get(0)).isCloseTo(260.0 / h, within(2.0 / h));
    assertThat(r.horizontal().get(1)).isCloseTo(276.0 / h, within(2.0 / h));
    assertThat(r.horizontal().get(2)).isCloseTo(300.5 / h, within(1.0 / h));
    assertThat(r.vertical()).hasSize(1);
    assertThat(r.vertical().get(0)).isCloseTo(300.5 / w, within(1.0 / w));
    assertThat(r.horizontalBetween(290.0 / h, 310.0 / h)).isTrue();
    assertThat(r.horizontalBetween(310.0 / h, 340.0 / h)).isFalse();
  }

  @Test
  void aTinyOrBlankBoxHasNoRulings() {
    BufferedImage img = new BufferedImage(100, 100, BufferedImage.TYPE_INT_RGB);
    assertThat(RulingFinder.find(img, new BoundingBox(0.1, 0.1, 0.12, 0.12)))
        .isEqualTo(Rulings.NONE);
  }
}
