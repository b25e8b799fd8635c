package dev.recto.review;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.Arrays;
import java.util.Optional;

/**
 * Skips a test whose outside service is missing, saying why, unless {@code RECTO_TEST_REQUIRE}
 * names that service ({@code .ci/run} sets {@code "postgres chromium"} once it installed and
 * started them): then the test fails, so CI cannot pass by skipping.
 */
final class TestRequirements {
  private TestRequirements() {}

  static void skipOrFail(String service, String testName, Optional<String> missing) {
    if (missing.isEmpty()) {
      return;
    }
    String why = testName + " needs " + service + ": " + missing.get();
    String required = System.getenv("RECTO_TEST_REQUIRE");
    if (required != null && Arrays.asList(required.trim().split("[\\s,]+")).contains(service)) {
      throw new AssertionError(why + " (RECTO_TEST_REQUIRE names " + service + ")");
    }
    System.err.println("SKIPPED " + why);
    assumeTrue(false, why);
  }
}
