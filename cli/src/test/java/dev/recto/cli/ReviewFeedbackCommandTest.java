package dev.recto.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.recto.cli.ReviewCommandTest.Run;
import dev.recto.review.ReviewDatabase;
import dev.recto.review.ReviewQueue;
import dev.recto.review.ReviewTask;
import dev.recto.review.TaskFilter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code recto review feedback}, then extraction with its templates and calibration on its truth.
 */
class ReviewFeedbackCommandTest {
  @TempDir Path dir;

  @Test
  void feedbackWritesATemplateAndTruthThatExtractAndCalibrateUse() throws Exception {
    Path db = dir.resolve("queue");
    Path pdf = Path.of("..", "samples", "documents", "sample-invoice.pdf");
    Path templates = dir.resolve("templates");
    Path truth = dir.resolve("reviewed-truth");

    Run enq =
        ReviewCommandTest.run(
            "review",
            "--db",
            db.toString(),
            "--enqueue",
            pdf.toString(),
            "--threshold",
            "1.0",
            "--no-serve");
    assertThat(enq.code()).as(enq.err()).isZero();
    String correctedField;
    try (ReviewQueue queue = ReviewQueue.open(ReviewDatabase.h2(db))) {
      List<ReviewTask> tasks = queue.list(TaskFilter.all());
      assertThat(tasks).hasSizeGreaterThan(3);
      // Accept every proposal but one, which the reviewer marks "not on the document".
      ReviewTask wrong = tasks.get(tasks.size() - 1);
      correctedField = wrong.field().jsonName();
      for (ReviewTask t : tasks) {
        if (t == wrong) {
          queue.correct(t.id(), "ana", "");
        } else {
          queue.accept(t.id(), "ana");
        }
      }
    }

    Run fb =
        ReviewCommandTest.run(
            "review",
            "feedback",
            "--db",
            db.toString(),
            "--templates",
            templates.toString(),
            "--calibration-out",
            truth.toString(),
            "--ocr",
            "off");
    assertThat(fb.code()).as(fb.err()).isZero();
    assertThat(fb.out()).contains("1 templates written").contains("1 truth files written");
    List<Path> yml;
    try (Stream<Path> s = Files.list(templates)) {
      yml = s.toList();
    }
    assertThat(yml).hasSize(1);
    String name = yml.get(0).getFileName().toString().replaceFirst("\\.yml$", "");
    assertThat(name).startsWith("review-");
    String truthJson = Files.readString(truth.resolve("sample-invoice.truth.json"));
    assertThat(truthJson).contains("\"absent\" : [ \"" + correctedField + "\" ]");

    // The next extraction (and enqueue) reads the vendor's documents with the template.
    Run ex = ReviewCommandTest.run("extract", "--templates", "recto:" + templates, pdf.toString());
    assertThat(ex.code()).as(ex.err()).isZero();
    assertThat(ex.out()).contains("\"templates:" + name + "\"");
    Run again =
        ReviewCommandTest.run(
            "review",
            "--db",
            dir.resolve("queue2").toString(),
            "--enqueue",
            pdf.toString(),
            "--templates",
            templates.toString(),
            "--no-serve");
    assertThat(again.code()).as(again.err()).isZero();

    // Calibration takes the reviewed truth alongside (here: instead of) other labeled documents.
    Path artifact = dir.resolve("calibration.json");
    Run cal =
        ReviewCommandTest.run(
            "calibrate",
            "--reviewed",
            truth.toString(),
            "--ocr",
            "off",
            "--out",
            artifact.toString());
    assertThat(cal.code()).as(cal.err() + cal.out()).isZero();
    assertThat(cal.out()).contains("of 1 documents");
    assertThat(artifact).exists();
  }

  @Test
  void feedbackNeedsTheTemplateDirectory() {
    Run r = ReviewCommandTest.run("review", "feedback", "--db", dir.resolve("q").toString());
    assertThat(r.code()).isEqualTo(RectoCli.EXIT_USAGE);
    assertThat(r.err()).contains("--templates");
  }
}
