package dev.recto.review;

/**
 * The queue on a real PostgreSQL server; skipped, saying why, when none is reachable (see {@link
 * PostgresTestDatabase}).
 */
class PostgresReviewQueueTest extends ReviewQueueContract {

  @Override
  ReviewDatabase freshDatabase() throws Exception {
    TestRequirements.skipOrFail(
        "postgres", "PostgresReviewQueueTest", PostgresTestDatabase.unavailable());
    PostgresTestDatabase.wipe();
    return PostgresTestDatabase.config();
  }
}
