package dev.recto.ocr.ppocr;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Greedy CTC decoding of the recognizer's per-frame class probabilities, as PaddleOCR's {@code
 * CTCLabelDecode} ({@code ppocr/postprocess/rec_postprocess.py}): class 0 is the CTC blank, classes
 * {@code 1..n} are the dictionary's characters and, with {@code use_space_char}, class {@code n+1}
 * is a space; the arg-max of each frame is taken, a class repeated in consecutive frames counts
 * once, blanks are dropped, and a character's probability is that of the first frame of its run.
 *
 * <p>Unlike PaddleOCR it keeps the frames each character came from, which {@link WordSplitter}
 * needs. Immutable and thread-safe.
 */
final class CtcDecoder {

  private final String[] classes;

  /**
   * @param dictionary the characters of classes {@code 1..n}, one per entry
   * @param appendSpace whether class {@code n+1} is a space (PaddleOCR's {@code use_space_char})
   */
  CtcDecoder(List<String> dictionary, boolean appendSpace) {
    Objects.requireNonNull(dictionary, "dictionary");
    int n = dictionary.size() + 1 + (appendSpace ? 1 : 0);
    classes = new String[n];
    classes[0] = "";
    for (int i = 0; i < dictionary.size(); i++) {
      classes[i + 1] = Objects.requireNonNull(dictionary.get(i), "dictionary entry");
    }
    if (appendSpace) {
      classes[n - 1] = " ";
    }
  }

  /** Number of classes the recognizer must output, the blank included. */
  int classCount() {
    return classes.length;
  }

  /**
   * Decodes one line.
   *
   * @param probs the probabilities, frame-major: {@code probs[offset + t * classCount() + c]}
   * @param offset where this line's first frame starts in {@code probs}
   * @param frames number of frames {@code T}
   */
  DecodedLine decode(float[] probs, int offset, int frames) {
    int c = classes.length;
    if (offset < 0 || (long) offset + (long) frames * c > probs.length) {
      throw new IllegalArgumentException("probability array too short for " + frames + " frames");
    }
    List<DecodedChar> chars = new ArrayList<>();
    int previous = -1;
    for (int t = 0; t < frames; t++) {
      int base = offset + t * c;
      int best = 0;
      float bestP = probs[base];
      for (int k = 1; k < c; k++) {
        if (probs[base + k] > bestP) {
          bestP = probs[base + k];
          best = k;
        }
      }
      if (best == previous && best != 0 && !chars.isEmpty()) {
        DecodedChar last = chars.remove(chars.size() - 1);
        chars.add(new DecodedChar(last.text(), last.probability(), last.firstFrame(), t));
      } else if (best != 0) {
        chars.add(new DecodedChar(classes[best], bestP, t, t));
      }
      previous = best;
    }
    return new DecodedLine(chars, frames);
  }

  /**
   * One decoded character.
   *
   * @param text the character (a space for the space class)
   * @param probability probability of the first frame of its run, in {@code [0,1]}
   * @param firstFrame first frame of its run
   * @param lastFrame last frame of its run
   */
  record DecodedChar(String text, float probability, int firstFrame, int lastFrame) {
    DecodedChar {
      Objects.requireNonNull(text, "text");
      if (firstFrame < 0 || lastFrame < firstFrame) {
        throw new IllegalArgumentException("bad frame range " + firstFrame + ".." + lastFrame);
      }
    }

    boolean isSpace() {
      return text.isBlank();
    }

    /** Centre of its run, in frames (frame {@code t} spans {@code [t, t+1)}). */
    double centerFrame() {
      return (firstFrame + lastFrame + 1) / 2.0;
    }
  }

  /**
   * A decoded line.
   *
   * @param chars the characters in order, spaces included
   * @param frames number of frames the recognizer produced for the line
   */
  record DecodedLine(List<DecodedChar> chars, int frames) {
    DecodedLine {
      chars = List.copyOf(chars);
    }

    String text() {
      StringBuilder sb = new StringBuilder();
      chars.forEach(ch -> sb.append(ch.text()));
      return sb.toString();
    }

    /** Mean character probability (spaces included, as PaddleOCR), 0 for an empty line. */
    double meanProbability() {
      return chars.stream().mapToDouble(DecodedChar::probability).average().orElse(0);
    }
  }
}
