package dev.recto.templates.recto;

import dev.recto.core.model.BoundingBox;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * How a field's text is found on the document. One of four kinds; each is an immutable, thread-safe
 * record.
 */
public sealed interface Locator {

  /**
   * Regular expressions (Java syntax) searched in the document's layout text ({@link
   * dev.recto.core.text.LayoutTextRenderer}), prepared by the template's {@link TextOptions}; the
   * value is the group named {@code value}, else group 1, else the whole match. Matches are taken
   * pattern by pattern, each in text order; the first that reads as a value wins unless the field
   * has a {@link Grouping}.
   *
   * @param patterns the compiled expressions, at least one
   * @param area the part of the pages searched instead of the whole text ({@link TextArea}), or
   *     null
   */
  record Regex(java.util.List<Pattern> patterns, TextArea area) implements Locator {
    public Regex {
      patterns = java.util.List.copyOf(patterns);
      if (patterns.isEmpty()) {
        throw new IllegalArgumentException("a regex locator needs at least one pattern");
      }
    }

    /** Patterns over the whole text. */
    public Regex(java.util.List<Pattern> patterns) {
      this(patterns, null);
    }

    /** One expression over the whole text. */
    public Regex(Pattern pattern) {
      this(java.util.List.of(Objects.requireNonNull(pattern, "pattern")), null);
    }

    /** The first expression. */
    public Pattern pattern() {
      return patterns.get(0);
    }

    /** The area searched instead of the whole text, when the locator has one. */
    public java.util.Optional<TextArea> areaIfAny() {
      return java.util.Optional.ofNullable(area);
    }
  }

  /**
   * A label printed on the page and the direction in which its value lies.
   *
   * @param label the label's words, matched case- and accent-insensitively as a whole phrase on one
   *     text row; the first occurrence in reading order is used
   * @param direction where the value lies
   * @param distance largest gap between the label and the value's first word, page-relative
   *     (fraction of the page width for {@link Direction#RIGHT}, of its height for {@link
   *     Direction#BELOW}); in {@code (0,1]}
   * @param lines most text rows the value spans, at least 1 (addresses span several); reading stops
   *     earlier at a vertical gap wider than a row's height
   * @param skip for {@link Direction#BELOW}, rows under the label passed over before the value (a
   *     name between a label and an address); 0 for {@link Direction#RIGHT}
   */
  record Anchor(String label, Direction direction, double distance, int lines, int skip)
      implements Locator {
    public Anchor {
      if (label == null || label.isBlank()) {
        throw new IllegalArgumentException("label must not be blank");
      }
      Objects.requireNonNull(direction, "direction");
      if (!(distance > 0 && distance <= 1)) {
        throw new IllegalArgumentException("distance must be in (0,1], was " + distance);
      }
      if (lines < 1) {
        throw new IllegalArgumentException("lines must be >= 1, was " + lines);
      }
      if (skip < 0 || (skip > 0 && direction != Direction.BELOW)) {
        throw new IllegalArgumentException("skip must be >= 0, and 0 unless below, was " + skip);
      }
    }
  }

  /**
   * A fixed region of one page: the value is made of the words whose centre lies inside it, read
   * row by row.
   *
   * @param page zero-based page index
   * @param box the region, page-relative with a top-left origin
   */
  record Region(int page, BoundingBox box) implements Locator {
    public Region {
      if (page < 0) {
        throw new IllegalArgumentException("page must be >= 0, was " + page);
      }
      Objects.requireNonNull(box, "box");
    }
  }

  /**
   * A value the template states rather than reads: the vendor's own name or tax id, printed nowhere
   * in words the text layer or OCR gives. The text is read by the field's type like a located text.
   * Its provenance is the evidence that the template applies: the words of the first match of the
   * template's first match regex, else of its first keyword (so a constant is reported only when
   * the template's own evidence is on the page).
   *
   * @param text the value as it would be printed, not blank
   */
  record Constant(String text) implements Locator {
    public Constant {
      if (text == null || text.isBlank()) {
        throw new IllegalArgumentException("a constant needs a non-blank text");
      }
    }
  }
}
