package dev.recto.review;

import static org.assertj.core.api.Assertions.assertThat;

import dev.recto.core.field.FieldKey;
import dev.recto.review.ReviewTask.Resolution;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A reviewer process that dies the instant after resolving (no close, no shutdown hooks: {@link
 * Runtime#halt}) loses nothing: the embedded H2 file holds every resolution once the call returned.
 */
class CrashSafetyTest {
  @TempDir Path dir;

  /** The child process: enqueue, resolve five tasks, say so, halt. */
  public static void main(String[] args) {
    ReviewQueue queue = ReviewQueue.open(ReviewDatabase.h2(Path.of(args[0])));
    for (int i = 0; i < 5; i++) {
      ReviewTask t =
          queue.enqueue(
              ReviewQueueContract.task("inv-" + i, FieldKey.INVOICE_TOTAL, "1.0" + i, 0.5));
      queue.correct(t.id(), "crasher", "2.0" + i);
    }
    System.out.println("resolved");
    System.out.flush();
    Runtime.getRuntime().halt(137);
  }

  @Test
  void resolvedItemsSurviveAHardCrash() throws Exception {
    Path db = dir.resolve("queue");
    Process child =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                CrashSafetyTest.class.getName(),
                db.toString())
            .redirectErrorStream(true)
            .start();
    assertThat(child.waitFor(120, TimeUnit.SECONDS)).isTrue();
    String output = new String(child.getInputStream().readAllBytes());
    assertThat(child.exitValue()).as(output).isEqualTo(137);
    assertThat(output).contains("resolved");

    try (ReviewQueue queue = ReviewQueue.open(ReviewDatabase.h2(db))) {
      List<ReviewTask> resolved = queue.resolved();
      assertThat(resolved).hasSize(5);
      assertThat(resolved)
          .allSatisfy(t -> assertThat(t.resolution()).isEqualTo(Resolution.CORRECTED));
      assertThat(resolved).extracting(ReviewTask::finalValue).contains("2.00", "2.04");
    }
  }
}
