package dev.recto.core.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Quality ratchet: Recto's layout text against {@code pdftotext -layout} on the real invoices in
 * {@code shared/data/invoice2data/compare}, the folder that sits beside the repository. Skipped
 * when the folder or pdftotext is missing. Raise the floors when the figures improve; see {@code
 * docs/layout-text.md}.
 */
class LayoutTextVsPdftotextTest {

  /** Measured 2026-11-26: 389 of 395 lines. */
  private static final double MEASURED_LINE_RECALL = 0.990;

  private static final double MEASURED_SIMILARITY = 0.995;

  private static final double MEASURED_GAP_AGREEMENT = 0.999;

  private static final double TOLERANCE = 0.01;

  /** Walks up from the working directory to the first folder holding {@code shared/data}. */
  static Optional<Path> compareFolder() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.isDirectory(dir.resolve("shared").resolve("data"))) {
        Path folder = dir.resolve("shared/data/invoice2data/compare");
        return Files.isDirectory(folder) ? Optional.of(folder) : Optional.empty();
      }
    }
    return Optional.empty();
  }

  @Test
  void layoutTextMatchesPdftotextLayout() throws IOException {
    Optional<Path> folder = compareFolder();
    assumeTrue(
        folder.isPresent(),
        "no shared/data/invoice2data/compare folder above " + Path.of("").toAbsolutePath());
    assumeTrue(
        LayoutTextEvaluation.pdftotextAvailable(),
        "pdftotext (poppler-utils) is not on the PATH; install it to run this comparison");

    LayoutTextReport report = LayoutTextEvaluation.evaluate(folder.get());
    String table = report.toMarkdown();

    assertThat(report.files()).as(table).hasSize(11);
    assertThat(report.lineRecall())
        .as("line recall, measured %.3f%n%s", MEASURED_LINE_RECALL, table)
        .isGreaterThanOrEqualTo(MEASURED_LINE_RECALL - TOLERANCE);
    assertThat(report.meanSimilarity())
        .as("similarity, measured %.3f%n%s", MEASURED_SIMILARITY, table)
        .isGreaterThanOrEqualTo(MEASURED_SIMILARITY - TOLERANCE);
    assertThat(report.gapAgreement())
        .as("gap agreement, measured %.3f%n%s", MEASURED_GAP_AGREEMENT, table)
        .isGreaterThanOrEqualTo(MEASURED_GAP_AGREEMENT - TOLERANCE);
  }
}
