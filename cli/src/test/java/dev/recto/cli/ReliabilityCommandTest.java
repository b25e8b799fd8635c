package dev.recto.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code recto reliability battery} and {@code soak} end to end on two tiny PDFs. */
class ReliabilityCommandTest {
  @TempDir Path tmp;

  @Test
  void batteryWritesItsReportsAndCountsEveryDocument() throws Exception {
    Path corpus = corpus();
    Path report = tmp.resolve("out/battery.json");
    StringWriter out = new StringWriter();
    int exit =
        RectoCli.execute(
            new PrintWriter(out, true),
            new PrintWriter(new StringWriter(), true),
            "reliability",
            "battery",
            "--corpus",
            corpus.toString(),
            "--mutations",
            "2",
            "--deadline",
            "60s",
            "--out",
            report.toString());

    JsonNode json = new ObjectMapper().readTree(report.toFile());
    assertThat(json.get("documents").asInt()).as(out.toString()).isEqualTo(6);
    assertThat(json.get("untyped").asInt()).isZero();
    assertThat(json.get("crashes").asInt()).isZero();
    assertThat(Files.readString(tmp.resolve("out/battery.md"))).contains("| **all** | 6 |");
    assertThat(Files.readAllLines(tmp.resolve("out/battery.outcomes.tsv"))).hasSize(7);
    assertThat(exit).as(out.toString()).isIn(0, RectoCli.EXIT_SOME_FAILED);
  }

  @Test
  void soakComparesConcurrentWithSequentialResults() throws Exception {
    Path corpus = corpus();
    Path report = tmp.resolve("soak.json");
    StringWriter out = new StringWriter();
    int exit =
        RectoCli.execute(
            new PrintWriter(out, true),
            new PrintWriter(new StringWriter(), true),
            "reliability",
            "soak",
            "--documents",
            "12",
            "--threads",
            "3",
            "--invoices",
            "0",
            "--malformed",
            corpus.toString(),
            "--malformed-sample",
            "1",
            "--malformed-mutations",
            "1",
            "--no-ocr",
            "--max-rss-growth",
            "1000",
            "--out",
            report.toString());

    assertThat(exit).as(out.toString()).isZero();
    JsonNode json = new ObjectMapper().readTree(report.toFile());
    assertThat(json.get("documents").asInt()).isEqualTo(12);
    assertThat(json.get("distinct").asInt()).isEqualTo(4);
    assertThat(json.get("lost").asInt()).isZero();
    assertThat(json.get("mismatchCount").asInt()).isZero();
  }

  @Test
  void badCountsAreUsageErrors() {
    StringWriter err = new StringWriter();
    int exit =
        RectoCli.execute(
            new PrintWriter(new StringWriter(), true),
            new PrintWriter(err, true),
            "reliability",
            "battery",
            "--corpus",
            tmp.toString(),
            "--threads",
            "0");
    assertThat(exit).isEqualTo(RectoCli.EXIT_USAGE);
    assertThat(err.toString()).contains("threads");
  }

  private Path corpus() throws Exception {
    Path dir = Files.createDirectories(tmp.resolve("corpus"));
    for (int i = 0; i < 2; i++) {
      try (PDDocument doc = new PDDocument()) {
        PDPage page = new PDPage();
        doc.addPage(page);
        try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
          cs.beginText();
          cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
          cs.newLineAtOffset(72, 700);
          cs.showText("Invoice " + i + "  Total 12.50 EUR");
          cs.endText();
        }
        doc.save(dir.resolve("doc" + i + ".pdf").toFile());
      }
    }
    return dir;
  }
}
