package dev.recto.core.eval;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A multiset of words: how many times each exact string occurs, order ignored.
 *
 * <p>Words are compared exactly (case, accents and punctuation count). Immutable and thread-safe.
 *
 * <pre>{@code
 * WordBag bag = WordBag.split("Total  12,00 EUR\nTotal");  // {Total=2, 12,00=1, EUR=1}
 * }</pre>
 *
 * @param counts occurrences per word; every count is positive and no word is blank
 */
public record WordBag(Map<String, Integer> counts) {

  /** The bag with no words. */
  public static final WordBag EMPTY = new WordBag(Map.of());

  public WordBag {
    Objects.requireNonNull(counts, "counts");
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      if (e.getKey() == null || e.getKey().isBlank()) {
        throw new IllegalArgumentException("a bag's words must not be blank");
      }
      if (e.getValue() == null || e.getValue() <= 0) {
        throw new IllegalArgumentException(
            "count of '" + e.getKey() + "' must be positive, was " + e.getValue());
      }
    }
    counts = Map.copyOf(counts);
  }

  /** The bag of the given words; blank strings are skipped. */
  public static WordBag of(Collection<String> words) {
    Map<String, Integer> counts = new HashMap<>();
    for (String w : words) {
      if (w != null && !w.isBlank()) {
        counts.merge(w, 1, Integer::sum);
      }
    }
    return new WordBag(counts);
  }

  /**
   * The bag of a text split on whitespace, as {@code split()} in shell tools does: runs of Unicode
   * whitespace and space separators (including no-break spaces) separate words.
   */
  public static WordBag split(String text) {
    return of(List.of(text.strip().split("[\\s\\p{Z}]+")));
  }

  /** Number of words, counting repeats. */
  public int size() {
    return counts.values().stream().mapToInt(Integer::intValue).sum();
  }

  /** Number of times {@code word} occurs, 0 when it does not. */
  public int count(String word) {
    return counts.getOrDefault(word, 0);
  }

  /** Size of the multiset intersection: per word the smaller of the two counts, summed. */
  public int intersectionSize(WordBag other) {
    int n = 0;
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      n += Math.min(e.getValue(), other.count(e.getKey()));
    }
    return n;
  }

  /** The words of this bag that {@code other} lacks, with the surplus counts. */
  public WordBag minus(WordBag other) {
    Map<String, Integer> left = new HashMap<>();
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      int surplus = e.getValue() - other.count(e.getKey());
      if (surplus > 0) {
        left.put(e.getKey(), surplus);
      }
    }
    return new WordBag(left);
  }

  /** The sum of both bags. */
  public WordBag plus(WordBag other) {
    Map<String, Integer> sum = new HashMap<>(counts);
    other.counts.forEach((w, c) -> sum.merge(w, c, Integer::sum));
    return new WordBag(sum);
  }

  /**
   * Up to {@code limit} words, most frequent first (ties by word), each repeated by its count
   * within the limit; for reports.
   */
  public List<String> mostFrequent(int limit) {
    return counts.entrySet().stream()
        .sorted(
            Comparator.<Map.Entry<String, Integer>>comparingInt(Map.Entry::getValue)
                .reversed()
                .thenComparing(Map.Entry::getKey))
        .limit(limit)
        .map(e -> e.getValue() == 1 ? e.getKey() : e.getKey() + " (x" + e.getValue() + ")")
        .collect(Collectors.toList());
  }
}
