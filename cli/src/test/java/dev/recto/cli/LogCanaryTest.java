package dev.recto.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.recto.core.logging.LogContent;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Logs never carry document content unless asked to. A PDF whose text and invoice number hold a
 * canary string goes through {@code recto extract} (text layer, layout, the generic extractor and a
 * matching Recto template) in a fresh JVM with every logger at TRACE (SLF4J simple, the CLI's
 * binding; PDFBox logs through commons-logging to it); everything that JVM writes to stdout and
 * stderr is the log, since the result goes to {@code --out}. The canary must be absent from the
 * log, and present in the result (so the document really was read). With {@value
 * LogContent#PROPERTY}{@code =true} the template's debug line shows it, which proves the capture
 * sees what is logged.
 */
class LogCanaryTest {

  private static final String CANARY = "QZXCANARY7741";

  @TempDir Path dir;

  /** What the child JVM logged, and the result file it wrote. */
  private record Run(String log, String result) {}

  @Test
  void documentTextAndFieldValuesStayOutOfTraceLogs() throws Exception {
    Run run = extract(false);

    assertThat(run.result()).as("the result holds the canary").contains(CANARY);
    assertThat(run.log()).as("the run logged something at TRACE").isNotBlank();
    assertThat(run.log()).as("the log").doesNotContain(CANARY);
  }

  @Test
  void theDebugFlagLetsContentIntoTheLog() throws Exception {
    Run run = extract(true);

    assertThat(run.result()).contains(CANARY);
    assertThat(run.log()).contains("template 'canary'").contains(CANARY);
  }

  private Run extract(boolean contentFlag) throws IOException, InterruptedException {
    Path pdf = canaryPdf(dir.resolve("in/canary-invoice.pdf"));
    Path templates = Files.createDirectories(dir.resolve("templates"));
    Files.writeString(
        templates.resolve("canary.yml"),
        """
        issuer: Canary Supplies Ltd
        match:
          keywords: [Canary Supplies]
        fields:
          InvoiceId:
            regex: 'Invoice No\\.\\s+(\\S+)'
        """);
    Path out = dir.resolve(contentFlag ? "out-flag" : "out");
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx512m");
    command.add("-Djava.awt.headless=true");
    command.add("-Dorg.slf4j.simpleLogger.defaultLogLevel=trace");
    command.add("-D" + LogContent.PROPERTY + "=" + contentFlag);
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(RectoCli.class.getName());
    command.addAll(
        List.of(
            "extract",
            "--ocr",
            "off",
            "--templates",
            "recto:" + templates,
            "--out",
            out.toString(),
            pdf.toString()));
    Path log = dir.resolve(contentFlag ? "log-flag.txt" : "log.txt");
    Process p =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .directory(dir.toFile())
            .start();
    if (!p.waitFor(3, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      throw new AssertionError("recto extract did not finish: " + Files.readString(log));
    }
    String logText = Files.readString(log, StandardCharsets.UTF_8);
    assertThat(p.exitValue()).as("exit code; log:%n%s", logText).isZero();
    File[] results = out.toFile().listFiles();
    assertThat(results).as("result files").hasSize(1);
    return new Run(logText, Files.readString(results[0].toPath(), StandardCharsets.UTF_8));
  }

  /** One page: the vendor, an invoice number and a line of free text, each with the canary. */
  private static Path canaryPdf(Path file) throws IOException {
    Files.createDirectories(file.getParent());
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage(PDRectangle.A4);
      doc.addPage(page);
      PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
      String[] lines = {
        "Canary Supplies Ltd",
        "Invoice No. " + CANARY,
        "Date: 05.03.2024",
        "Note: the secret word is " + CANARY + " and must stay private",
        "Total EUR 12.50"
      };
      try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
        cs.beginText();
        cs.setFont(font, 12);
        cs.newLineAtOffset(60, 780);
        for (String line : lines) {
          cs.showText(line);
          cs.newLineAtOffset(0, -24);
        }
        cs.endText();
      }
      doc.save(file.toFile());
    }
    return file;
  }
}
