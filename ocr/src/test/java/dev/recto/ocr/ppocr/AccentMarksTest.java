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
  void aMarkCutByTheLetterWindowIsMissedNotGuessed() {
    // Known limit: the recognizer's characters sit on 8-pixel frames, so the columns looked at
    // for a narrow letter between close neighbours can cut its mark or miss its centre; the accent
    // is then left out rather than guessed.
    assertThat(restored("Hélène", Font.SANS_SERIF)).isEqualTo("Helene");
    assertThat(restored("Müller", Font.SERIF)).isEqualTo("Muller");
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
