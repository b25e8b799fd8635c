package dev.recto.ocr.ppocr;

import static org.assertj.core.api.Assertions.assertThat;

import dev.recto.ocr.ppocr.CtcDecoder.DecodedLine;
import java.awt.Font;
import java.text.Normalizer;
import org.junit.jupiter.api.Test;

/**
 * Words drawn with the JVM's sans-serif and serif faces, "recognized" without their accents (as
 * PP-OCR reads them), at the frames of their glyphs.
 */
class AccentMarksTest {

  /** The text PP-OCR would read: the drawn text without its accents. */
  private static String stripped(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
  }

  private static String restored(String drawnText, String family) {
    CurrencySignsTest.Drawn drawn = CurrencySignsTest.draw(drawnText, family);
    DecodedLine read = CurrencySignsTest.read(drawn, stripped(drawnText));
    return AccentMarks.restore(read, drawn.ink().width(), drawn.ink()).text();
  }

  @Test
  void putsBackAcuteCircumflexDiaeresisAndTilde() {
    for (String family : new String[] {Font.SANS_SERIF, Font.SERIF}) {
      for (String word : new String[] {"año", "Bâtiment", "Descripción", "Grüße", "Jürgen"}) {
        assertThat(restored(word, family)).as(family + " " + word).isEqualTo(word);
      }
    }
    assertThat(restored("Müller", Font.SANS_SERIF)).isEqualTo("Müller");
    assertThat(restored("Crème", Font.SERIF)).isEqualTo("Crème");
  }

  @Test
  void aCapitalStartingAWordOfSmallLettersGetsItsAccentBack() {
    for (String family : new String[] {Font.SANS_SERIF, Font.SERIF}) {
      for (String word : new String[] {"Émile", "Église"}) {
        assertThat(restored(word, family)).as(family + " " + word).isEqualTo(word);
      }
    }
    // in the serif face the l's ascender, as high as the dots, joins them in the Ö's columns
    assertThat(restored("Ölmühle", Font.SANS_SERIF)).isEqualTo("Ölmühle");
  }

  @Test
  void capitalsInsideAllCapitalWordsAreLeftAsRead() {
    // a dot-matrix receipt's dots over capitals are no accents; an all-capital word is not looked
    // at
    assertThat(restored("ÉCOLE", Font.SANS_SERIF)).isEqualTo("ECOLE");
    assertThat(restored("Eole", Font.SANS_SERIF)).isEqualTo("Eole");
  }

  @Test
  void leavesPlainLettersAlone() {
    for (String family : new String[] {Font.SANS_SERIF, Font.SERIF}) {
      // Dots of i, ascenders and capitals next to vowels are not marks.
      for (String word :
          new String[] {"Einheit", "Quality", "Small", "Klantnummer", "Mijn", "line"}) {
        assertThat(restored(word, family)).as(family + " " + word).isEqualTo(word);
      }
    }
  }

  @Test
  void aMarkOffTheLettersFramesIsFoundOverItsGlyph() {
    // The recognizer's characters sit on 8-pixel frames, so the columns first looked at for a
    // narrow letter between close neighbours cut its mark or miss its centre; the second look
    // finds the letter's glyph in the ink and the mark over it.
    assertThat(restored("Hélène", Font.SANS_SERIF)).isEqualTo("Hélène");
    assertThat(restored("Müller", Font.SERIF)).isEqualTo("Müller");
  }

  @Test
  void aMarkBlurredOntoItsLetterIsStillRead() {
    // at scan resolution the acute touches the o's top: no blank row parts them
    for (String family : new String[] {Font.SANS_SERIF, Font.SERIF}) {
      CurrencySignsTest.Drawn drawn = CurrencySignsTest.draw("Código de cliente", family);
      LineInk blurred = thickenDown(drawn.ink(), 3);
      DecodedLine read = CurrencySignsTest.read(drawn, "Codigo de cliente");
      assertThat(AccentMarks.restore(read, blurred.width(), blurred).text())
          .as(family)
          .isEqualTo("Códigodecliente"); // the test's reader leaves spaces out
    }
  }

  /** {@code ink} with every ink pixel repeated {@code rows} rows further down (a vertical blur). */
  private static LineInk thickenDown(LineInk ink, int rows) {
    boolean[] pixels = new boolean[ink.width() * ink.height()];
    for (int y = 0; y < ink.height(); y++) {
      for (int x = 0; x < ink.width(); x++) {
        for (int k = 0; k <= rows && y - k >= 0 && !pixels[y * ink.width() + x]; k++) {
          pixels[y * ink.width() + x] = ink.at(x, y - k);
        }
      }
    }
    return new LineInk(ink.columns(), pixels, ink.width(), ink.height());
  }

  @Test
  void aGraveOverAnIIsNotRead() {
    // a grave drawn over an i stays a plain i (on scans the i's blurred dot passes for one); the
    // same mark over an e is read
    for (String family : new String[] {Font.SANS_SERIF, Font.SERIF}) {
      assertThat(restored("così", family)).as(family).isEqualTo("cosi");
    }
    assertThat(restored("Crème", Font.SERIF)).isEqualTo("Crème");
  }
}
