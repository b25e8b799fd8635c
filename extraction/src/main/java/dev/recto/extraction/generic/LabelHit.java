package dev.recto.extraction.generic;

import dev.recto.core.model.BoundingBox;
import dev.recto.core.model.Word;
import java.util.List;
import java.util.Objects;

/**
 * A label found in a segment: words {@code [firstWord, endWord)} of {@code segment} spell a lexicon
 * phrase.
 *
 * @param role what the label announces
 * @param language the language of the matched phrase
 * @param segment the segment holding the label
 * @param firstWord index of the label's first word in the segment
 * @param endWord index after the label's last word
 * @param valueEnd index after the last word that may belong to this label's value: the next label's
 *     first word in the same segment, or the segment's end
 * @param quality 1 for an exact match, less for a fuzzy one (OCR errors)
 */
record LabelHit(
    LabelRole role,
    String language,
    Segment segment,
    int firstWord,
    int endWord,
    int valueEnd,
    double quality) {

  LabelHit {
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(segment, "segment");
    if (firstWord < 0 || endWord <= firstWord || valueEnd < endWord) {
      throw new IllegalArgumentException("bad word range " + firstWord + ".." + endWord);
    }
  }

  /** The words after the label that may hold its value (empty when the label ends its cell). */
  List<Word> valueWords() {
    return segment.words().subList(endWord, valueEnd);
  }

  /** The label's own words. */
  List<Word> labelWords() {
    return segment.words().subList(firstWord, endWord);
  }

  /** The union of the label's word boxes, page-relative. */
  BoundingBox box() {
    BoundingBox b = labelWords().get(0).box();
    for (Word w : labelWords()) {
      b = b.union(w.box());
    }
    return b;
  }

  /** True when the label is all its segment holds. */
  boolean wholeSegment() {
    return firstWord == 0 && endWord == segment.words().size();
  }

  /** True when the label's last word ends with a colon. */
  boolean endsWithColon() {
    String last = labelWords().get(labelWords().size() - 1).text();
    return last.endsWith(":");
  }
}
