package dev.recto.samples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.recto.core.field.FieldKey;
import dev.recto.core.json.ResultJson;
import dev.recto.core.model.Page;
import dev.recto.core.model.Word;
import dev.recto.core.process.Diagnostic;
import dev.recto.core.process.DocumentProcessor;
import dev.recto.core.process.Limits;
import dev.recto.core.process.ProcessingResult;
import dev.recto.core.process.ProcessingStatus;
import dev.recto.core.source.DocumentSource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Keeps README.md's Java example true: the code between the README-EXAMPLE markers below is the
 * README's example, line for line (a test checks that), and it runs on the bundled sample.
 */
class ReadmeExampleTest {

  static List<String> example(Path file) {
    List<String> out = new ArrayList<>();
    // README-EXAMPLE-START
    try (DocumentProcessor processor =
        DocumentProcessor.builder()
            .limits(Limits.defaults().withDeadline(Duration.ofSeconds(30)))
            .build()) {
      ProcessingResult result = processor.process(DocumentSource.of(file));
      if (result.status() == ProcessingStatus.FAILURE) {
        for (Diagnostic d : result.diagnostics()) {
          System.err.println(d.stage() + " " + d.code() + ": " + d.message());
        }
        return out;
      }
      for (Page page : result.document().pages()) {
        for (Word word : page.words()) {
          // Boxes are page-relative [0,1], origin top-left; multiply by page.width() for points.
          out.add(word.text() + " @ " + word.box().left() * page.width() + " pt");
        }
      }
      result
          .invoice()
          .get(FieldKey.INVOICE_TOTAL)
          .ifPresent(total -> System.out.println(total.value() + " " + total.currency()));
      String json = ResultJson.toJson(List.of(result), true);
      out.add(json);
    }
    // README-EXAMPLE-END
    return out;
  }

  @Test
  void exampleRunsOnTheBundledSample(@TempDir Path dir) throws IOException {
    Path file = dir.resolve(SampleInvoice.FILE_NAME);
    Files.write(file, SampleInvoice.pdfBytes());

    List<String> out = example(file);

    assertThat(out).anySatisfy(line -> assertThat(line).startsWith("INV-2026-0042 @ "));
    assertThat(out.get(out.size() - 1)).contains("\"schemaVersion\"");
  }

  @Test
  void readmeShowsExactlyThisExample() throws IOException {
    Path root = RepositoryRoot.find();
    String readme = Files.readString(root.resolve("README.md"), StandardCharsets.UTF_8);
    Path self = root.resolve("samples/src/test/java/dev/recto/samples/ReadmeExampleTest.java");
    List<String> lines = Files.readAllLines(self, StandardCharsets.UTF_8);
    int start = indexOf(lines, "// README-EXAMPLE-START") + 1;
    int end = indexOf(lines, "// README-EXAMPLE-END");
    StringBuilder expected = new StringBuilder();
    int indent = lines.get(start).indexOf(lines.get(start).trim());
    for (String line : lines.subList(start, end)) {
      expected.append(line.length() >= indent ? line.substring(indent) : line.trim()).append('\n');
    }
    assertThat(readme).contains(expected.toString());
  }

  private static int indexOf(List<String> lines, String marker) {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).trim().equals(marker)) {
        return i;
      }
    }
    throw new AssertionError("marker not found: " + marker);
  }
}
