package dev.recto.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.recto.core.model.Block;
import dev.recto.core.model.BoundingBox;
import dev.recto.core.model.Line;
import dev.recto.core.model.Provenance;
import dev.recto.core.model.Word;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineGrouperTest {

  private static Word word(String text, double left, double top, double right, double bottom) {
    BoundingBox box = new BoundingBox(left, top, right, bottom);
    return new Word(text, box, 1, 10, new Provenance(0, box, "t", "m", "1"));
  }

  @Test
  void wordsOnOneRowFormALineLeftToRightDespiteBaselineJitter() {
    List<Line> lines =
        LineGrouper.group(
            List.of(
                word("world", 0.20, 0.101, 0.28, 0.121),
                word("Hello", 0.10, 0.100, 0.18, 0.120),
                word("Next", 0.10, 0.130, 0.16, 0.150)));
    assertThat(lines).extracting(Line::text).containsExactly("Hello world", "Next");
  }

  @Test
  void aTallHeadingDoesNotFuseTheSmallLinesBesideIt() {
    // Two 10-pt lines on the left, a 28-pt heading on the right spanning both.
    List<Line> lines =
        LineGrouper.group(
            List.of(
                word("Sammy", 0.08, 0.034, 0.14, 0.046),
                word("Maystone", 0.146, 0.034, 0.22, 0.046),
                word("smaystone4@fake.com", 0.08, 0.049, 0.25, 0.061),
                word("INVOICE", 0.75, 0.035, 0.96, 0.071)));
    assertThat(lines)
        .extracting(Line::text)
        .containsExactly("Sammy Maystone", "INVOICE", "smaystone4@fake.com");
  }

  @Test
  void aWideGapSplitsColumns() {
    List<Line> lines =
        LineGrouper.group(
            List.of(word("Left", 0.10, 0.1, 0.15, 0.12), word("Right", 0.60, 0.1, 0.66, 0.12)));
    assertThat(lines).extracting(Line::text).containsExactly("Left", "Right");
  }

  @Test
  void blocksJoinCloseAlignedLines() {
    List<Line> lines =
        LineGrouper.group(
            List.of(
                word("Acme", 0.1, 0.10, 0.2, 0.12),
                word("Street", 0.1, 0.125, 0.2, 0.145),
                word("Total", 0.1, 0.40, 0.2, 0.42)));
    List<Block> blocks = BlockGrouper.group(lines);
    assertThat(blocks).hasSize(2);
    assertThat(blocks.get(0).lines()).hasSize(2);
  }
}
