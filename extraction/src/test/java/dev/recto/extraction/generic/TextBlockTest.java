package dev.recto.extraction.generic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.recto.core.model.BoundingBox;
import dev.recto.core.model.Provenance;
import dev.recto.core.model.Word;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextBlockTest {

  private static Word word(String text, double left, double right) {
    BoundingBox box = new BoundingBox(left, 0.1, right, 0.12);
    return new Word(text, box, 1.0, 10, new Provenance(0, box, "test", "test", "1"));
  }

  @Test
  void partsOfOneWordCutAtALabelAreJoinedAsPrinted() {
    List<Word> line = new ArrayList<>(WordSplitter.split(word("NO.53", 0.10, 0.15)));
    line.add(word("JALAN", 0.16, 0.22));
    assertThat(line).extracting(Word::text).containsExactly("NO.", "53", "JALAN");
    assertThat(TextBlock.text(line)).isEqualTo("NO.53 JALAN");
  }

  @Test
  void wordsWithAGapBetweenThemKeepTheirSpace() {
    List<Word> line = List.of(word("NO.", 0.10, 0.13), word("53", 0.135, 0.15));
    assertThat(TextBlock.text(line)).isEqualTo("NO. 53");
  }
}
