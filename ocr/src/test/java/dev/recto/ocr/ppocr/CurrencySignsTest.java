package dev.recto.ocr.ppocr;

import static org.assertj.core.api.Assertions.assertThat;

import dev.recto.ocr.ppocr.CtcDecoder.DecodedChar;
import dev.recto.ocr.ppocr.CtcDecoder.DecodedLine;
import dev.recto.ocr.ppocr.WordSplitter.WordSpan;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.GlyphVector;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Lines drawn with the JVM's serif and sans-serif fonts (not the reference font), "recognized" by
 * placing characters at the frames of the glyphs the recognizer would have read.
 */
class CurrencySignsTest {

  private static final int HEIGHT = 48;
  private static final int FRAME = 8;

  private static CurrencySigns signs;

  @BeforeAll
  static void setUp() {
    signs = CurrencySigns.standard();
  }

  /** A line image and its glyphs' centre columns. */
  record Drawn(LineInk ink, double[] centers, String text) {}

  static Drawn draw(String text, String family) {
    Font font = new Font(family, Font.PLAIN, 30);
    BufferedImage probe = new BufferedImage(1, 1, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D pg = probe.createGraphics();
    GlyphVector gv = font.createGlyphVector(pg.getFontRenderContext(), text);
    pg.dispose();
    int width = (int) Math.ceil(gv.getLogicalBounds().getWidth()) + 16;
    width = (width + FRAME - 1) / FRAME * FRAME;
    BufferedImage img = new BufferedImage(width, HEIGHT, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = img.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, width, HEIGHT);
    g.setColor(Color.BLACK);
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.fill(gv.getOutline(8, 35));
    g.dispose();
    double[] centers = new double[text.length()];
    for (int i = 0; i < text.length(); i++) {
      var b = gv.getGlyphVisualBounds(i).getBounds2D();
      centers[i] = 8 + b.getCenterX();
    }
    boolean[] pixels = new boolean[width * HEIGHT];
    boolean[] columns = new boolean[width];
    byte[] px = new byte[width * HEIGHT];
    img.getRaster().getDataElements(0, 0, width, HEIGHT, px);
    for (int i = 0; i < px.length; i++) {
      pixels[i] = (px[i] & 0xff) < 128;
      int y = i / width;
      if (pixels[i] && y >= InkProfile.BAND_TOP * HEIGHT && y < InkProfile.BAND_BOTTOM * HEIGHT) {
        columns[i % width] = true;
      }
    }
    return new Drawn(new LineInk(columns, pixels, width, HEIGHT), centers, text);
  }

  /**
   * What the recognizer "read": for each character of {@code read}, the glyph of {@code drawn} at
   * the same index, unless {@code read} has {@code _} there (nothing read); spaces are left out.
   */
  static DecodedLine read(Drawn drawn, String read) {
    List<DecodedChar> chars = new ArrayList<>();
    for (int i = 0; i < read.length(); i++) {
      char c = read.charAt(i);
      if (c == '_' || c == ' ') {
        continue;
      }
      int frame = (int) (drawn.centers[i] / FRAME);
      chars.add(new DecodedChar(String.valueOf(c), 0.99f, frame, frame));
    }
    return new DecodedLine(chars, drawn.ink.width() / FRAME);
  }

  static String recovered(String drawnText, String readText, String family) {
    Drawn drawn = draw(drawnText, family);
    return signs.recover(read(drawn, readText), drawn.ink.width(), drawn.ink).text();
  }

  @Test
  void anUnreadEuroBeforeAnAmountIsPutBack() {
    for (String family : new String[] {Font.SANS_SERIF, Font.SERIF}) {
      assertThat(recovered("€ 399,00", "_ 399,00", family)).as(family).isEqualTo("€ 399,00");
      assertThat(recovered("45,93 €", "45,93 _", family)).as(family).isEqualTo("45,93 €");
      assertThat(recovered("£ 12.00", "_ 12.00", family)).as(family).isEqualTo("£ 12.00");
    }
  }

  @Test
  void aEuroReadAsALetterNextToDigitsIsReplaced() {
    for (String family : new String[] {Font.SANS_SERIF, Font.SERIF}) {
      assertThat(recovered("€3.50", "E3.50", family)).as(family).isEqualTo("€3.50");
      assertThat(recovered("10 000€", "10 000e", family)).as(family).isEqualTo("10000€");
    }
  }

  @Test
  void realLettersNextToDigitsStay() {
    for (String family : new String[] {Font.SANS_SERIF, Font.SERIF}) {
      assertThat(recovered("E3.50", "E3.50", family)).as(family).isEqualTo("E3.50");
      assertThat(recovered("C12", "C12", family)).as(family).isEqualTo("C12");
      assertThat(recovered("12e", "12e", family)).as(family).isEqualTo("12e");
    }
  }

  @Test
  void aLookalikeRightAfterALetterStaysALetter() {
    // the E of a country code (DE63 ..., an IBAN) scanned badly can look like a sign; after a
    // letter it is never one. The ink here is a real euro sign, so only the letter before it
    // keeps it an E.
    for (String family : new String[] {Font.SANS_SERIF, Font.SERIF}) {
      assertThat(recovered("D€63", "DE63", family)).as(family).isEqualTo("DE63");
    }
  }

  @Test
  void aLookalikeRightBeforeALetterStaysALetter() {
    // "4255,20 EUR": the code's E starts a word, even where its ink looks like a sign (here a real
    // pound sign is drawn, so only the letter after it keeps it an E)
    for (String family : new String[] {Font.SANS_SERIF, Font.SERIF}) {
      assertThat(recovered("20 £UR", "20 EUR", family)).as(family).isEqualTo("20EUR");
    }
  }

  @Test
  void unreadGlyphsThatAreNotSignsStayUnread() {
    for (String family : new String[] {Font.SANS_SERIF, Font.SERIF}) {
      // An unread letter or digit next to an amount is not turned into a sign.
      assertThat(recovered("C 12.00", "_ 12.00", family)).as(family).isEqualTo("12.00");
      assertThat(recovered("8 12.00", "_ 12.00", family)).as(family).isEqualTo("12.00");
      assertThat(recovered("S 12.00", "_ 12.00", family)).as(family).isEqualTo("12.00");
    }
  }

  @Test
  void aSignAwayFromDigitsIsLeftAlone() {
    assertThat(recovered("€ Total", "_ Total", Font.SANS_SERIF)).isEqualTo("Total");
  }

  @Test
  void theSplitterMakesAWordOfAFreeStandingSign() {
    Drawn drawn = draw("€ 399,00", Font.SANS_SERIF);
    DecodedLine line = signs.recover(read(drawn, "_ 399,00"), drawn.ink.width(), drawn.ink);
    List<WordSpan> words =
        new WordSplitter(0.6).split(line, drawn.ink.width(), drawn.ink.columns());
    assertThat(words).extracting(WordSpan::text).containsExactly("€", "399,00");
    assertThat(words.get(0).confidence()).isGreaterThan(0.5);
    assertThat(words.get(0).right()).isLessThan(words.get(1).left());
  }

  @Test
  void nextToDigitLooksPastSpacesAndAcceptsASign() {
    List<DecodedChar> chars =
        List.of(
            new DecodedChar("a", 1f, 0, 0),
            new DecodedChar(" ", 1f, 1, 1),
            new DecodedChar("-", 1f, 3, 3),
            new DecodedChar("9", 1f, 4, 4));
    assertThat(CurrencySigns.nextToDigit(chars, 1, 2)).isTrue();
    assertThat(CurrencySigns.nextToDigit(chars, 0, 1)).isTrue();
    assertThat(CurrencySigns.nextToDigit(chars.subList(0, 3), 0, 1)).isFalse();
  }
}
