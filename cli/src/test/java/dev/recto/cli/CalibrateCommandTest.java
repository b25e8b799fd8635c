package dev.recto.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.recto.extraction.calibration.CalibrationArtifact;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CalibrateCommandTest {

  @Test
  void fitsAnArtifactThatEvalAndExtractUse(@TempDir Path dir) throws IOException {
    Path docs = dir.resolve("docs");
    ExtractCommandTest.Run synth =
        ExtractCommandTest.run("synth", "--count", "6", "--seed", "9", "--out", docs.toString());
    assertThat(synth.exitCode()).as(synth.err()).isZero();

    Path artifact = dir.resolve("calibration.json");
    ExtractCommandTest.Run fit =
        ExtractCommandTest.run(
            "calibrate",
            "--docs",
            docs.toString(),
            "--ocr",
            "off",
            "--method",
            "isotonic",
            "--out",
            artifact.toString());
    assertThat(fit.exitCode()).as(fit.err()).isZero();
    assertThat(fit.out()).contains("fitted isotonic on").contains("of 6 documents");
    CalibrationArtifact a = CalibrationArtifact.read(artifact);
    assertThat(a.documents()).isEqualTo(6);
    assertThat(a.fields()).isGreaterThan(60);

    Path report = dir.resolve("report");
    ExtractCommandTest.Run eval =
        ExtractCommandTest.run(
            "eval",
            "calibration",
            docs.toString(),
            "--ocr",
            "off",
            "--calibration",
            artifact.toString(),
            "--out",
            report.toString());
    assertThat(eval.exitCode()).as(eval.err()).isZero();
    assertThat(eval.out()).contains("| calibrated |").contains("ECE (15 bins)");
    assertThat(report.resolve("report.md")).isRegularFile();
    assertThat(report.resolve("reliability.png")).isRegularFile();
    assertThat(report.resolve("reliability.svg")).isRegularFile();

    ExtractCommandTest.Run extract =
        ExtractCommandTest.run(
            "extract",
            "--calibration",
            artifact.toString(),
            docs.resolve("inv-000000.pdf").toString());
    assertThat(extract.exitCode()).as(extract.err()).isZero();
    assertThat(extract.out()).contains("\"confidence\"");
  }
}
