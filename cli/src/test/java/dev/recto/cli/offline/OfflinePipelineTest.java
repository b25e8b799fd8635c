package dev.recto.cli.offline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The whole pipeline works with networking off and tries no connection: {@link OfflinePipelineMain}
 * runs in a child JVM inside a fresh network namespace ({@code unshare -n}: no interface but a down
 * loopback), with recorders for every Java-level network attempt (DJL's telemetry and EC2 lookup
 * included). What it cannot see: connections made by native code directly; those fail in the
 * namespace, and the pipeline's success shows none is needed.
 *
 * <p>Skipped, saying why, where {@code unshare -n} is not allowed (not root, no user namespaces).
 */
class OfflinePipelineTest {

  private static boolean unshareWorks() {
    try {
      Process p = new ProcessBuilder("unshare", "-n", "true").redirectErrorStream(true).start();
      return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  @Test
  void pipelineRunsInANetworkNamespaceWithoutAnyConnectionAttempt() throws Exception {
    assumeTrue(
        unshareWorks(),
        "'unshare -n' is not permitted here (needs root or user namespaces): skipping the"
            + " no-network pipeline test");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> cmd = new ArrayList<>();
    cmd.addAll(List.of("unshare", "-n", java, "-Xmx1g", "-Djava.security.manager=allow"));
    cmd.addAll(List.of("-cp", System.getProperty("java.class.path")));
    cmd.add(OfflinePipelineMain.class.getName());
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
    pb.environment().put("OMP_THREAD_LIMIT", "1");
    pb.environment().remove("DJL_OFFLINE");
    pb.environment().remove("OPT_OUT_TRACKING");
    Process child = pb.start();
    String output;
    boolean done;
    try (var in = child.getInputStream()) {
      output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      done = child.waitFor(10, TimeUnit.MINUTES);
    } finally {
      child.destroyForcibly();
    }
    System.out.println(output.lines().filter(l -> l.startsWith("RESULT")).toList());
    assertThat(done).as("child finished").isTrue();
    assertThat(output).contains("RESULT network unreachable");
    // the control URL connection is seen twice: by the proxy selector and the connect check
    assertThat(output).containsPattern("RESULT control attempts [1-9]");
    assertThat(output).containsPattern("RESULT born-digital status=SUCCESS source=TEXT_LAYER");
    assertThat(output).containsPattern("RESULT scanned status=SUCCESS source=OCR");
    assertThat(output).contains("RESULT attempts 0 []");
    assertThat(child.exitValue()).as(output).isEqualTo(0);
  }
}
