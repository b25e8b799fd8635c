package dev.recto.ocr.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.recto.core.spi.OcrEngine;
import dev.recto.ocr.ppocr.PpOcrEngine;
import dev.recto.ocr.ppocr.PpOcrOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The quality ratchet of the PP-OCR engine: word F1 on the shared invoice2data pages at 300 dpi and
 * on the shared SROIE receipts, the two sets of the OCR issue's bars, on the same invoice pages at
 * 150 dpi (small print, where smoothing before recognition counts most), and on the generated
 * German, Spanish and French pages (accents), must not fall below the figures of {@code
 * docs/ocr.md} less a small margin (for float differences between CPUs). Raise the floors when the
 * figures improve. Skipped, saying so, when the shared data (or, for the generated pages, Debian's
 * DejaVu Sans) is absent. About three minutes on two cores.
 */
class PpOcrAccuracyRatchetTest {

  /** Measured 0.952 (2026-11-27, afternoon, `recto eval ocr`); issue bar 0.93. */
  static final double INVOICES300_F1_FLOOR = 0.948;

  /**
   * Measured 0.943 (2026-11-28, small print smoothed before recognition; 0.927 before, 0.921 on
   * 2026-11-27).
   */
  static final double INVOICES150_F1_FLOOR = 0.938;

  /**
   * Measured 0.948 (2026-11-27, late: accents over word-initial capitals; 0.945 that afternoon,
   * 0.840 before).
   */
  static final double LATIN_F1_FLOOR = 0.943;

  /**
   * Measured 0.849 (2026-11-28, later: small print smoothed before recognition; 0.838 that morning
   * with lone glyphs, words set close and N0; 0.810 on 2026-11-27 late, 0.800 before); issue bar
   * 0.90, not met.
   */
  static final double SROIE_F1_FLOOR = 0.844;

  @Test
  void wordF1HoldsItsFloors() throws Exception {
    Optional<Path> data = EvalSets.findSharedData(Path.of(""));
    assumeTrue(
        data.isPresent()
            && Files.isDirectory(data.get().resolve(EvalSets.INVOICES))
            && Files.isDirectory(data.get().resolve(EvalSets.SROIE)),
        "no shared/data with "
            + EvalSets.INVOICES
            + " and "
            + EvalSets.SROIE
            + " above the working directory, skipping the OCR ratchet");
    List<EvalSet> sets =
        List.of(
            EvalSets.byName("invoices300", data.get()),
            EvalSets.byName("sroie", data.get()),
            EvalSets.byName("invoices150", data.get()));
    try (PpOcrEngine engine = PpOcrEngine.create(PpOcrOptions.defaults())) {
      OcrEvalReport report =
          OcrEvaluation.evaluate(sets, Map.<String, OcrEngine>of("ppocr", engine), line -> {});
      double invoices = report.sets().get(0).engines().get(0).words().f1();
      double sroie = report.sets().get(1).engines().get(0).words().f1();
      double invoices150 = report.sets().get(2).engines().get(0).words().f1();
      System.out.printf(
          "PP-OCR word F1: invoices300 %.4f, sroie %.4f, invoices150 %.4f%n",
          invoices, sroie, invoices150);
      assertThat(invoices).isGreaterThanOrEqualTo(INVOICES300_F1_FLOOR);
      assertThat(sroie).isGreaterThanOrEqualTo(SROIE_F1_FLOOR);
      assertThat(invoices150).isGreaterThanOrEqualTo(INVOICES150_F1_FLOOR);
    }
  }

  @Test
  void latinPagesHoldTheirFloor() throws Exception {
    assumeTrue(
        Files.isRegularFile(LatinPages.DEFAULT_FONT),
        "no "
            + LatinPages.DEFAULT_FONT
            + " (Debian fonts-dejavu-core), skipping the Latin ratchet");
    try (PpOcrEngine engine = PpOcrEngine.create(PpOcrOptions.defaults())) {
      OcrEvalReport report =
          OcrEvaluation.evaluate(
              List.of(EvalSets.latin(LatinPages.DEFAULT_FONT)),
              Map.<String, OcrEngine>of("ppocr", engine),
              line -> {});
      double latin = report.sets().get(0).engines().get(0).words().f1();
      System.out.printf("PP-OCR word F1: latin %.4f%n", latin);
      assertThat(latin).isGreaterThanOrEqualTo(LATIN_F1_FLOOR);
    }
  }
}
