package dev.recto.core.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Quality ratchet: Recto's text layer against poppler's {@code pdftotext} on the invoice2data
 * sample invoices in {@code shared/data/invoice2data/compare}, a folder beside the repository root
 * (found by walking up from the working directory). Skipped when the folder or {@code pdftotext} is
 * absent. Raise the thresholds when the figures improve; see {@code docs/text-layer.md}.
 */
class TextLayerVsPdftotextTest {

  /** Overall (micro) word-bag F1 must not fall below this; measured 0.9981. */
  static final double MIN_F1 = 0.998;

  /** Share of matched words whose left and right edges are within 1% of poppler's; measured 1.0. */
  static final double MIN_HORIZONTAL_BOX_AGREEMENT = 0.99;

  static final Path RELATIVE = Path.of("shared", "data", "invoice2data", "compare");

  private static TextLayerReport report;

  @BeforeAll
  static void evaluate() {
    Optional<Path> dir = locate(Path.of("").toAbsolutePath());
    Assumptions.assumeTrue(
        dir.isPresent(),
        "skipped: no "
            + RELATIVE
            + " beside the repository root (walked up from "
            + Path.of("").toAbsolutePath()
            + ")");
    PdftotextRunner poppler = PdftotextRunner.onPath();
    Assumptions.assumeTrue(
        poppler.isAvailable(),
        "skipped: pdftotext (poppler-utils) is not on the PATH; install it to run this comparison");
    report = TextLayerEvaluation.evaluate(dir.get(), poppler);
    System.out.println(report.toText());
  }

  static Optional<Path> locate(Path start) {
    for (Path p = start; p != null; p = p.getParent()) {
      Path candidate = p.resolve(RELATIVE);
      if (Files.isDirectory(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  @Test
  void wordsMatchPdftotext() {
    assertThat(report.files()).as("PDFs evaluated").isNotEmpty();
    double f1 = report.words().f1();
    assertThat(f1)
        .as(
            "overall word-bag F1 vs pdftotext was %s (bar %s)%n%s",
            String.format(Locale.ROOT, "%.4f", f1), MIN_F1, report.toText())
        .isGreaterThanOrEqualTo(MIN_F1);
  }

  @Test
  void boxesAgreeWithPdftotextHorizontally() {
    double share = report.boxes().horizontalShare();
    assertThat(report.boxes().matchedWords()).isPositive();
    assertThat(share)
        .as(
            "share of matched words with left/right within 1%% of page width was %s (bar %s)",
            String.format(Locale.ROOT, "%.4f", share), MIN_HORIZONTAL_BOX_AGREEMENT)
        .isGreaterThanOrEqualTo(MIN_HORIZONTAL_BOX_AGREEMENT);
  }
}
