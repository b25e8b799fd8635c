package dev.recto.ocr.ppocr;

import static org.assertj.core.api.Assertions.assertThat;

import dev.recto.ocr.ppocr.CtcDecoder.DecodedChar;
import dev.recto.ocr.ppocr.CtcDecoder.DecodedLine;
import java.util.List;
import org.junit.jupiter.api.Test;

class CtcDecoderTest {

  // classes: 0 blank, 1 a, 2 b, 3 c, 4 space
  private final CtcDecoder decoder = new CtcDecoder(List.of("a", "b", "c"), true);

  /** One frame per entry: the winning class gets {@code p}, the rest share what is left. */
  static float[] frames(int classes, int[] winners, float[] p) {
    float[] out = new float[winners.length * classes];
    for (int t = 0; t < winners.length; t++) {
      for (int k = 0; k < classes; k++) {
        out[t * classes + k] = (1 - p[t]) / (classes - 1);
      }
      out[t * classes + winners[t]] = p[t];
    }
    return out;
  }

  @Test
  void collapsesRepeatsDropsBlanksAndKeepsFrames() {
    int[] winners = {1, 1, 0, 1, 2, 4, 4, 3, 0};
    float[] p = {0.9f, 0.5f, 0.8f, 0.7f, 0.95f, 0.6f, 0.99f, 0.85f, 0.9f};
    DecodedLine line = decoder.decode(frames(5, winners, p), 0, winners.length);

    assertThat(line.text()).isEqualTo("aab c");
    assertThat(line.frames()).isEqualTo(9);
    List<DecodedChar> chars = line.chars();
    assertThat(chars.get(0)).isEqualTo(new DecodedChar("a", 0.9f, 0, 1));
    assertThat(chars.get(1)).isEqualTo(new DecodedChar("a", 0.7f, 3, 3));
    assertThat(chars.get(3)).isEqualTo(new DecodedChar(" ", 0.6f, 5, 6));
    assertThat(chars.get(3).isSpace()).isTrue();
    assertThat(chars.get(4).centerFrame()).isEqualTo(7.5);
    assertThat(line.meanProbability()).isCloseTo((0.9 + 0.7 + 0.95 + 0.6 + 0.85) / 5, within());
  }

  @Test
  void allBlankIsEmpty() {
    DecodedLine line = decoder.decode(frames(5, new int[] {0, 0, 0}, new float[] {1, 1, 1}), 0, 3);
    assertThat(line.chars()).isEmpty();
    assertThat(line.meanProbability()).isZero();
  }

  @Test
  void decodesFromAnOffsetInABatch() {
    float[] two = new float[2 * 2 * 5];
    System.arraycopy(frames(5, new int[] {1, 2}, new float[] {0.9f, 0.9f}), 0, two, 0, 10);
    System.arraycopy(frames(5, new int[] {3, 3}, new float[] {0.9f, 0.9f}), 0, two, 10, 10);
    assertThat(decoder.decode(two, 10, 2).text()).isEqualTo("c");
    assertThat(decoder.classCount()).isEqualTo(5);
  }

  private static org.assertj.core.data.Offset<Double> within() {
    return org.assertj.core.data.Offset.offset(1e-6);
  }
}
