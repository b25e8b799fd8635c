package dev.recto.core.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.recto.core.process.DocumentProcessor;
import dev.recto.core.process.Limits;
import dev.recto.core.process.OcrMode;
import dev.recto.core.process.ProcessingResult;
import dev.recto.core.process.ProcessingStatus;
import dev.recto.core.source.DocumentSource;
import dev.recto.core.testkit.SharedData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * A sample (every 7th file) of the PDFs that broke or stressed PDF tools, from {@code
 * shared/data/malformed}: each gets exactly one outcome, a result whose status and diagnostics
 * agree, within its deadline plus one second, and nothing escapes the processor. The full battery
 * (every file, mutations, bombs) belongs to the reliability suite.
 */
class MalformedCorpusSampleTest {

  private static final Duration DEADLINE = Duration.ofSeconds(10);
  private static final int EVERY_NTH = 7;

  @Test
  void everySampledFileGetsOneTypedOutcomeInTime() throws IOException {
    Path root = SharedData.locate("malformed").orElse(null);
    Assumptions.assumeTrue(root != null, "skipped: no shared/data/malformed beside the repository");
    List<Path> files;
    try (Stream<Path> walk = Files.walk(root)) {
      files =
          walk.filter(Files::isRegularFile)
              .filter(p -> !p.getFileName().toString().matches("(?i).*(license|notice|readme).*"))
              .sorted()
              .toList();
    }
    List<Path> sample = new ArrayList<>();
    for (int i = 0; i < files.size(); i += EVERY_NTH) {
      sample.add(files.get(i));
    }
    Map<String, Integer> outcomes = new TreeMap<>();
    try (DocumentProcessor processor =
        DocumentProcessor.builder()
            .ocrMode(OcrMode.OFF)
            .limits(Limits.defaults().withDeadline(DEADLINE))
            .build()) {
      for (Path file : sample) {
        long start = System.nanoTime();
        ProcessingResult result = processor.process(DocumentSource.of(file));
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertThat(result.source()).isEqualTo(file.getFileName().toString());
        assertThat(took).as("time for %s", file).isLessThan(DEADLINE.plusSeconds(1));
        if (result.status() == ProcessingStatus.FAILURE) {
          assertThat(result.diagnostics())
              .as("failure of %s names a typed error", file)
              .anySatisfy(d -> assertThat(d.code()).isNotNull());
        }
        String key =
            result.status()
                + result.diagnostics().stream()
                    .filter(d -> d.code() != null)
                    .findFirst()
                    .map(d -> " " + d.code())
                    .orElse("");
        outcomes.merge(key, 1, Integer::sum);
      }
    }
    System.out.println(
        "malformed sample: " + sample.size() + " of " + files.size() + " files: " + outcomes);
    assertThat(outcomes.values().stream().mapToInt(Integer::intValue).sum())
        .isEqualTo(sample.size());
  }
}
