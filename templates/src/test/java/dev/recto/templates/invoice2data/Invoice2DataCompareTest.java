package dev.recto.templates.invoice2data;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.recto.core.process.DocumentProcessor;
import dev.recto.core.process.OcrMode;
import dev.recto.core.testkit.SharedData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The invoice2data bar: with invoice2data's 215 templates, Recto's output for each document in
 * {@code shared/data/invoice2data/compare} must equal invoice2data's {@code .json} (ignoring {@code
 * template_name}) for at least 10 of the 11 PDFs. Each miss is printed with its reason.
 */
class Invoice2DataCompareTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** The number of PDFs whose output must be exact. */
  static final int REQUIRED_EXACT_PDFS = 10;

  @Test
  void theTemplatesReproduceInvoice2DataOnTheCompareDocuments() throws IOException {
    Optional<Path> root = SharedData.locate("invoice2data");
    Assumptions.assumeTrue(
        root.isPresent(),
        "shared/data/invoice2data is absent (put invoice2data's templates/ and compare/ there);"
            + " skipping the invoice2data bar");
    Invoice2DataTemplates templates = Invoice2DataTemplates.load(root.get().resolve("templates"));
    // invoice2data loads all 215; a file with an invalid pattern fails every document it matches.
    assertThat(templates.size() + templates.rejected().size()).isEqualTo(215);
    templates.rejected().forEach(e -> System.out.println("rejected: " + e.getMessage()));

    List<Path> inputs;
    try (Stream<Path> s = Files.list(root.get().resolve("compare"))) {
      inputs =
          s.filter(p -> p.toString().endsWith(".pdf") || p.toString().endsWith(".txt"))
              .sorted()
              .toList();
    }
    List<String> report = new ArrayList<>();
    List<String> misses = new ArrayList<>();
    int exactPdfs = 0;
    int pdfs = 0;
    try (DocumentProcessor processor =
            DocumentProcessor.builder().ocrMode(OcrMode.OFF).noLayout().build();
        DocumentProcessor ocr = ocrProcessor()) {
      Invoice2DataRunner runner =
          new Invoice2DataRunner(templates, processor, Optional.ofNullable(ocr));
      for (Path input : inputs) {
        String name = input.getFileName().toString();
        boolean pdf = name.endsWith(".pdf");
        pdfs += pdf ? 1 : 0;
        Path expectedFile = input.resolveSibling(name.replaceAll("\\.(pdf|txt)$", ".json"));
        Invoice2DataRunner.Run run = runner.run(input);
        String verdict =
            run.processingError()
                .map(e -> "not read: " + e)
                .orElse(verdict(run.outcome(), expectedFile));
        if (!verdict.equals("exact") && pdf) {
          if (ocr == null) {
            verdict += " (the OCR last resort was not available: Tesseract not built)";
          }
          verdict += run.ocrError().map(e -> " (the OCR last resort failed: " + e + ")").orElse("");
        }
        String template = run.outcome().template().map(Invoice2DataTemplate::name).orElse("-");
        report.add(
            String.format(
                "%-28s %-34s %-4s %s", name, template, run.usedOcr() ? "OCR" : "", verdict));
        if (verdict.equals("exact")) {
          exactPdfs += pdf ? 1 : 0;
        } else {
          misses.add(name + ": " + verdict);
        }
      }
    }
    System.out.println("invoice2data compare: " + exactPdfs + " of " + pdfs + " PDFs exact");
    report.forEach(System.out::println);
    assertThat(exactPdfs)
        .as("PDFs whose output equals invoice2data's; misses:\n" + String.join("\n", misses))
        .isGreaterThanOrEqualTo(REQUIRED_EXACT_PDFS);
  }

  /** Tesseract by forced OCR for the OCR last resort, or null when it cannot be built. */
  private static DocumentProcessor ocrProcessor() {
    try {
      return DocumentProcessor.builder()
          .ocrMode(OcrMode.FORCE)
          .ocrEngine("tesseract")
          .noLayout()
          .build();
    } catch (RuntimeException e) {
      System.out.println("invoice2data compare: no OCR last resort (" + e.getMessage() + ")");
      return null;
    }
  }

  /** "exact", or why not. */
  static String verdict(Invoice2DataOutcome outcome, Path expectedFile) throws IOException {
    if (!outcome.extracted()) {
      return outcome.status() + ": " + outcome.message();
    }
    JsonNode expected = JSON.readTree(expectedFile.toFile());
    JsonNode actual = JSON.readTree(Invoice2DataJson.write(List.of(outcome.fields().get())));
    strip(expected);
    strip(actual);
    if (expected.equals(actual)) {
      return "exact";
    }
    List<String> diffs = new ArrayList<>();
    diff("", expected, actual, diffs);
    return "differs: " + String.join("; ", diffs);
  }

  /** The paths where two JSON values differ, each with both values. */
  private static void diff(String path, JsonNode e, JsonNode a, List<String> out) {
    if (e.equals(a)) {
      return;
    }
    if (e.isObject() && a.isObject()) {
      TreeSet<String> keys = new TreeSet<>();
      e.fieldNames().forEachRemaining(keys::add);
      a.fieldNames().forEachRemaining(keys::add);
      for (String k : keys) {
        String p = path.isEmpty() ? k : path + "." + k;
        if (!e.has(k)) {
          out.add(p + " unexpected " + a.get(k));
        } else if (!a.has(k)) {
          out.add(p + " missing (expected " + e.get(k) + ")");
        } else {
          diff(p, e.get(k), a.get(k), out);
        }
      }
    } else if (e.isArray() && a.isArray() && e.size() == a.size()) {
      for (int i = 0; i < e.size(); i++) {
        diff(path + "[" + i + "]", e.get(i), a.get(i), out);
      }
    } else {
      out.add(path + " expected " + e + " was " + a);
    }
  }

  private static void strip(JsonNode list) {
    if (list instanceof ArrayNode arr) {
      for (Iterator<JsonNode> it = arr.elements(); it.hasNext(); ) {
        JsonNode n = it.next();
        if (n instanceof ObjectNode o) {
          o.remove("template_name");
        }
      }
    }
  }
}
