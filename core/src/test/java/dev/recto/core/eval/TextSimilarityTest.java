package dev.recto.core.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextSimilarityTest {

  @Test
  void normalizedLinesCollapseSpacesAndDropBlankLines() {
    assertThat(TextSimilarity.normalizedLines("  Total     12.00  \n\n   \fPage\t 2\n"))
        .containsExactly("Total 12.00", "Page 2");
  }

  @Test
  void matchedLinesCountAsAMultiset() {
    List<String> reference = List.of("a", "a", "b", "c");
    List<String> candidate = List.of("a", "b", "b", "d");

    assertThat(TextSimilarity.matchedLines(reference, candidate)).isEqualTo(2);
  }

  @Test
  void levenshteinAndSimilarity() {
    assertThat(TextSimilarity.levenshtein("kitten", "sitting")).isEqualTo(3);
    assertThat(TextSimilarity.similarity("a  b\n\nc", "a b\nc")).isEqualTo(1.0);
    assertThat(TextSimilarity.similarity("abcd", "abcx")).isCloseTo(0.75, within(1e-9));
    assertThat(TextSimilarity.similarity("", "")).isEqualTo(1.0);
  }

  @Test
  void gapAgreementComparesSingleAndWideGapsOnMatchedLines() {
    String reference = "Invoice Number:     42\nTotal   12.00\nonly here\n";
    String candidate = "  Invoice Number:  42\nTotal 12.00\n";

    int[] gaps = TextSimilarity.gapAgreement(reference, candidate);

    // Line 1: "Invoice|Number:" single in both, "Number:|42" wide in both; line 2 differs.
    assertThat(gaps).containsExactly(3, 2);
  }
}
