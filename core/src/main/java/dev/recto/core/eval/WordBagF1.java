package dev.recto.core.eval;

/**
 * How well a candidate bag of words matches a reference bag, by multiset intersection.
 *
 * <p>A word counts as matched as often as it occurs in both bags (the smaller count). Precision is
 * matched over candidate words, recall matched over reference words, F1 their harmonic mean. An
 * empty candidate has precision 1 (it says nothing wrong) and an empty reference has recall 1
 * (nothing was missed), so two empty bags score 1 and an empty bag against a non-empty one scores
 * F1 0. Results of several documents add up with {@link #plus} into a micro average (counts summed,
 * then the ratios).
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * WordBagF1 s = WordBagF1.compare(WordBag.split("a b b c"), WordBag.split("a b d"));
 * // matched 2 (a, b), precision 2/3, recall 2/4, f1 4/7
 * }</pre>
 *
 * @param referenceWords words in the reference bag, counting repeats
 * @param candidateWords words in the candidate bag, counting repeats
 * @param matchedWords size of the multiset intersection; at most either count
 */
public record WordBagF1(int referenceWords, int candidateWords, int matchedWords) {

  /** The score of nothing against nothing, the start of a sum. */
  public static final WordBagF1 ZERO = new WordBagF1(0, 0, 0);

  public WordBagF1 {
    if (referenceWords < 0 || candidateWords < 0 || matchedWords < 0) {
      throw new IllegalArgumentException(
          "counts must be >= 0: " + referenceWords + ", " + candidateWords + ", " + matchedWords);
    }
    if (matchedWords > referenceWords || matchedWords > candidateWords) {
      throw new IllegalArgumentException(
          "matched "
              + matchedWords
              + " exceeds reference "
              + referenceWords
              + " or candidate "
              + candidateWords);
    }
  }

  /** Scores {@code candidate} against {@code reference}. */
  public static WordBagF1 compare(WordBag reference, WordBag candidate) {
    return new WordBagF1(reference.size(), candidate.size(), reference.intersectionSize(candidate));
  }

  /** Matched over candidate words; 1 when the candidate is empty. */
  public double precision() {
    return candidateWords == 0 ? 1.0 : (double) matchedWords / candidateWords;
  }

  /** Matched over reference words; 1 when the reference is empty. */
  public double recall() {
    return referenceWords == 0 ? 1.0 : (double) matchedWords / referenceWords;
  }

  /** Harmonic mean of precision and recall; 0 when both are 0. */
  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
  }

  /** The counts of both summed, for a micro average over documents. */
  public WordBagF1 plus(WordBagF1 other) {
    return new WordBagF1(
        referenceWords + other.referenceWords,
        candidateWords + other.candidateWords,
        matchedWords + other.matchedWords);
  }
}
