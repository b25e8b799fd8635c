package dev.recto.ocr.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.recto.core.error.EngineUnavailableException;
import dev.recto.core.ingest.PageImage;
import dev.recto.core.model.BoundingBox;
import dev.recto.core.model.Provenance;
import dev.recto.core.model.Word;
import dev.recto.core.spi.OcrEngine;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The evaluation end to end: fake engines for the scoring, and each real engine on one generated
 * German page (skipped when the engine, its language data or the DejaVu font is missing).
 */
class OcrEvaluationTest {

  /** An engine that returns fixed words in one row, or throws. */
  private static OcrEngine fake(Function<PageImage, List<String>> texts) {
    return new OcrEngine() {
      @Override
      public String id() {
        return "fake";
      }

      @Override
      public List<Word> recognize(PageImage page) {
        List<Word> words = new ArrayList<>();
        List<String> t = texts.apply(page);
        for (int i = 0; i < t.size(); i++) {
          BoundingBox box = new BoundingBox(0.05 * i, 0.1, 0.05 * i + 0.04, 0.12);
          words.add(new Word(t.get(i), box, 0.9, 10, new Provenance(0, box, "fake", "m", "1")));
        }
        return words;
      }

      @Override
      public void close() {}
    };
  }

  private static EvalSet oneBlankPage(String reference, boolean ignoreCase) {
    PageImage image =
        new PageImage(0, new BufferedImage(50, 50, BufferedImage.TYPE_BYTE_GRAY), 300);
    return new EvalSet(
        "fake",
        "one blank page",
        ignoreCase,
        List.of(new EvalSet.Item("p1", () -> new EvalSample("p1", image, reference))));
  }

  @Test
  void scoresWordsCharactersAndDictionarySplit() {
    OcrEngine engine = fake(p -> List.of("Größe", "Total", "12,00", "EUR", "extra"));
    OcrEvalReport report =
        OcrEvaluation.evaluate(
            List.of(oneBlankPage("Größe  Total\n12,00 €", false)), Map.of("fake", engine), s -> {});

    EngineResult r = report.sets().get(0).engines().get(0);
    assertThat(r.words().matchedWords()).isEqualTo(3);
    assertThat(r.words().referenceWords()).isEqualTo(4);
    assertThat(r.words().candidateWords()).isEqualTo(5);
    // "Größe Total 12,00 €" -> "Größe Total 12,00 EUR extra": € -> E, insert "UR extra".
    assertThat(r.cer()).isEqualTo(new CharErrorRate(9, 19));
    assertThat(r.missing().counts()).containsOnlyKeys("€");
    assertThat(r.extra().counts()).containsOnlyKeys("EUR", "extra");
    // Größe and € are outside PP-OCR's dictionary; Größe was found.
    assertThat(r.outsideDictionary().referenceWords()).isEqualTo(2);
    assertThat(r.outsideDictionary().matchedWords()).isEqualTo(1);
    assertThat(r.insideDictionary().referenceWords()).isEqualTo(2);
    assertThat(report.toMarkdown(true))
        .contains("### fake", "| fake | 1 |", "outside PP-OCR's dictionary", "| p1 |");
  }

  @Test
  void foldsCaseWhenTheSetSaysSo() {
    OcrEngine engine = fake(p -> List.of("Total", "Rm", "9.00"));
    EngineResult r =
        OcrEvaluation.evaluate(
                List.of(oneBlankPage("TOTAL RM 9.00", true)), Map.of("fake", engine), s -> {})
            .sets()
            .get(0)
            .engines()
            .get(0);
    assertThat(r.words().f1()).isEqualTo(1.0);
    assertThat(r.cer().rate()).isZero();
  }

  @Test
  void aFailingEngineCountsAsAnEmptyPage() {
    OcrEngine engine =
        fake(
            p -> {
              throw new IllegalStateException("boom");
            });
    OcrEvalReport report =
        OcrEvaluation.evaluate(
            List.of(oneBlankPage("a b", false)), Map.of("fake", engine), s -> {});
    EngineResult r = report.sets().get(0).engines().get(0);
    assertThat(r.failedPages()).isEqualTo(1);
    assertThat(r.pages().get(0).error()).contains("boom");
    assertThat(r.words().f1()).isZero();
    assertThat(r.cer().rate()).isEqualTo(1.0);
    assertThat(report.toMarkdown()).contains("1 (1 failed)");
  }

  private static EvalSet germanPage() {
    assumeTrue(
        Files.isRegularFile(LatinPages.DEFAULT_FONT),
        "DejaVu Sans is not installed (" + LatinPages.DEFAULT_FONT + "), skipping");
    return EvalSets.latin(LatinPages.DEFAULT_FONT).limit(1);
  }

  private static OcrEngine openOrSkip(String label) {
    try {
      return EvalEngines.open(label);
    } catch (EngineUnavailableException | dev.recto.core.error.ModelLoadException e) {
      assumeTrue(false, label + " is not available, skipping: " + e.getMessage());
      throw e;
    }
  }

  private static EngineResult run(String label) {
    EvalSet set = germanPage();
    try (OcrEngine engine = openOrSkip(label)) {
      List<String> progress = new ArrayList<>();
      OcrEvalReport report =
          OcrEvaluation.evaluate(List.of(set), Map.of(label, engine), progress::add);
      assertThat(progress).hasSize(1);
      assertThat(progress.get(0)).contains("latin/de", label);
      assertThat(report.toMarkdown(true))
          .contains("### latin", "| " + label + " | 1 |", "latin/de");
      return report.sets().get(0).engines().get(0);
    }
  }

  @Test
  void ppocrOnAGeneratedGermanPage() {
    EngineResult r = run("ppocr");
    assertThat(r.words().f1()).isGreaterThan(0.6);
    assertThat(r.cer().rate()).isLessThan(0.15);
    assertThat(r.outsideDictionary().referenceWords()).isGreaterThan(10);
    // Words with ö, ß, Ä or Ö cannot come out of PP-OCR's dictionary; € signs and accents are put
    // back from their shapes (CurrencySigns, AccentMarks) and ß from a B after a vowel (SharpS), so
    // some of these words now match, not all.
    assertThat(r.outsideDictionary().matchedWords())
        .isPositive()
        .isLessThan(r.outsideDictionary().referenceWords());
    EngineResult without = run(EvalEngines.PLAIN);
    assertThat(without.outsideDictionary().matchedWords()).isZero();
    assertThat(r.words().f1()).isGreaterThan(without.words().f1());
  }

  @Test
  void tesseractWithTheGermanModelOnAGeneratedGermanPage() {
    assumeTrue(
        Files.isRegularFile(
            dev.recto.ocr.tesseract.TesseractOptions.DEBIAN_TESSDATA.resolve("deu.traineddata")),
        "tesseract-ocr-deu is not installed, skipping");
    EngineResult r = run("tesseract:deu+eng");
    assertThat(r.words().f1()).isGreaterThan(0.95);
    assertThat(r.cer().rate()).isLessThan(0.02);
    assertThat(r.outsideDictionary().recall()).isGreaterThan(0.9);
  }

  @Test
  void tesseractEnglishOnAGeneratedGermanPage() {
    EngineResult r = run("tesseract");
    assertThat(r.words().f1()).isGreaterThan(0.6);
    assertThat(r.cer().rate()).isLessThan(0.15);
  }
}
