package dev.recto.extraction.generic;

import dev.recto.core.model.BoundingBox;
import dev.recto.core.model.Provenance;
import dev.recto.core.model.Word;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a word where a label runs into its value without a space: {@code n°562044387}, {@code
 * No.:4711}, {@code Nr.2024-12}, {@code #A-17}. The parts get boxes proportional to their
 * characters (an approximation: no glyph widths at this stage). Other words are returned as they
 * are. Stateless.
 */
final class WordSplitter {

  /** A number sign or colon after letters, followed directly by a letter or digit. */
  private static final Pattern GLUED =
      Pattern.compile(
          "^(\\p{L}{0,12}\\.?\\s?(?:[°º#]|\\.:|:|(?<=\\p{L})\\.(?=\\d)))([\\p{L}\\p{N}].*)$");

  private WordSplitter() {}

  /** The word, or its label part and value part. */
  static List<Word> split(Word w) {
    Matcher m = GLUED.matcher(w.text());
    if (!m.matches() || m.group(1).chars().anyMatch(Character::isDigit)) {
      return List.of(w);
    }
    String head = m.group(1);
    String tail = m.group(2);
    if (head.length() == 1 && !head.equals("#") && !head.equals("°") && !head.equals("º")) {
      return List.of(w);
    }
    double cut = (double) head.length() / w.text().length();
    BoundingBox b = w.box();
    double x = b.left() + cut * b.width();
    return List.of(
        part(w, head, new BoundingBox(b.left(), b.top(), x, b.bottom())),
        part(w, tail, new BoundingBox(x, b.top(), b.right(), b.bottom())));
  }

  private static Word part(Word w, String text, BoundingBox box) {
    Provenance p = w.provenance();
    return new Word(
        text,
        box,
        w.confidence(),
        w.fontSize(),
        new Provenance(p.pageIndex(), box, p.engineId(), p.modelId(), p.modelVersion()));
  }
}
