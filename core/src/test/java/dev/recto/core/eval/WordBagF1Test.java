package dev.recto.core.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class WordBagF1Test {

  @Test
  void splitsOnAnyWhitespaceIncludingNoBreakSpace() {
    WordBag bag = WordBag.split("  Total\t12,00\u00A0EUR\nTotal \f");
    assertThat(bag.size()).isEqualTo(4);
    assertThat(bag.count("Total")).isEqualTo(2);
    assertThat(bag.count("12,00")).isEqualTo(1);
    assertThat(bag.count("EUR")).isEqualTo(1);
    assertThat(WordBag.split("   ").size()).isZero();
  }

  @Test
  void scoresByMultisetIntersection() {
    // reference a b b c (4), candidate a b d (3): matched a, b = 2.
    WordBagF1 s = WordBagF1.compare(WordBag.split("a b b c"), WordBag.split("a b d"));
    assertThat(s).isEqualTo(new WordBagF1(4, 3, 2));
    assertThat(s.precision()).isCloseTo(2.0 / 3, within(1e-12));
    assertThat(s.recall()).isCloseTo(0.5, within(1e-12));
    // 2 * (2/3) * (1/2) / (2/3 + 1/2) = (2/3) / (7/6) = 4/7
    assertThat(s.f1()).isCloseTo(4.0 / 7, within(1e-12));
  }

  @Test
  void repeatsCountOnlyAsOftenAsBothHaveThem() {
    // reference x x x, candidate x: matched 1, precision 1, recall 1/3, f1 = 2*(1/3)/(4/3) = 1/2.
    WordBagF1 s = WordBagF1.compare(WordBag.split("x x x"), WordBag.split("x"));
    assertThat(s.matchedWords()).isEqualTo(1);
    assertThat(s.precision()).isEqualTo(1.0);
    assertThat(s.recall()).isCloseTo(1.0 / 3, within(1e-12));
    assertThat(s.f1()).isCloseTo(0.5, within(1e-12));
  }

  @Test
  void comparesExactly() {
    WordBagF1 s = WordBagF1.compare(WordBag.split("Factuur é"), WordBag.split("factuur e\u0301"));
    assertThat(s.matchedWords()).isZero();
    assertThat(s.f1()).isZero();
  }

  @Test
  void emptyBagsFollowTheDocumentedConvention() {
    assertThat(WordBagF1.compare(WordBag.EMPTY, WordBag.EMPTY).f1()).isEqualTo(1.0);
    WordBagF1 nothingFound = WordBagF1.compare(WordBag.split("a b"), WordBag.EMPTY);
    assertThat(nothingFound.precision()).isEqualTo(1.0);
    assertThat(nothingFound.recall()).isZero();
    assertThat(nothingFound.f1()).isZero();
    WordBagF1 allExtra = WordBagF1.compare(WordBag.EMPTY, WordBag.split("a"));
    assertThat(allExtra.precision()).isZero();
    assertThat(allExtra.recall()).isEqualTo(1.0);
    assertThat(allExtra.f1()).isZero();
  }

  @Test
  void microAverageSumsCountsBeforeTheRatios() {
    // file 1: ref 4, cand 3, matched 2; file 2: ref 6, cand 7, matched 6 -> ref 10, cand 10,
    // matched 8
    WordBagF1 sum = new WordBagF1(4, 3, 2).plus(new WordBagF1(6, 7, 6));
    assertThat(sum).isEqualTo(new WordBagF1(10, 10, 8));
    assertThat(sum.precision()).isCloseTo(0.8, within(1e-12));
    assertThat(sum.recall()).isCloseTo(0.8, within(1e-12));
    assertThat(sum.f1()).isCloseTo(0.8, within(1e-12));
  }

  @Test
  void rejectsImpossibleCounts() {
    assertThatThrownBy(() -> new WordBagF1(2, 5, 3)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new WordBagF1(-1, 0, 0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void differenceListsSurplusWordsMostFrequentFirst() {
    WordBag reference = WordBag.of(List.of("a", "b", "b", "b", "c"));
    WordBag candidate = WordBag.of(List.of("b", "d"));
    assertThat(reference.minus(candidate).mostFrequent(10)).containsExactly("b (x2)", "a", "c");
    assertThat(candidate.minus(reference).mostFrequent(10)).containsExactly("d");
    assertThat(reference.plus(candidate).size()).isEqualTo(7);
  }
}
