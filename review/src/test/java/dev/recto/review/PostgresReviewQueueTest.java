package dev.recto.review;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;

/**
 * The queue on a real PostgreSQL server; skipped, saying why, when none is reachable (see {@link
 * PostgresTestDatabase}).
 */
class PostgresReviewQueueTest extends ReviewQueueContract {

  @BeforeAll
  static void serverReachable() {
    Optional<String> why = PostgresTestDatabase.unavailable();
    why.ifPresent(w -> System.err.println("PostgresReviewQueueTest skipped: " + w));
    assumeTrue(why.isEmpty(), () -> why.orElse(""));
  }

  @Override
  ReviewDatabase freshDatabase() throws Exception {
    PostgresTestDatabase.wipe();
    return PostgresTestDatabase.config();
  }
}
