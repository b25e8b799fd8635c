package dev.recto.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import dev.recto.core.error.EngineUnavailableException;
import dev.recto.core.json.ResultJson;
import dev.recto.ocr.tesseract.TesseractEngine;
import dev.recto.ocr.tesseract.TesseractOptions;
import dev.recto.samples.SampleInvoice;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractCommandTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @TempDir Path dir;
  private Path sample;
  private Path broken;

  /** What one run printed and returned. */
  record Run(int exitCode, String out, String err) {}

  @BeforeEach
  void files() throws IOException {
    sample = dir.resolve("in/sample-invoice.pdf");
    Files.createDirectories(sample.getParent());
    Files.write(sample, SampleInvoice.pdfBytes());
    broken = dir.resolve("in/broken.pdf");
    Files.writeString(broken, "%PDF-1.4\nthis is not really a PDF\n");
  }

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = RectoCli.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
    return new Run(code, out.toString(), err.toString());
  }

  private static JsonSchema schema() throws IOException {
    try (InputStream in = ResultJson.class.getResourceAsStream(ResultJson.SCHEMA_RESOURCE)) {
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
    }
  }

  @Test
  void extractPrintsSchemaValidJsonWithWordsAndBoxes() throws IOException {
    Run r = run("extract", sample.toString());

    assertThat(r.exitCode()).as(r.err()).isZero();
    JsonNode json = MAPPER.readTree(r.out());
    assertThat(schema().validate(json)).isEmpty();
    JsonNode doc = json.get("documents").get(0);
    assertThat(doc.get("status").asText()).isEqualTo("SUCCESS");
    JsonNode page = doc.get("pages").get(0);
    assertThat(page.get("textSource").asText()).isEqualTo("TEXT_LAYER");
    assertThat(page.get("words").size()).isGreaterThan(50);
    assertThat(page.get("words").findValuesAsText("text")).contains("INV-2026-0042", "1,416.10");
  }

  @Test
  void textFormatsRenderTheWords() {
    Run text = run("extract", "--format", "text", sample.toString());
    assertThat(text.exitCode()).isZero();
    assertThat(text.out()).contains("Acme Office Supplies GmbH").contains("INV-2026-0042");

    Run layout = run("extract", "--format", "layout-text", sample.toString());
    assertThat(layout.exitCode()).isZero();
    // Label and value of one row stay on one line, columns apart.
    assertThat(layout.out()).containsPattern("Invoice No\\.: +INV-2026-0042");
  }

  @Test
  void batchWithFailureWritesEveryResultAndExitsOne() throws IOException {
    Path out = dir.resolve("out");
    Run r = run("extract", "--out", out.toString(), dir.resolve("in").toString());

    assertThat(r.exitCode()).isEqualTo(RectoCli.EXIT_SOME_FAILED);
    assertThat(r.err()).contains("FAILURE " + broken).contains("INVALID_DOCUMENT");
    assertThat(r.err().lines().filter(l -> l.contains("FAILURE"))).hasSize(1);
    JsonNode ok = MAPPER.readTree(out.resolve("sample-invoice.pdf.json").toFile());
    JsonNode failed = MAPPER.readTree(out.resolve("broken.pdf.json").toFile());
    assertThat(ok.get("documents").get(0).get("status").asText()).isEqualTo("SUCCESS");
    assertThat(failed.get("documents").get(0).get("status").asText()).isEqualTo("FAILURE");
    assertThat(schema().validate(failed)).isEmpty();
    assertThat(r.err()).contains("2/2 documents");

    // A second run resumes: nothing left to do.
    Run again = run("extract", "--out", out.toString(), dir.resolve("in").toString());
    assertThat(again.exitCode()).isZero();
    assertThat(again.err()).contains("skipping 2 inputs already done");
  }

  @Test
  void badUsageExitsTwo() {
    assertThat(run().exitCode()).isEqualTo(RectoCli.EXIT_USAGE);
    assertThat(run("extract").exitCode()).isEqualTo(RectoCli.EXIT_USAGE);
    Run badFormat = run("extract", "--format", "xml", sample.toString());
    assertThat(badFormat.exitCode()).isEqualTo(RectoCli.EXIT_USAGE);
    assertThat(badFormat.err()).contains("json, text, layout-text or invoice2data");
    assertThat(run("extract", "--ocr", "sometimes", sample.toString()).exitCode())
        .isEqualTo(RectoCli.EXIT_USAGE);
    Run missingEngine = run("extract", "--ocr-engine", "nonesuch", sample.toString());
    assertThat(missingEngine.exitCode()).isEqualTo(RectoCli.EXIT_USAGE);
    assertThat(missingEngine.err()).contains("no OCR engine 'nonesuch'");
  }

  @Test
  void clashingOutputNamesAreRefused() throws IOException {
    Path other = dir.resolve("other/sample-invoice.pdf");
    Files.createDirectories(other.getParent());
    Files.copy(sample, other);
    Run r =
        run("extract", "--out", dir.resolve("out").toString(), sample.toString(), other.toString());
    assertThat(r.exitCode()).isEqualTo(RectoCli.EXIT_USAGE);
    assertThat(r.err()).contains("rename one");
  }

  @Test
  void missingFileIsAFailureNotACrash() {
    Run r = run("extract", dir.resolve("nope.pdf").toString());
    assertThat(r.exitCode()).isEqualTo(RectoCli.EXIT_SOME_FAILED);
    assertThat(r.err()).contains("SOURCE_UNREADABLE");
    assertThat(r.out()).contains("\"FAILURE\"");
  }

  @Test
  void langRoutesGermanToTesseractWithItsModel() {
    Run bad = run("extract", "--lang", "german", sample.toString());
    assertThat(bad.exitCode()).isEqualTo(RectoCli.EXIT_USAGE);
    assertThat(bad.err()).contains("--lang").contains("ISO 639-1");

    assumeTrue(
        Files.isRegularFile(TesseractOptions.DEBIAN_TESSDATA.resolve("deu.traineddata")),
        "tesseract-ocr-deu is not installed, skipping");
    try (TesseractEngine probe = TesseractEngine.create(TesseractOptions.defaults())) {
      assertThat(probe.id()).isEqualTo("tesseract");
    } catch (EngineUnavailableException e) {
      assumeTrue(false, "Tesseract is not installed, skipping: " + e.getMessage());
    }
    Run r = run("extract", "--lang", "de", "--ocr", "force", "--compact", sample.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).contains("\"model\":\"tesseract-deu+eng\"").contains("Invoice");
  }
}
