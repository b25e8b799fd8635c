package dev.recto.review;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The queue on an embedded H2 file database, the default. */
class H2ReviewQueueTest extends ReviewQueueContract {
  @TempDir Path dir;

  @Override
  ReviewDatabase freshDatabase() {
    return ReviewDatabase.h2(dir.resolve("queue"));
  }
}
