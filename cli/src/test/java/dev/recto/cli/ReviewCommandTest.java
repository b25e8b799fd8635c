package dev.recto.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.recto.core.field.FieldKey;
import dev.recto.review.ReviewDatabase;
import dev.recto.review.ReviewQueue;
import dev.recto.review.ReviewTask;
import dev.recto.review.TaskFilter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReviewCommandTest {
  @TempDir Path dir;

  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = RectoCli.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void enqueuesTheSampleThenExportsWhatWasReviewed() throws Exception {
    Path db = dir.resolve("queue");
    Path pdf = Path.of("..", "samples", "documents", "sample-invoice.pdf");

    Run enq =
        run(
            "review",
            "--db",
            db.toString(),
            "--enqueue",
            pdf.toString(),
            "--threshold",
            "0.85",
            "--field-threshold",
            "InvoiceTotal=1.0",
            "--no-serve");
    assertThat(enq.code()).as(enq.err()).isZero();
    assertThat(enq.out()).contains("1 documents: 0 auto-accepted");

    try (ReviewQueue queue = ReviewQueue.open(ReviewDatabase.h2(db))) {
      List<ReviewTask> open = queue.list(TaskFilter.all());
      assertThat(open).extracting(ReviewTask::field).contains(FieldKey.INVOICE_TOTAL);
      // Other fields are routed only below the 0.85 threshold (with calibrated confidences the
      // sample's fields may all be accepted).
      assertThat(open)
          .filteredOn(t -> t.field() != FieldKey.INVOICE_TOTAL)
          .allSatisfy(t -> assertThat(t.task().confidence()).isLessThan(0.85));
      ReviewTask total =
          open.stream().filter(t -> t.field() == FieldKey.INVOICE_TOTAL).findFirst().get();
      queue.correct(total.id(), "test", "1416.11");
    }
    // Enqueueing again changes nothing.
    assertThat(
            run("review", "--db", db.toString(), "--enqueue", pdf.toString(), "--no-serve").code())
        .isZero();

    Run exp = run("review", "--db", db.toString(), "--export", dir.resolve("truth").toString());
    assertThat(exp.code()).as(exp.err()).isZero();
    Path truth = dir.resolve("truth").resolve("sample-invoice.truth.json");
    assertThat(Files.readString(truth)).contains("\"InvoiceTotal\" : \"1416.11\"");
  }

  @Test
  void unknownFieldIsAUsageError() {
    Run r = run("review", "--db", dir.resolve("q").toString(), "--require", "Totl", "--no-serve");
    assertThat(r.code()).isEqualTo(RectoCli.EXIT_USAGE);
    assertThat(r.err()).contains("unknown field Totl");
  }
}
