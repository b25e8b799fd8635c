package dev.recto.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.recto.core.error.EngineUnavailableException;
import dev.recto.ocr.eval.LatinPages;
import dev.recto.ocr.tesseract.TesseractEngine;
import dev.recto.ocr.tesseract.TesseractOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalOcrCommandTest {

  @TempDir Path dir;

  @Test
  void printsATablePerSet() throws IOException {
    assumeTrue(Files.isRegularFile(LatinPages.DEFAULT_FONT), "DejaVu Sans missing, skipping");
    try (TesseractEngine probe = TesseractEngine.create(TesseractOptions.defaults())) {
      assertThat(probe.id()).isEqualTo("tesseract");
    } catch (EngineUnavailableException e) {
      assumeTrue(false, "Tesseract is not installed, skipping: " + e.getMessage());
    }
    // The latin set is generated, so an empty data folder is enough.
    Path data = Files.createDirectories(dir.resolve("data"));
    ExtractCommandTest.Run r =
        ExtractCommandTest.run(
            "eval",
            "ocr",
            "--engines",
            "tesseract",
            "--sets",
            "latin",
            "--limit",
            "1",
            "--data",
            data.toString(),
            "--pages");
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out())
        .contains("### latin", "| engine | pages | precision | recall | F1 | CER | ms/page |")
        .contains("| tesseract | 1 |", "| latin/de |");
    assertThat(r.err()).contains("latin 1/1 latin/de tesseract F1");
  }

  @Test
  void badSetsAndLimitsAreUsageErrors() {
    ExtractCommandTest.Run unknown =
        ExtractCommandTest.run("eval", "ocr", "--sets", "nope", "--data", dir.toString());
    assertThat(unknown.exitCode()).isEqualTo(RectoCli.EXIT_USAGE);
    assertThat(unknown.err()).contains("unknown set 'nope'", "invoices300");
    ExtractCommandTest.Run zero =
        ExtractCommandTest.run("eval", "ocr", "--limit", "0", "--data", dir.toString());
    assertThat(zero.exitCode()).isEqualTo(RectoCli.EXIT_USAGE);
    ExtractCommandTest.Run engine =
        ExtractCommandTest.run(
            "eval", "ocr", "--engines", "nope", "--sets", "latin", "--data", dir.toString());
    assertThat(engine.exitCode()).isEqualTo(RectoCli.EXIT_USAGE);
    assertThat(engine.err()).contains("unknown engine 'nope'");
  }
}
