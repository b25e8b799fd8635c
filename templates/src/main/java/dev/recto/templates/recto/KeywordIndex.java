package dev.recto.templates.recto;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An inverted index from folded keyword tokens to templates, so that matching looks only at the
 * templates one of whose keywords' tokens occurs in the document, however many templates there are.
 * Each template is filed under the longest token of its first keyword (all keywords must occur, so
 * any one of them is a sound filter); templates without keywords are always candidates.
 *
 * <p>Immutable and thread-safe once built.
 */
final class KeywordIndex {

  private final Map<String, List<Integer>> byToken = new HashMap<>();
  private final List<Integer> always = new ArrayList<>();

  KeywordIndex(List<RectoTemplate> templates) {
    for (int i = 0; i < templates.size(); i++) {
      List<String> keywords = templates.get(i).match().keywords();
      if (keywords.isEmpty()) {
        always.add(i);
        continue;
      }
      String longest = "";
      for (String t : Folding.tokens(keywords.get(0))) {
        if (t.length() > longest.length()) {
          longest = t;
        }
      }
      byToken.computeIfAbsent(longest, k -> new ArrayList<>()).add(i);
    }
  }

  /** Indexes of the candidate templates for a document with these folded tokens, ascending. */
  List<Integer> candidates(Set<String> documentTokens) {
    List<Integer> out = new ArrayList<>(always);
    if (documentTokens.size() < byToken.size()) {
      for (String t : documentTokens) {
        List<Integer> l = byToken.get(t);
        if (l != null) {
          out.addAll(l);
        }
      }
    } else {
      for (Map.Entry<String, List<Integer>> e : byToken.entrySet()) {
        if (documentTokens.contains(e.getKey())) {
          out.addAll(e.getValue());
        }
      }
    }
    out.sort(null);
    return out;
  }
}
