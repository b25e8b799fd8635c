package dev.recto.core.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class LayoutTextReportTest {

  @Test
  void scoresAFileAgainstItsReference() {
    String reference = "Invoice   42\n\nTotal      12.00\nFooter\f";
    String rendered = "Invoice  42\nTotal 12.00\f";

    LayoutTextReport.FileScore s = LayoutTextEvaluation.score("a.pdf", true, reference, rendered);

    assertThat(s.referenceLines()).isEqualTo(3);
    assertThat(s.renderedLines()).isEqualTo(2);
    assertThat(s.matchedLines()).isEqualTo(2);
    assertThat(s.lineRecall()).isCloseTo(2.0 / 3, within(1e-9));
    assertThat(s.gaps()).isEqualTo(2);
    assertThat(s.agreeingGaps()).isEqualTo(1);
    assertThat(s.similarity()).isBetween(0.0, 1.0);
  }

  @Test
  void overallFiguresPoolLinesAndAverageSimilarity() {
    var a = new LayoutTextReport.FileScore("a.pdf", true, 10, 10, 9, 0.9, 4, 4);
    var b = new LayoutTextReport.FileScore("b.pdf", true, 30, 30, 30, 1.0, 6, 3);
    var report = new LayoutTextReport(List.of(a, b));

    assertThat(report.lineRecall()).isCloseTo(39.0 / 40, within(1e-9));
    assertThat(report.meanSimilarity()).isCloseTo(0.95, within(1e-9));
    assertThat(report.gapAgreement()).isCloseTo(0.7, within(1e-9));
    assertThat(report.toMarkdown())
        .contains("| a.pdf | 10 | 10 | 9 | 0.900 | 0.900 | 4 | 1.000 |")
        .contains(
            "| **overall** (2 files) | 40 | 40 | 39 | **0.975** | **0.950** | 10 | **0.700** |");
  }

  @Test
  void rejectsInconsistentCounts() {
    assertThatThrownBy(() -> new LayoutTextReport.FileScore("x", true, 2, 5, 3, 0.5, 0, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new LayoutTextReport.FileScore("x", true, 2, 2, 2, 1.5, 0, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
