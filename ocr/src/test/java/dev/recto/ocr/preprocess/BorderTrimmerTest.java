package dev.recto.ocr.preprocess;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

class BorderTrimmerTest {

  private final BorderTrimmer trimmer = new BorderTrimmer();

  /** White 200 x 100 with a black 20 x 10 "word" at (90, 45). */
  private static BufferedImage page() {
    BufferedImage img = new BufferedImage(200, 100, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = img.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, 200, 100);
    g.setColor(Color.BLACK);
    g.fillRect(90, 45, 20, 10);
    g.dispose();
    return img;
  }

  private static void fill(BufferedImage img, int x, int y, int w, int h, int gray) {
    Graphics2D g = img.createGraphics();
    g.setColor(new Color(gray, gray, gray));
    g.fillRect(x, y, w, h);
    g.dispose();
  }

  @Test
  void whitensDarkBandsAtTheEdgesAndKeepsTheRest() {
    BufferedImage img = page();
    fill(img, 0, 0, 200, 8, 20); // scanner lid at the top
    fill(img, 0, 0, 6, 100, 60); // and at the left
    fill(img, 0, 97, 200, 3, 0); // a black line at the bottom
    GrayImage gray = GrayImage.of(img);

    BorderTrimmer.Bands bands = trimmer.whiten(gray);

    assertThat(bands).isEqualTo(new BorderTrimmer.Bands(8, 3, 6, 0));
    assertThat(gray.width()).isEqualTo(200);
    assertThat(gray.height()).isEqualTo(100);
    assertThat(gray.get(0, 0)).isEqualTo(255);
    assertThat(gray.get(100, 7)).isEqualTo(255);
    assertThat(gray.get(3, 50)).isEqualTo(255);
    assertThat(gray.get(100, 99)).isEqualTo(255);
    assertThat(gray.get(100, 50)).as("the word is kept").isEqualTo(0);
    assertThat(gray.get(6, 50)).isEqualTo(255);
  }

  @Test
  void leavesCleanPagesAndTextNearTheEdgeAlone() {
    BufferedImage img = page();
    fill(img, 10, 0, 40, 6, 0); // text touching the top edge: a fifth of the row is dark
    GrayImage gray = GrayImage.of(img);
    byte[] before = gray.pixels().clone();

    assertThat(trimmer.whiten(gray)).isEqualTo(BorderTrimmer.Bands.NONE);
    assertThat(gray.pixels()).isEqualTo(before);
  }

  @Test
  void mostlyDarkRowsCountEvenWithLightSpecks() {
    BufferedImage img = page();
    fill(img, 0, 0, 200, 5, 110); // mean above 100 ...
    fill(img, 0, 0, 200, 5, 0);
    fill(img, 0, 0, 10, 5, 255); // ... but 95% dark pixels
    GrayImage gray = GrayImage.of(img);

    assertThat(trimmer.whiten(gray).top()).isEqualTo(5);
  }

  @Test
  void aDarkPageIsNotAFrame() {
    BufferedImage img = page();
    fill(img, 0, 0, 200, 100, 30);
    GrayImage gray = GrayImage.of(img);

    assertThat(trimmer.whiten(gray).any()).isFalse();
    assertThat(gray.get(100, 50)).isEqualTo(30);
  }

  @Test
  void whitenedReturnsACopyOfTheSameSize() {
    BufferedImage img = new BufferedImage(50, 40, BufferedImage.TYPE_INT_RGB);
    fill(img, 0, 0, 50, 40, 255);
    fill(img, 0, 0, 50, 4, 0);

    BufferedImage out = trimmer.whitened(img);

    assertThat(out.getWidth()).isEqualTo(50);
    assertThat(out.getHeight()).isEqualTo(40);
    assertThat(out.getRaster().getSample(10, 1, 0)).isEqualTo(255);
    assertThat(img.getRGB(10, 1) & 0xffffff).as("input unchanged").isEqualTo(0);
  }

  @Test
  void bandsFillInterleavedColorRasters() {
    byte[] rgb = new byte[4 * 3 * 3]; // 4 x 3 pixels, all black
    new BorderTrimmer.Bands(1, 0, 0, 1).fill(rgb, 4, 3, 3);
    assertThat(rgb[0]).isEqualTo((byte) 255); // top row
    assertThat(rgb[(1 * 4 + 3) * 3 + 2]).isEqualTo((byte) 255); // right column, blue
    assertThat(rgb[(1 * 4 + 0) * 3]).isZero(); // interior
  }

  @Test
  void grayImageConvertsColorWithLumaWeights() {
    BufferedImage rgb = new BufferedImage(2, 1, BufferedImage.TYPE_INT_RGB);
    rgb.setRGB(0, 0, 0xff0000);
    rgb.setRGB(1, 0, 0x00ff00);
    GrayImage gray = GrayImage.of(rgb);
    assertThat(gray.get(0, 0)).isEqualTo(76);
    assertThat(gray.get(1, 0)).isEqualTo(150);

    BufferedImage sub = page().getSubimage(85, 40, 30, 20);
    GrayImage g2 = GrayImage.of(sub);
    assertThat(g2.get(5, 5)).isEqualTo(0);
    assertThat(g2.get(0, 0)).isEqualTo(255);
  }
}
