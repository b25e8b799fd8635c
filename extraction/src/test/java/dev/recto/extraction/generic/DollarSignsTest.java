package dev.recto.extraction.generic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.recto.core.model.BoundingBox;
import dev.recto.core.model.Provenance;
import dev.recto.core.model.Word;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DollarSignsTest {

  private static List<Word> words(String... texts) {
    List<Word> out = new ArrayList<>();
    for (int i = 0; i < texts.length; i++) {
      BoundingBox box = new BoundingBox(0.1, 0.05 * i, 0.2, 0.05 * i + 0.02);
      out.add(new Word(texts[i], box, 0.9, 10, new Provenance(0, box, "test", "test", "1")));
    }
    return out;
  }

  private static List<String> restored(String... texts) {
    return DollarSigns.restore(words(texts)).stream().map(Word::text).toList();
  }

  @Test
  void anSAmountBecomesADollarAmountWhenThePagePrintsDollars() {
    assertThat(restored("$5.50", "Nett", "Total:", "S8.20", "S1,250.00"))
        .containsExactly("$5.50", "Nett", "Total:", "$8.20", "$1,250.00");
  }

  @Test
  void withoutADollarOnThePageNothingChanges() {
    List<Word> in = words("Nett", "Total:", "S8.20");
    assertThat(DollarSigns.restore(in)).isSameAs(in);
  }

  @Test
  void onlyAmountsWithTwoDecimalsRightAfterTheSChange() {
    assertThat(restored("$5.50", "S117,", "S8", "SR", "S8.2", "SS8.20"))
        .containsExactly("$5.50", "S117,", "S8", "SR", "S8.2", "SS8.20");
  }

  @Test
  void theCorrectedWordKeepsItsBoxAndConfidence() {
    List<Word> in = words("$1.00", "S8.20");
    Word out = DollarSigns.restore(in).get(1);
    assertThat(out.box()).isEqualTo(in.get(1).box());
    assertThat(out.confidence()).isEqualTo(in.get(1).confidence());
    assertThat(out.provenance()).isEqualTo(in.get(1).provenance());
  }
}
