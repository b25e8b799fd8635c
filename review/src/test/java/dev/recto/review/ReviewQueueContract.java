package dev.recto.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.recto.core.field.FieldKey;
import dev.recto.core.model.BoundingBox;
import dev.recto.review.ReviewTask.Resolution;
import dev.recto.review.ReviewTask.State;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The queue's behaviour, run against each database (H2, PostgreSQL). */
abstract class ReviewQueueContract {

  static final Duration LEASE = Duration.ofMinutes(5);

  MutableClock clock;
  ReviewQueue queue;

  /** A fresh, empty queue database. */
  abstract ReviewDatabase freshDatabase() throws Exception;

  @BeforeEach
  void openQueue() throws Exception {
    clock = new MutableClock(Instant.parse("2026-11-26T08:00:00Z"));
    queue = ReviewQueue.open(freshDatabase(), clock);
  }

  @AfterEach
  void closeQueue() {
    if (queue != null) {
      queue.close();
    }
  }

  static NewTask task(String doc, FieldKey field, String value, double confidence) {
    return new NewTask(
        doc,
        field,
        value,
        confidence,
        0,
        new BoundingBox(0.6, 0.7, 0.8, 0.72),
        "/data/" + doc + ".pdf");
  }

  @Test
  void enqueueStoresEverythingAndIsIdempotentPerDocumentAndField() {
    ReviewTask a = queue.enqueue(task("inv-1", FieldKey.INVOICE_TOTAL, "4.10", 0.62));
    ReviewTask again = queue.enqueue(task("inv-1", FieldKey.INVOICE_TOTAL, "9.99", 0.10));
    queue.enqueue(task("inv-1", FieldKey.INVOICE_ID, "A-17", 0.5));
    queue.enqueue(task("inv-2", FieldKey.INVOICE_TOTAL, "1.00", 0.3));

    assertThat(again.id()).isEqualTo(a.id());
    assertThat(again.task().proposedValue()).isEqualTo("4.10");
    assertThat(a.state()).isEqualTo(State.OPEN);
    assertThat(a.task().box()).isEqualTo(new BoundingBox(0.6, 0.7, 0.8, 0.72));
    assertThat(a.task().pageImage()).isEqualTo("/data/inv-1.pdf");
    assertThat(a.task().confidence()).isEqualTo(0.62);
    assertThat(a.createdAt()).isEqualTo(clock.instant());
    assertThat(queue.list(TaskFilter.all())).hasSize(3);
    assertThat(queue.counts()).containsEntry(State.OPEN, 3L).containsEntry(State.RESOLVED, 0L);
  }

  @Test
  void taskWithoutBoxRoundTrips() {
    ReviewTask t =
        queue.enqueue(new NewTask("inv-9", FieldKey.DUE_DATE, "", 0.0, 0, null, "x.png"));
    assertThat(queue.get(t.id()).orElseThrow().box()).isEmpty();
  }

  @Test
  void claimLeasesOneTaskToOneReviewerUntilTheLeaseExpires() {
    queue.enqueue(task("inv-1", FieldKey.INVOICE_TOTAL, "4.10", 0.62));

    ReviewTask ana = queue.claimNext("ana", LEASE).orElseThrow();
    assertThat(ana.claimedBy()).isEqualTo("ana");
    assertThat(ana.leaseUntil()).isEqualTo(clock.instant().plus(LEASE));
    assertThat(queue.claimNext("ben", LEASE)).isEmpty();
    assertThatThrownBy(() -> queue.correct(ana.id(), "ben", "4.11"))
        .isInstanceOfSatisfying(
            ReviewException.class,
            e -> assertThat(e.kind()).isEqualTo(ReviewException.Kind.CONFLICT));

    clock.advance(LEASE.plusSeconds(1));
    ReviewTask ben = queue.claimNext("ben", LEASE).orElseThrow();
    assertThat(ben.id()).isEqualTo(ana.id());
    assertThat(ben.claimedBy()).isEqualTo("ben");
    assertThatThrownBy(() -> queue.accept(ana.id(), "ana")).isInstanceOf(ReviewException.class);
  }

