package dev.recto.ocr.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

class DegradationsTest {

  private static BufferedImage page() {
    BufferedImage img = new BufferedImage(400, 200, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = img.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, 400, 200);
    g.setColor(Color.BLACK);
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 28));
    g.drawString("Invoice 2026-0042", 20, 80);
    g.drawString("Total 1416.10 EUR", 20, 150);
    g.dispose();
    return img;
  }

  @Test
  void sameSeedGivesSamePixels() {
    BufferedImage page = page();
    for (Degradations.Kind kind : Degradations.Kind.values()) {
      int[] a = Degradations.pixels(Degradations.apply(kind, page, 7L));
      int[] b = Degradations.pixels(Degradations.apply(kind, page, 7L));
      assertThat(a).as(kind.name()).isEqualTo(b);
      assertThat(a).as(kind.name() + " changes the page").isNotEqualTo(Degradations.pixels(page));
    }
  }

  @Test
  void otherSeedGivesOtherNoiseAndAngle() {
    BufferedImage page = page();
    assertThat(Degradations.pixels(Degradations.apply(Degradations.Kind.NOISE, page, 1L)))
        .isNotEqualTo(Degradations.pixels(Degradations.apply(Degradations.Kind.NOISE, page, 2L)));
    assertThat(Degradations.rotationDegrees(1L)).isNotEqualTo(Degradations.rotationDegrees(2L));
  }

  @Test
  void keepsSizeAndInputAndReturnsGray() {
    BufferedImage page = page();
    int[] before = Degradations.pixels(page);
    for (Degradations.Kind kind : Degradations.Kind.values()) {
      BufferedImage out = Degradations.apply(kind, page, 3L);
      assertThat(out.getWidth()).isEqualTo(400);
      assertThat(out.getHeight()).isEqualTo(200);
      assertThat(out.getType()).isEqualTo(BufferedImage.TYPE_BYTE_GRAY);
    }
    assertThat(Degradations.pixels(page)).isEqualTo(before);
  }

  @Test
  void rotationIsOneToThreeDegreesWithWhiteCorners() {
    for (long seed = 0; seed < 200; seed++) {
      assertThat(Math.abs(Degradations.rotationDegrees(seed))).isBetween(1.0, 3.0);
    }
    BufferedImage rotated = Degradations.rotate(page(), 3.0);
    assertThat(rotated.getRaster().getSample(0, 0, 0)).isEqualTo(255);
    assertThat(rotated.getRaster().getSample(399, 199, 0)).isEqualTo(255);
  }

  @Test
  void blurSpreadsInkAndKeepsFlatAreas() {
    BufferedImage dot = new BufferedImage(21, 21, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = dot.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, 21, 21);
    g.dispose();
    dot.getRaster().setSample(10, 10, 0, 0);
    BufferedImage blurred = Degradations.gaussianBlur(dot, 1.0);
    assertThat(blurred.getRaster().getSample(10, 10, 0)).isBetween(1, 254);
    assertThat(blurred.getRaster().getSample(11, 10, 0)).isLessThan(255);
    assertThat(blurred.getRaster().getSample(0, 0, 0)).isEqualTo(255);
  }

  @Test
  void rejectsBadArguments() {
    assertThatThrownBy(() -> Degradations.gaussianBlur(page(), 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Degradations.noise(page(), -1, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Degradations.jpeg(page(), 1.5f))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Degradations.rotate(page(), Double.NaN))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
