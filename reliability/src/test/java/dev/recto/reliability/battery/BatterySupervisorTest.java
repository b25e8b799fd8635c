package dev.recto.reliability.battery;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The parent survives its worker: a worker JVM that dies (halt) or hangs is detected, the document
 * it was on is recorded as CRASH or HUNG, and the other documents still get their outcomes.
 */
class BatterySupervisorTest {
  @TempDir Path tmp;

  @Test
  void aCrashAndAHangAreRecordedAndTheRestStillRuns() throws Exception {
    Path corpus = java.nio.file.Files.createDirectories(tmp.resolve("tiny"));
    for (int i = 0; i < 4; i++) {
      java.nio.file.Files.write(
          corpus.resolve("t" + i + ".pdf"),
          dev.recto.core.testkit.TestPdfs.textPages(List.of("Invoice " + i + " total 9.99")));
    }
    BatteryOptions options =
        BatteryOptions.defaults(corpus)
            .withMutations(1)
            .withThreads(2)
            .withHangAfter(Duration.ofSeconds(40))
            .withFaults(2, 5);
    List<Outcome> streamed = new ArrayList<>();
    BatteryResult result =
        new BatterySupervisor(options, tmp.resolve("worker.log"), line -> {}, streamed::add).run();

    Map<Integer, Outcome> byId =
        result.outcomes().stream().collect(Collectors.toMap(Outcome::id, Function.identity()));
    assertThat(byId).hasSize(8);
    assertThat(byId.get(2).status()).isEqualTo("CRASH");
    assertThat(byId.get(5).status()).isEqualTo("HUNG");
    assertThat(result.outcomes())
        .filteredOn(o -> o.id() != 2 && o.id() != 5)
        .allSatisfy(o -> assertThat(o.status()).isIn("SUCCESS", "PARTIAL_SUCCESS", "FAILURE"));
    assertThat(result.workers()).isGreaterThanOrEqualTo(3);
    assertThat(result.lateOnes()).extracting(Outcome::id).containsExactly(5);
    assertThat(streamed).extracting(Outcome::id).containsExactlyInAnyOrderElementsOf(byId.keySet());
  }
}
