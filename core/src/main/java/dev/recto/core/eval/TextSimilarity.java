package dev.recto.core.eval;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Line-level comparison of two layout texts. Stateless and thread-safe.
 *
 * <p>A text is split into lines at {@code \n} and {@code \f}; a line is <em>normalized</em> by
 * collapsing every run of horizontal whitespace to one space and trimming it; blank lines are
 * dropped.
 */
final class TextSimilarity {

  private static final Pattern SPACE_RUN = Pattern.compile("\\h+");

  private TextSimilarity() {}

  /** The non-blank lines of a text, normalized. */
  static List<String> normalizedLines(String text) {
    List<String> out = new ArrayList<>();
    for (String raw : rawLines(text)) {
      String n = normalize(raw);
      if (!n.isEmpty()) {
        out.add(n);
      }
    }
    return out;
  }

  static String normalize(String line) {
    return SPACE_RUN.matcher(line).replaceAll(" ").trim();
  }

  private static String[] rawLines(String text) {
    return text.replace('\f', '\n').split("\n", -1);
  }

  /**
   * How many of the reference's lines occur in the candidate, as a multiset: a line that the
   * reference has twice counts twice only if the candidate has it twice.
   */
  static int matchedLines(List<String> reference, List<String> candidate) {
    Map<String, Integer> available = new HashMap<>();
    for (String c : candidate) {
      available.merge(c, 1, Integer::sum);
    }
    int matched = 0;
    for (String r : reference) {
      Integer n = available.get(r);
      if (n != null && n > 0) {
        available.put(r, n - 1);
        matched++;
      }
    }
    return matched;
  }

  /**
   * 1 minus the Levenshtein distance of the two texts divided by the longer length, in {@code
   * [0,1]}; 1 when both are empty. Texts are compared as their normalized lines joined by {@code
   * \n}.
   */
  static double similarity(String reference, String candidate) {
    String a = String.join("\n", normalizedLines(reference));
    String b = String.join("\n", normalizedLines(candidate));
    int longest = Math.max(a.length(), b.length());
    if (longest == 0) {
      return 1.0;
    }
    return 1.0 - (double) levenshtein(a, b) / longest;
  }

  static int levenshtein(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      char ca = a.charAt(i - 1);
      for (int j = 1; j <= b.length(); j++) {
        int substitute = prev[j - 1] + (ca == b.charAt(j - 1) ? 0 : 1);
        cur[j] = Math.min(substitute, Math.min(prev[j], cur[j - 1]) + 1);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }

  /**
   * Agreement of word gaps on lines the two texts share. Reference lines are paired with equal
   * (after normalization) candidate lines in order; on each pair every gap between two tokens is
   * either a single space or a wide gap (two or more), and a gap agrees when both texts have the
   * same kind.
   *
   * @return {@code {gaps, agreeing}}
   */
  static int[] gapAgreement(String reference, String candidate) {
    Map<String, Deque<String>> byNormal = new HashMap<>();
    for (String raw : rawLines(candidate)) {
      String n = normalize(raw);
      if (!n.isEmpty()) {
        byNormal.computeIfAbsent(n, k -> new ArrayDeque<>()).add(raw);
      }
    }
    int gaps = 0;
    int agreeing = 0;
    for (String raw : rawLines(reference)) {
      String n = normalize(raw);
      Deque<String> match = n.isEmpty() ? null : byNormal.get(n);
      if (match == null || match.isEmpty()) {
        continue;
      }
      List<Boolean> r = wideGaps(raw);
      List<Boolean> c = wideGaps(match.poll());
      for (int i = 0; i < Math.min(r.size(), c.size()); i++) {
        gaps++;
        if (r.get(i).equals(c.get(i))) {
          agreeing++;
        }
      }
    }
    return new int[] {gaps, agreeing};
  }

  /** For each gap between tokens of a line: true when it is two or more spaces wide. */
  private static List<Boolean> wideGaps(String raw) {
    List<Boolean> out = new ArrayList<>();
    Matcher m = SPACE_RUN.matcher(raw.strip());
    while (m.find()) {
      out.add(m.end() - m.start() >= 2);
    }
    return out;
  }
}
