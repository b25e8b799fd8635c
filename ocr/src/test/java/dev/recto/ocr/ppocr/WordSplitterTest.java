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
  void splitsAtAWideInkGapWithoutASpace() {
    // "abcd" with no space recognized but a 14 px empty gap between b and c
    DecodedLine l = line("abcd", 1, 3, 6, 8);
    boolean[] ink = ink(300, 4, 16, 20, 32, 46, 58, 62, 74);
    assertThat(splitter.split(l, INPUT, ink))
        .extracting(WordSpan::text)
        .containsExactly("ab", "cd");
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
  void halfTheGapBreaksAfterACommaBeforeALetter() {
    // "a,bc": a 7 px gap after the comma: under 0.6 x 16 px, over half of it
    DecodedLine l = line("a,bc", 1, 3, 5, 7);
    boolean[] ink = ink(300, 4, 16, 20, 26, 33, 46, 50, 62);
    assertThat(splitter.split(l, INPUT, ink))
        .extracting(WordSpan::text)
        .containsExactly("a,", "bc");
  }

  @Test
  void digitsBreakOnlyAtAGapOfAWholePitch() {
    // "2018" then "8": digits 12 px wide every 16 px (pitch 16); the last gap is 18 px, over one
    // pitch, so the date and the time are two words (the recognizer missed the space)
    DecodedLine apart = line("20188", 1, 3, 5, 7, 11);
    boolean[] wide = ink(300, 4, 16, 20, 32, 36, 48, 52, 64, 82, 94);
    assertThat(splitter.split(apart, INPUT, wide))
        .extracting(WordSpan::text)
        .containsExactly("2018", "8");
    // a 12 px gap (0.75 pitch) between digits is a wide tabular advance, not a space
    DecodedLine close = line("20188", 1, 3, 5, 7, 9);
    boolean[] narrow = ink(300, 4, 16, 20, 32, 36, 48, 52, 64, 76, 88);
    assertThat(splitter.split(close, INPUT, narrow))
        .extracting(WordSpan::text)
        .containsExactly("20188");
  }
}
