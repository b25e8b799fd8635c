package dev.recto.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.recto.samples.SampleInvoice;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractInvoice2DataTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @TempDir Path dir;

  @Test
  void printsInvoice2DataJsonForATextInputAndNamesTheMissOnStderr() throws IOException {
    Path templates = Files.createDirectories(dir.resolve("templates/xx"));
    Files.writeString(
        templates.resolve("xx.acme.yml"),
        """
        issuer: ACME Ltd
        keywords: [ACME, Invoice]
        fields:
          amount: Total\\s+([\\d.]+,\\d\\d)
          date: Date:\\s+(\\d{2}\\.\\d{2}\\.\\d{4})
          invoice_number: Invoice\\s+No\\.\\s+(\\d+)
        options:
          currency: CHF
          decimal_separator: ","
          date_formats: ["%d.%m.%Y"]
        """);
    Path txt = dir.resolve("acme.txt");
    Files.writeString(txt, "ACME Ltd\nInvoice No. 4711\nDate: 03.02.2024\nTotal   1.234,50\n");
    Path pdf = dir.resolve("sample.pdf");
    Files.write(pdf, SampleInvoice.pdfBytes());

    ExtractCommandTest.Run r =
        ExtractCommandTest.run(
            "extract",
            "--ocr",
            "off",
            "--templates",
            "invoice2data:" + dir.resolve("templates"),
            "--format",
            "invoice2data",
            txt.toString(),
            pdf.toString());

    assertThat(r.exitCode()).isEqualTo(RectoCli.EXIT_SOME_FAILED);
    JsonNode list = MAPPER.readTree(r.out());
    assertThat(list).hasSize(1);
    JsonNode doc = list.get(0);
    assertThat(doc.get("issuer").asText()).isEqualTo("ACME Ltd");
    assertThat(doc.get("amount").isDouble()).isTrue();
    assertThat(doc.get("amount").asDouble()).isEqualTo(1234.5);
    assertThat(doc.get("date").asText()).isEqualTo("2024-02-03");
    assertThat(doc.get("invoice_number").asText()).isEqualTo("4711");
    assertThat(doc.get("currency").asText()).isEqualTo("CHF");
    assertThat(doc.get("desc").asText()).isEqualTo("Invoice from ACME Ltd");
    assertThat(r.err()).contains("sample.pdf: no invoice2data template matched");
  }

  @Test
  void invoice2DataFormatNeedsTemplates() {
    ExtractCommandTest.Run r =
        ExtractCommandTest.run("extract", "--format", "invoice2data", dir.toString());
    assertThat(r.exitCode()).isEqualTo(RectoCli.EXIT_USAGE);
    assertThat(r.err()).contains("--templates invoice2data:DIR");
  }
}
