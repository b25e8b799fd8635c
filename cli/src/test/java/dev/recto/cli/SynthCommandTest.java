package dev.recto.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SynthCommandTest {

  @Test
  void writesDeterministicInvoicesThatExtractCleanly(@TempDir Path dir) throws IOException {
    Path a = dir.resolve("a");
    Path b = dir.resolve("b");
    ExtractCommandTest.Run r =
        ExtractCommandTest.run("synth", "--count", "2", "--seed", "3", "--out", a.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).startsWith("wrote 2 invoices");
    ExtractCommandTest.run("synth", "--count", "2", "--seed", "3", "--out", b.toString());

    try (Stream<Path> files = Files.list(a)) {
      assertThat(files.map(p -> p.getFileName().toString()).sorted())
          .containsExactly(
              "inv-000000.pdf", "inv-000000.truth.json", "inv-000001.pdf", "inv-000001.truth.json");
    }
    assertThat(Files.readAllBytes(a.resolve("inv-000001.pdf")))
        .isEqualTo(Files.readAllBytes(b.resolve("inv-000001.pdf")));

    ExtractCommandTest.Run extract =
        ExtractCommandTest.run(
            "extract", "--format", "text", a.resolve("inv-000000.pdf").toString());
    assertThat(extract.exitCode()).as(extract.err()).isZero();
    assertThat(extract.out()).isNotBlank();
  }

  @Test
  void recurringWritesVendorsInvoicesAndTheirTemplatesThatCalibrateReads(@TempDir Path dir)
      throws IOException {
    Path out = dir.resolve("rv");
    ExtractCommandTest.Run r =
        ExtractCommandTest.run("synth", "--recurring", "1", "--seed", "8", "--out", out.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).startsWith("wrote ").contains("recurring vendors");
    long templates;
    try (Stream<Path> files = Files.list(out.resolve("templates"))) {
      templates = files.filter(p -> p.toString().endsWith(".yml")).count();
    }
    assertThat(templates).isGreaterThan(10);
    assertThat(out.resolve("rv-d01-001.pdf")).isRegularFile();
    assertThat(out.resolve("rv-d01-001.truth.json")).isRegularFile();
    assertThat(out.resolve("rv-d01-001.scan.pdf")).doesNotExist();

    ExtractCommandTest.Run bad =
        ExtractCommandTest.run(
            "calibrate",
            "--docs",
            out.toString(),
            "--templates",
            dir.resolve("missing").toString(),
            "--out",
            dir.resolve("c.json").toString());
    assertThat(bad.exitCode()).isNotZero();
    assertThat(bad.err()).contains("--templates").contains("not a directory");

    ExtractCommandTest.Run zero =
        ExtractCommandTest.run("synth", "--recurring", "0", "--out", dir.resolve("z").toString());
    assertThat(zero.exitCode()).isNotZero();
    assertThat(zero.err()).contains("--recurring must be >= 1");
  }

  @Test
  void scanWritesImagesAndAnImageOnlyPdf(@TempDir Path dir) throws IOException {
    ExtractCommandTest.Run r =
        ExtractCommandTest.run(
            "synth", "--count", "1", "--seed", "5", "--scan", "--out", dir.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(dir.resolve("inv-000000.png")).isRegularFile();
    assertThat(dir.resolve("inv-000000.scan.pdf")).isRegularFile();
    assertThat(dir.resolve("inv-000000.scan.truth.json")).isRegularFile();

    ExtractCommandTest.Run extract =
        ExtractCommandTest.run(
            "extract", "--ocr", "off", dir.resolve("inv-000000.scan.pdf").toString());
    assertThat(extract.exitCode()).isZero();
    assertThat(extract.out()).contains("\"textSource\" : \"NONE\"");
  }

  @Test
  void previewDrawsAContactSheetOfACorpus(@TempDir Path dir) throws IOException {
    ExtractCommandTest.Run r =
        ExtractCommandTest.run(
            "synth",
            "--count",
            "3",
            "--seed",
            "4",
            "--out",
            dir.toString(),
            "--preview",
            dir.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).contains("wrote a contact sheet of");
    java.awt.image.BufferedImage sheet =
        javax.imageio.ImageIO.read(dir.resolve("contact-sheet.png").toFile());
    assertThat(sheet.getWidth()).isGreaterThan(0);

    Path png = dir.resolve("all.png");
    ExtractCommandTest.Run all =
        ExtractCommandTest.run(
            "synth", "--preview", dir.toString(), "--every-invoice", "--sheet", png.toString());
    assertThat(all.exitCode()).as(all.err()).isZero();
    assertThat(all.out()).contains("contact sheet of 3 invoices");
    assertThat(png).isRegularFile();
  }

  @Test
  void outIsRequired() {
    assertThat(ExtractCommandTest.run("synth", "--count", "1").exitCode())
        .isEqualTo(RectoCli.EXIT_USAGE);
  }
}
