package dev.recto.templates.recto;

import java.util.List;
import java.util.regex.Pattern;

/**
 * How a template recognises its vendor's documents.
 *
 * <p>A document is a candidate only when it contains every keyword and regex and none of the
 * exclude keywords; its score is then {@code 0.8 + 0.2 x} the share of layout marks found in place
 * (1 when there are none), see {@link TemplateMatcher}.
 *
 * <p>Immutable and thread-safe; lists are copied.
 *
 * @param keywords phrases that must all occur, compared as whole words after case and accent
 *     folding (see {@link Folding})
 * @param excludeKeywords phrases none of which may occur, compared the same way
 * @param regexes Java expressions that must all be found in the layout text
 * @param layout an optional layout fingerprint; empty for none
 */
public record MatchRules(
    List<String> keywords,
    List<String> excludeKeywords,
    List<Pattern> regexes,
    List<LayoutMark> layout) {

  public MatchRules {
    keywords = List.copyOf(keywords);
    excludeKeywords = List.copyOf(excludeKeywords);
    regexes = List.copyOf(regexes);
    layout = List.copyOf(layout);
    for (String k : keywords) {
      if (Folding.tokens(k).isEmpty()) {
        throw new IllegalArgumentException("keyword '" + k + "' has no letters or digits");
      }
    }
    if (keywords.isEmpty() && regexes.isEmpty()) {
      throw new IllegalArgumentException("a template needs at least one keyword or regex");
    }
  }
}
