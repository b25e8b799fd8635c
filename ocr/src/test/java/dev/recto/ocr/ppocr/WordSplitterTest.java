package dev.recto.ocr.ppocr;

import static org.assertj.core.api.Assertions.assertThat;

import dev.recto.ocr.ppocr.CtcDecoder.DecodedChar;
import dev.recto.ocr.ppocr.CtcDecoder.DecodedLine;
import dev.recto.ocr.ppocr.WordSplitter.WordSpan;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WordSplitterTest {

  private final WordSplitter splitter = new WordSplitter(0.6);

  /** 8 px per frame (an input 320 px wide, 40 frames). */
  private static final double INPUT = 320;

  private static final int FRAMES = 40;

  /** Characters at the given frames; "_" is a space. */
  static DecodedLine line(String text, int... frames) {
    List<DecodedChar> chars = new ArrayList<>();
    for (int i = 0; i < text.length(); i++) {
      String ch = text.substring(i, i + 1).replace('_', ' ');
      chars.add(new DecodedChar(ch, 0.5f + i * 0.05f, frames[i], frames[i]));
    }
    return new DecodedLine(chars, FRAMES);
  }

  /** Ink in the given [from, to) pixel ranges of a line {@code width} pixels wide. */
  static boolean[] ink(int width, int... ranges) {
    boolean[] ink = new boolean[width];
    for (int r = 0; r < ranges.length; r += 2) {
      for (int x = ranges[r]; x < ranges[r + 1]; x++) {
        ink[x] = true;
      }
    }
    return ink;
  }

  @Test
  void splitsAtARecognizedSpaceAndSnapsToInk() {
    // "ab cd": glyphs 12 px wide, 4 px apart, a 14 px space; char centres at frame centres
    DecodedLine l = line("ab_cd", 1, 3, 5, 7, 9);
    boolean[] ink = ink(300, 4, 16, 20, 32, 46, 58, 62, 74);
    List<WordSpan> words = splitter.split(l, INPUT, ink);
    assertThat(words).extracting(WordSpan::text).containsExactly("ab", "cd");
    assertThat(words.get(0).left()).isEqualTo(4);
    assertThat(words.get(0).right()).isEqualTo(32);
    assertThat(words.get(1).left()).isEqualTo(46);
    assertThat(words.get(1).right()).isEqualTo(74);
    assertThat(words.get(0).confidence())
        .isCloseTo((0.5 + 0.55) / 2, org.assertj.core.data.Offset.offset(1e-6));
  }

  @Test
  void keepsTheCentsOfADecimalCommaAmountDespiteARecognizedSpace() {
    // "66, 92": the recognizer put a space after the comma; 7 px of empty ink, under a pitch (8)
    DecodedLine l = line("66,_92", 1, 2, 3, 4, 5, 6);
    boolean[] ink = ink(300, 9, 15, 17, 23, 26, 28, 35, 41, 43, 49);
    assertThat(splitter.split(l, INPUT, ink)).extracting(WordSpan::text).containsExactly("66,92");
  }

  @Test
  void aDecimalCommaWithAWholePitchOfSpaceOrAListStillSplits() {
    DecodedLine far = line("66,_92", 1, 2, 3, 4, 5, 6);
    boolean[] farInk = ink(300, 9, 15, 17, 23, 26, 28, 41, 47, 49, 55);
    assertThat(splitter.split(far, INPUT, farInk))
        .extracting(WordSpan::text)
        .containsExactly("66,", "92");
    DecodedLine list = line("1,_2,_3", 1, 2, 3, 4, 5, 6, 7);
    boolean[] listInk = ink(300, 9, 14, 17, 19, 33, 38, 41, 43, 57, 62);
    assertThat(splitter.split(list, INPUT, listInk))
        .extracting(WordSpan::text)
        .containsExactly("1,", "2,", "3");
  }

  @Test
  void splitsAtAWideInkGapWithoutASpace() {
    // "abcd" with no space recognized but a 14 px empty gap between b and c
    DecodedLine l = line("abcd", 1, 3, 6, 8);
    boolean[] ink = ink(300, 4, 16, 20, 32, 46, 58, 62, 74);
    assertThat(splitter.split(l, INPUT, ink))
        .extracting(WordSpan::text)
        .containsExactly("ab", "cd");
  }

  @Test
  void anInkGapNarrowerThanTheLinesRecognizedSpacesDoesNotBreak() {
    // monospaced "ab cdef": the recognizer's space spans 20 px of empty ink; inside "cdef" a 14 px
    // gap beside a narrow glyph's bearings is wide by the pitch but not a space in this face
    DecodedLine l = line("ab_cdef", 1, 3, 5, 7, 9, 13, 15);
    boolean[] ink = ink(300, 6, 18, 22, 34, 54, 66, 70, 82, 96, 108, 112, 124);
    assertThat(splitter.split(l, INPUT, ink))
        .extracting(WordSpan::text)
        .containsExactly("ab", "cdef");
    // the same 14 px gap on a line whose space is 16 px wide is a word break
    DecodedLine closer = line("ab_cdef", 1, 3, 5, 7, 9, 12, 14);
    boolean[] closerInk = ink(300, 6, 18, 22, 34, 50, 62, 66, 78, 92, 104, 108, 120);
    assertThat(splitter.split(closer, INPUT, closerInk))
        .extracting(WordSpan::text)
        .containsExactly("ab", "cd", "ef");
  }

  @Test
  void keepsAWordWhoseFramesAreFarApartButWhoseInkIsContinuous() {
    // a wide letter: frames 3 apart (1.5 pitches) but only 4 px between glyphs
    DecodedLine l = line("abcd", 1, 3, 6, 8);
    boolean[] ink = ink(300, 4, 16, 20, 44, 48, 60, 64, 74);
    assertThat(splitter.split(l, INPUT, ink)).extracting(WordSpan::text).containsExactly("abcd");
  }

  @Test
  void medianPitchIgnoresPairsAcrossSpaces() {
    DecodedLine l = line("ab_cd", 1, 3, 5, 7, 9);
    assertThat(WordSplitter.medianPitch(l.chars(), 8)).isEqualTo(16);
  }

  @Test
  void digitsAndPunctuationDoNotBreakOnAGapAlone() {
    DecodedLine l = line("10.5", 1, 3, 6, 8);
    boolean[] ink = ink(300, 4, 16, 20, 32, 46, 58, 62, 74);
    assertThat(splitter.split(l, INPUT, ink)).extracting(WordSpan::text).containsExactly("10.5");
  }

  @Test
  void aPointEndingAnAbbreviationMayBreakBeforeADigit() {
    // "NO.42" with 14 px after the point (pitch 64 / 4 = 16): "NO." and "42"
    DecodedLine abbreviation = line("NO.42", 1, 3, 4, 7, 9);
    boolean[] ink = ink(300, 4, 16, 20, 32, 34, 38, 52, 64, 68, 80);
    assertThat(splitter.split(abbreviation, INPUT, ink))
        .extracting(WordSpan::text)
        .containsExactly("NO.", "42");
    // after a digit the point is a decimal or date separator: "10.42" stays one word
    assertThat(splitter.split(line("10.42", 1, 3, 4, 7, 9), INPUT, ink))
        .extracting(WordSpan::text)
        .containsExactly("10.42");
  }

  @Test
  void halfTheGapBreaksAfterACommaBeforeALetter() {
    // "a,bc": a 7 px gap after the comma: under 0.6 x 16 px, over half of it
    DecodedLine l = line("a,bc", 1, 3, 5, 7);
    boolean[] ink = ink(300, 4, 16, 20, 26, 33, 46, 50, 62);
    assertThat(splitter.split(l, INPUT, ink))
        .extracting(WordSpan::text)
        .containsExactly("a,", "bc");
  }

  @Test
  void keepsTheCentsOfADecimalPointAmountDespiteARecognizedSpace() {
    // "0. 00" on a receipt: the same 7 px after the point, under a pitch
    DecodedLine l = line("66._92", 1, 2, 3, 4, 5, 6);
    boolean[] ink = ink(300, 9, 15, 17, 23, 26, 28, 35, 41, 43, 49);
    assertThat(splitter.split(l, INPUT, ink)).extracting(WordSpan::text).containsExactly("66.92");
  }

  @Test
  void digitsBreakAtAWholePitchOrWhereTheyAreSetClose() {
    // "2018" then "8": digits 12 px wide every 16 px; the last gap is 18 px, a whole pitch (90 px
    // of ink over 5 digits), so the date and the time are two words (the recognizer missed the
    // space)
    DecodedLine apart = line("20188", 1, 3, 5, 7, 11);
    boolean[] wide = ink(300, 4, 16, 20, 32, 36, 48, 52, 64, 82, 94);
    assertThat(splitter.split(apart, INPUT, wide))
        .extracting(WordSpan::text)
        .containsExactly("2018", "8");
    // digits 4 px apart: a 12 px gap is 0.7 pitch and three times their usual gap, a break
    DecodedLine close = line("20188", 1, 3, 5, 7, 9);
    boolean[] closeInk = ink(300, 4, 16, 20, 32, 36, 48, 52, 64, 76, 88);
    assertThat(splitter.split(close, INPUT, closeInk))
        .extracting(WordSpan::text)
        .containsExactly("2018", "8");
    // digits 6 px apart: the same 12 px is twice their usual gap, a wide tabular advance
    DecodedLine even = line("20188", 1, 3, 5, 7, 11);
    boolean[] evenInk = ink(300, 4, 16, 22, 34, 40, 52, 58, 70, 82, 94);
    assertThat(splitter.split(even, INPUT, evenInk))
        .extracting(WordSpan::text)
        .containsExactly("20188");
  }

  @Test
  void aHyphenApartFromItsNeighboursIsAWord() {
    // "AB - CD": 12 px either side of the hyphen, over 0.6 of the 17.6 px pitch
    DecodedLine apart = line("AB-CD", 1, 3, 5, 8, 10);
    boolean[] apartInk = ink(300, 4, 16, 20, 32, 44, 52, 64, 76, 80, 92);
    assertThat(splitter.split(apart, INPUT, apartInk))
        .extracting(WordSpan::text)
        .containsExactly("AB", "-", "CD");
    // 4 px either side: one word, as in "WA14-3A"
    DecodedLine close = line("AB-CD", 1, 3, 4, 6, 8);
    boolean[] closeInk = ink(300, 4, 16, 20, 32, 36, 44, 48, 60, 64, 76);
    assertThat(splitter.split(close, INPUT, closeInk))
        .extracting(WordSpan::text)
        .containsExactly("AB-CD");
  }

  @Test
  void pitchIsTheInkWidthOverTheCharacters() {
    DecodedLine l = line("ab_cd", 1, 3, 5, 7, 9);
    boolean[] ink = ink(300, 4, 16, 20, 32, 46, 58, 62, 74);
    assertThat(WordSplitter.inkPitch(l.chars(), ink, 8)).isEqualTo(70 / 4.0);
    // no ink: the frames' median pitch
    assertThat(WordSplitter.inkPitch(l.chars(), new boolean[300], 8)).isEqualTo(16);
  }

  /**
   * Capitals of small print scaled up: 18 px glyphs 2 px apart (pitch 20), one 9 px gap between the
   * words. Frames every 8 px put the centres 2 to 3 frames apart.
   */
  private static final int[] CAPS_FRAMES = {1, 4, 6, 9, 11, 14, 16};

  private static final boolean[] CAPS_INK =
      ink(400, 0, 18, 20, 38, 40, 58, 67, 85, 87, 105, 107, 125, 127, 145);

  @Test
  void aGapWellAboveTheLinesUsualGapBreaks() {
    // 9 px: under 0.6 pitch (12 px), but 0.3 pitch (6 px) above the median gap of 2 px
    assertThat(splitter.split(line("BARWANG", CAPS_FRAMES), INPUT, CAPS_INK))
        .extracting(WordSpan::text)
        .containsExactly("BAR", "WANG");
  }

  @Test
  void aGapNearTheUsualOneDoesNotBreak() {
    // the same capitals with a 5 px gap: 3 px over the median, under 0.3 pitch over it
    boolean[] ink = ink(400, 0, 18, 20, 38, 40, 58, 63, 81, 83, 101, 103, 121, 123, 141);
    assertThat(splitter.split(line("BARWANG", CAPS_FRAMES), INPUT, ink))
        .extracting(WordSpan::text)
        .containsExactly("BARWANG");
  }

  /** The capitals above with a 7 px gap between the words: 5 px over the median of 2. */
  private static final boolean[] CAPS_CLOSE_INK =
      ink(400, 0, 18, 20, 38, 40, 58, 65, 83, 85, 103, 105, 123, 125, 143);

  @Test
  void betweenCapitalsASmallerMarginOverTheUsualGapBreaks() {
    // 7 px: 0.2 pitch (4 px) over the median gap between capitals, as in "GST SUMMARY"
    assertThat(splitter.split(line("BARWANG", CAPS_FRAMES), INPUT, CAPS_CLOSE_INK))
        .extracting(WordSpan::text)
        .containsExactly("BAR", "WANG");
    // between small letters it takes 0.3 pitch (6 px) over it
    assertThat(splitter.split(line("barwang", CAPS_FRAMES), INPUT, CAPS_CLOSE_INK))
        .extracting(WordSpan::text)
        .containsExactly("barwang");
    // after a capital I too ("VILLAGE" in a proportional face), but not before one
    assertThat(splitter.split(line("BAIWANG", CAPS_FRAMES), INPUT, CAPS_CLOSE_INK))
        .extracting(WordSpan::text)
        .containsExactly("BAIWANG");
    assertThat(splitter.split(line("TAXIVOI", CAPS_FRAMES), INPUT, CAPS_CLOSE_INK))
        .extracting(WordSpan::text)
        .containsExactly("TAX", "IVOI");
  }

  @Test
  void besideANarrowGlyphOnlyTheRatioBreaks() {
    // the same 9 px gap before an l is not enough (under 0.6 pitch); before a capital I it is
    assertThat(splitter.split(line("BARlANG", CAPS_FRAMES), INPUT, CAPS_INK))
        .extracting(WordSpan::text)
        .containsExactly("BARlANG");
    assertThat(splitter.split(line("TAXINVO", CAPS_FRAMES), INPUT, CAPS_INK))
        .extracting(WordSpan::text)
        .containsExactly("TAX", "INVO");
    // nor between digits
    assertThat(splitter.split(line("2024567", CAPS_FRAMES), INPUT, CAPS_INK))
        .extracting(WordSpan::text)
        .containsExactly("2024567");
  }

  @Test
  void aColonWellApartFromItsLabelIsAWord() {
    // 13 px after the O (pitch 51 px / 3 = 17): over 0.6 of a pitch, "NO" and ":"
    DecodedLine spaced = line("NO:", 1, 3, 6);
    boolean[] spacedInk = ink(300, 4, 18, 20, 34, 47, 55);
    assertThat(splitter.split(spaced, INPUT, spacedInk))
        .extracting(WordSpan::text)
        .containsExactly("NO", ":");
    // after a point the colon needs a whole pitch: 12 px of 13.5 keeps "No.:" (a monospaced face)
    DecodedLine point = line("No.:", 1, 3, 5, 7);
    boolean[] pointInk = ink(300, 4, 18, 20, 34, 38, 42, 54, 58);
    assertThat(splitter.split(point, INPUT, pointInk))
        .extracting(WordSpan::text)
        .containsExactly("No.:");
  }

  @Test
  void aColonAWholePitchAwayIsAWord() {
    // "NO:" with the colon 20 px after the O (pitch 58 px / 3 = 19.3): "NO" and ":"
    DecodedLine apart = line("NO:", 1, 3, 7);
    boolean[] far = ink(300, 4, 18, 20, 34, 54, 62);
    assertThat(splitter.split(apart, INPUT, far))
        .extracting(WordSpan::text)
        .containsExactly("NO", ":");
    // 8 px after it: one word, as in "Total:"
    boolean[] near = ink(300, 4, 18, 20, 34, 42, 50);
    assertThat(splitter.split(line("NO:", 1, 3, 5), INPUT, near))
        .extracting(WordSpan::text)
        .containsExactly("NO:");
  }

  @Test
  void aCapitalBeforeASmallLetterStartsAWord() {
    // "Taxable" with the 9 px gap after the T (its bar lies above the rows that count as ink)
    int[] frames = {1, 4, 6, 9, 11, 14, 16};
    boolean[] ink = ink(400, 0, 18, 27, 45, 47, 65, 67, 85, 87, 105, 107, 125, 127, 145);
    assertThat(splitter.split(line("Taxable", frames), INPUT, ink))
        .extracting(WordSpan::text)
        .containsExactly("Taxable");
    // the same gap before a capital breaks
    assertThat(splitter.split(line("TAXABLE", frames), INPUT, ink))
        .extracting(WordSpan::text)
        .containsExactly("T", "AXABLE");
  }
}
