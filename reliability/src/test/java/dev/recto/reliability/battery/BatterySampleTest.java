package dev.recto.reliability.battery;

import static org.assertj.core.api.Assertions.assertThat;

import dev.recto.core.testkit.SharedData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The battery's CI sample, run through the real worker JVM (-Xmx1g): generated invoices and their
 * mutations always; every 75th malformed file with 3 mutations when shared data is present. Each
 * document gets exactly one processor result in time, and every FAILURE names its error code.
 */
class BatterySampleTest {
  private static final Duration DEADLINE = Duration.ofSeconds(10);

  @TempDir Path tmp;

  @Test
  void generatedInvoicesAndEightMutationsEachGetOneTypedOutcome() throws Exception {
    Path corpus = BatteryTestCorpus.write(tmp, 2);
    BatteryOptions options =
        BatteryOptions.defaults(corpus).withMutations(8).withDeadline(DEADLINE);
    BatteryResult result = run(options);

    BatteryAssertions.assertClean(result, 2 * 9);
    Map<String, Long> kinds =
        result.outcomes().stream()
            .collect(Collectors.groupingBy(Outcome::kind, Collectors.counting()));
    assertThat(kinds)
        .containsEntry("ORIGINAL", 2L)
        .containsKeys("DEEP_NESTING", "FORM_NESTING", "XREF_DAMAGE");
    assertThat(result.outcomes())
        .filteredOn(o -> o.kind().equals("ORIGINAL"))
        .allSatisfy(o -> assertThat(o.status()).isEqualTo("SUCCESS"));
  }

  @Test
  void malformedSampleWithMutationsGetsOneTypedOutcomeEach() throws Exception {
    Path root = SharedData.locate("malformed").orElse(null);
    Assumptions.assumeTrue(root != null, "skipped: no shared/data/malformed beside the repository");
    BatteryOptions options =
        BatteryOptions.defaults(root).withSample(75).withMutations(3).withDeadline(DEADLINE);
    BatteryResult result = run(options);
    BatteryAssertions.assertClean(result, BatteryPlan.of(root, 75, 3, 1).size());
    System.out.println("battery sample: " + BatteryReport.counts(result));
  }

  private BatteryResult run(BatteryOptions options) throws IOException, InterruptedException {
    Path log = tmp.resolve("worker.log");
    BatteryResult result = new BatterySupervisor(options, log, line -> {}).run();
    assertThat(result.events()).as("worker restarts; log:\n%s", tail(log)).isEmpty();
    return result;
  }

  static String tail(Path log) throws IOException {
    if (!Files.exists(log)) {
      return "(none)";
    }
    String all = Files.readString(log);
    return all.substring(Math.max(0, all.length() - 3000));
  }
}
