package dev.recto.review;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

/**
 * The PostgreSQL server the tests use: {@code RECTO_TEST_PG_URL} (default {@code
 * jdbc:postgresql://127.0.0.1:5432/recto_test}), {@code RECTO_TEST_PG_USER} and {@code
 * RECTO_TEST_PG_PASSWORD} (default {@code recto}/{@code recto}). {@code .ci/run} installs Debian's
 * postgresql, starts it and creates that role and database.
 */
final class PostgresTestDatabase {
  private PostgresTestDatabase() {}

  static ReviewDatabase config() {
    return new ReviewDatabase(
        env("RECTO_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/recto_test"),
        env("RECTO_TEST_PG_USER", "recto"),
        env("RECTO_TEST_PG_PASSWORD", "recto"));
  }

  /** Why the server cannot be used, or empty when it can. */
  static Optional<String> unavailable() {
    ReviewDatabase db = config();
    try (Connection c = DriverManager.getConnection(db.url(), db.user(), db.password())) {
      return Optional.empty();
    } catch (SQLException e) {
      return Optional.of(
          "no PostgreSQL server at "
              + db.url()
              + " (user "
              + db.user()
              + "): "
              + e.getMessage()
              + " (.ci/run starts one; locally: apt-get install postgresql, pg_ctlcluster 15 main"
              + " start, and create role/database recto/recto_test, see docs/review.md)");
    }
  }

  /** Drops everything the queue created, so each test class starts from an empty schema. */
  static void wipe() throws SQLException {
    ReviewDatabase db = config();
    try (Connection c = DriverManager.getConnection(db.url(), db.user(), db.password());
        Statement s = c.createStatement()) {
      s.execute("DROP TABLE IF EXISTS review_event");
      s.execute("DROP TABLE IF EXISTS review_task");
      s.execute("DROP TABLE IF EXISTS review_schema_history");
    }
  }

  private static String env(String name, String fallback) {
    String v = System.getenv(name);
    return v == null || v.isBlank() ? fallback : v;
  }
}
