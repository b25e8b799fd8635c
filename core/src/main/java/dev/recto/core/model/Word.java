package dev.recto.core.model;

import java.util.List;
import java.util.Objects;

/**
 * One word: a run of non-space characters with its box.
 *
 * <p>Immutable and thread-safe.
 *
 * @param text the characters, never blank and never containing whitespace
 * @param box the word's box, see {@link BoundingBox} for the coordinate space; for text-layer words
 *     it spans the font's ascent to descent
 * @param confidence how sure the producing engine is of the text, in {@code [0,1]}; 1 for the text
 *     layer
 * @param fontSize font size in PDF points for text-layer words; for OCR words an estimate from the
 *     box height, 0 when unknown
 * @param provenance page, box, engine and model that produced the word
 */
public record Word(
    String text, BoundingBox box, double confidence, double fontSize, Provenance provenance) {

  public Word {
    Objects.requireNonNull(text, "text");
    if (text.isBlank()) {
      throw new IllegalArgumentException("a word's text must not be blank");
    }
    Objects.requireNonNull(box, "box");
    if (!(confidence >= 0.0 && confidence <= 1.0)) {
      throw new IllegalArgumentException("confidence must be in [0,1], was " + confidence);
    }
    if (!(fontSize >= 0.0) || Double.isInfinite(fontSize)) {
      throw new IllegalArgumentException("fontSize must be finite and >= 0, was " + fontSize);
    }
    Objects.requireNonNull(provenance, "provenance");
  }

  /** The texts of {@code words} joined by single spaces, in list order. */
  public static String joinTexts(List<Word> words) {
    StringBuilder sb = new StringBuilder();
    for (Word w : words) {
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.append(w.text());
    }
    return sb.toString();
  }
}