  @Test
  void resolveAcceptOrCorrectAndNeverTwice() {
    ReviewTask total = queue.enqueue(task("inv-1", FieldKey.INVOICE_TOTAL, "4.10", 0.62));
    ReviewTask id = queue.enqueue(task("inv-1", FieldKey.INVOICE_ID, "A-17", 0.5));
    queue.claim(total.id(), "ana", LEASE);

    ReviewTask corrected = queue.correct(total.id(), "ana", " 4.11 ");
    ReviewTask accepted = queue.accept(id.id(), "ana");

    assertThat(corrected.state()).isEqualTo(State.RESOLVED);
    assertThat(corrected.resolution()).isEqualTo(Resolution.CORRECTED);
    assertThat(corrected.finalValue()).isEqualTo("4.11");
    assertThat(corrected.resolvedBy()).isEqualTo("ana");
    assertThat(corrected.claimedBy()).isNull();
    assertThat(accepted.resolution()).isEqualTo(Resolution.ACCEPTED);
    assertThat(accepted.finalValue()).isEqualTo("A-17");
    assertThatThrownBy(() -> queue.correct(total.id(), "ana", "5"))
        .isInstanceOfSatisfying(
            ReviewException.class,
            e -> assertThat(e.kind()).isEqualTo(ReviewException.Kind.CONFLICT));
    assertThatThrownBy(() -> queue.accept(12345, "ana"))
        .isInstanceOfSatisfying(
            ReviewException.class,
            e -> assertThat(e.kind()).isEqualTo(ReviewException.Kind.NOT_FOUND));
    // A correction to the proposed value is an acceptance.
    ReviewTask due = queue.enqueue(task("inv-1", FieldKey.DUE_DATE, "2026-12-01", 0.4));
    assertThat(queue.correct(due.id(), "ana", "2026-12-01").resolution())
        .isEqualTo(Resolution.ACCEPTED);
    assertThat(queue.claimNext("ana", LEASE)).isEmpty();
    assertThat(queue.resolved()).hasSize(3);
  }

  @Test
  void skippedTasksComeLast() {
    ReviewTask first = queue.enqueue(task("inv-1", FieldKey.INVOICE_TOTAL, "4.10", 0.62));
    ReviewTask second = queue.enqueue(task("inv-2", FieldKey.INVOICE_TOTAL, "5.10", 0.62));
    assertThat(queue.claimNext("ana", LEASE).orElseThrow().id()).isEqualTo(first.id());
    assertThat(queue.skip(first.id(), "ana").skips()).isEqualTo(1);
    assertThat(queue.claimNext("ana", LEASE).orElseThrow().id()).isEqualTo(second.id());
  }

  @Test
  void listFilters() {
    queue.enqueue(task("inv-1", FieldKey.INVOICE_TOTAL, "4.10", 0.62));
    ReviewTask id = queue.enqueue(task("inv-1", FieldKey.INVOICE_ID, "A-17", 0.5));
    queue.enqueue(task("inv-2", FieldKey.INVOICE_TOTAL, "5.10", 0.62));
    queue.accept(id.id(), "ana");

    assertThat(queue.list(TaskFilter.all().withDocument("inv-1"))).hasSize(2);
    assertThat(queue.list(TaskFilter.all().withField(FieldKey.INVOICE_TOTAL))).hasSize(2);
    assertThat(queue.list(TaskFilter.all().withState(State.RESOLVED)))
        .extracting(ReviewTask::id)
        .containsExactly(id.id());
    assertThat(queue.list(TaskFilter.all().withState(State.OPEN).withPage(1, 1)))
        .extracting(ReviewTask::documentId)
        .containsExactly("inv-2");
  }

  @Test
  void concurrentClaimsNeverShareATask() throws Exception {
    for (int i = 0; i < 12; i++) {
      queue.enqueue(task("inv-" + i, FieldKey.INVOICE_TOTAL, "1." + i, 0.5));
    }
    ExecutorService pool = Executors.newFixedThreadPool(4);
    Set<Long> seen = ConcurrentHashMap.newKeySet();
    try {
      List<Future<Integer>> results =
          pool.invokeAll(
              List.of(
                  () -> drain("r1", seen),
                  () -> drain("r2", seen),
                  () -> drain("r3", seen),
                  () -> drain("r4", seen)));
      int total = 0;
      for (Future<Integer> f : results) {
        total += f.get();
      }
      assertThat(total).isEqualTo(12);
      assertThat(seen).hasSize(12);
    } finally {
      pool.shutdown();
      pool.awaitTermination(10, TimeUnit.SECONDS);
    }
    assertThat(queue.counts()).containsEntry(State.RESOLVED, 12L);
  }

  private int drain(String reviewer, Set<Long> seen) {
    int n = 0;
    for (Optional<ReviewTask> t = queue.claimNext(reviewer, LEASE);
        t.isPresent();
        t = queue.claimNext(reviewer, LEASE)) {
      assertThat(seen.add(t.get().id())).as("task %s claimed twice", t.get().id()).isTrue();
      queue.accept(t.get().id(), reviewer);
      n++;
    }
    return n;
  }

  @Test
  void reopeningMigratesNothingAndKeepsTasks() {
    ReviewTask t = queue.enqueue(task("inv-1", FieldKey.INVOICE_TOTAL, "4.10", 0.62));
    queue.correct(t.id(), "ana", "4.11");
    ReviewDatabase db = queue.database();
    queue.close();
    queue = ReviewQueue.open(db, clock);
    assertThat(queue.get(t.id()).orElseThrow().finalValue()).isEqualTo("4.11");
  }
}
