package dev.recto.ocr.ppocr;

import dev.recto.ocr.ppocr.CtcDecoder.DecodedChar;
import dev.recto.ocr.ppocr.CtcDecoder.DecodedLine;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Splits a recognized line into words, using where in the line the recognizer saw each character.
 *
 * <p>Frame {@code t} of a recognizer that produced {@code T} frames for an input {@code W} pixels
 * wide covers {@code [t * W / T, (t + 1) * W / T)}; a character sits at the centre of its frames.
 * Words break at space characters, and also where two consecutive characters are further apart than
 * {@code gapFactor} times the line's median character pitch (the recognizer often drops the space
 * between words set close together, e.g. {@code 4557DeSilvaSt}). Each character is given half the
 * median pitch to either side; inner word edges stop halfway to the neighbouring word, and the
 * line's outer edges are the crop's (the detector's box is tight to the ink).
 *
 * <p>All positions are in pixels of the recognizer input (the crop resized to the model's height,
 * before padding). Immutable and thread-safe.
 */
final class WordSplitter {

  private final double gapFactor;

  /**
   * @param gapFactor a pitch this many times the median pitch breaks a word; {@code
   *     Double.POSITIVE_INFINITY} splits at spaces only
   */
  WordSplitter(double gapFactor) {
    if (!(gapFactor > 1.0)) {
      throw new IllegalArgumentException("gapFactor must be > 1, was " + gapFactor);
    }
    this.gapFactor = gapFactor;
  }

  /**
   * The words of {@code line}.
   *
   * @param line the decoded line
   * @param inputWidth width in pixels of the recognizer input the frames cover (padding included)
   * @param contentWidth width in pixels of the resized crop inside that input (no padding)
   */
  List<WordSpan> split(DecodedLine line, double inputWidth, double contentWidth) {
    Objects.requireNonNull(line, "line");
    if (line.frames() <= 0 || !(inputWidth > 0) || !(contentWidth > 0)) {
      return List.of();
    }
    double frameWidth = inputWidth / line.frames();
    List<DecodedChar> chars = line.chars();
    double pitch = medianPitch(chars, frameWidth);

    // groups of consecutive non-space characters, broken at spaces and at wide gaps
    List<List<DecodedChar>> groups = new ArrayList<>();
    List<DecodedChar> current = new ArrayList<>();
    DecodedChar previous = null;
    for (DecodedChar ch : chars) {
      if (ch.isSpace()) {
        if (!current.isEmpty()) {
          groups.add(current);
          current = new ArrayList<>();
        }
        previous = null;
        continue;
      }
      if (previous != null
          && pitch > 0
          && (ch.centerFrame() - previous.centerFrame()) * frameWidth > gapFactor * pitch) {
        groups.add(current);
        current = new ArrayList<>();
      }
      current.add(ch);
      previous = ch;
    }
    if (!current.isEmpty()) {
      groups.add(current);
    }

    double half = pitch > 0 ? pitch / 2 : frameWidth;
    List<WordSpan> words = new ArrayList<>(groups.size());
    for (int g = 0; g < groups.size(); g++) {
      List<DecodedChar> group = groups.get(g);
      double first = group.get(0).centerFrame() * frameWidth;
      double last = group.get(group.size() - 1).centerFrame() * frameWidth;
      double left;
      if (g == 0) {
        left = 0;
      } else {
        List<DecodedChar> prev = groups.get(g - 1);
        double prevLast = prev.get(prev.size() - 1).centerFrame() * frameWidth;
        left = Math.max(first - half, (prevLast + first) / 2);
      }
      double right;
      if (g == groups.size() - 1) {
        right = contentWidth;
      } else {
        double nextFirst = groups.get(g + 1).get(0).centerFrame() * frameWidth;
        right = Math.min(last + half, (last + nextFirst) / 2);
      }
      left = clamp(left, 0, contentWidth);
      right = clamp(right, left, contentWidth);
      StringBuilder text = new StringBuilder();
      double probSum = 0;
      for (DecodedChar ch : group) {
        text.append(ch.text());
        probSum += ch.probability();
      }
      words.add(new WordSpan(text.toString(), left, right, probSum / group.size()));
    }
    return words;
  }

  /**
   * Median distance between the centres of consecutive characters not separated by a space, in
   * pixels; 0 when the line has fewer than two such pairs.
   */
  static double medianPitch(List<DecodedChar> chars, double frameWidth) {
    double[] pitches = new double[chars.size()];
    int n = 0;
    for (int i = 1; i < chars.size(); i++) {
      DecodedChar a = chars.get(i - 1);
      DecodedChar b = chars.get(i);
      if (!a.isSpace() && !b.isSpace()) {
        pitches[n++] = (b.centerFrame() - a.centerFrame()) * frameWidth;
      }
    }
    if (n < 2) {
      return 0;
    }
    double[] sorted = Arrays.copyOf(pitches, n);
    Arrays.sort(sorted);
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }

  private static double clamp(double v, double lo, double hi) {
    return Math.max(lo, Math.min(hi, v));
  }

  /**
   * One word of a line.
   *
   * @param text the characters, no spaces
   * @param left left edge in recognizer-input pixels
   * @param right right edge in recognizer-input pixels
   * @param confidence mean probability of its characters
   */
  record WordSpan(String text, double left, double right, double confidence) {
    WordSpan {
      Objects.requireNonNull(text, "text");
      if (left > right) {
        throw new IllegalArgumentException("left " + left + " > right " + right);
      }
    }
  }
}
