package dev.recto.review;

import static org.assertj.core.api.Assertions.assertThat;

import dev.recto.core.field.ExtractedField;
import dev.recto.core.field.FieldKey;
import dev.recto.core.process.DocumentProcessor;
import dev.recto.core.process.OcrMode;
import dev.recto.core.process.ProcessingResult;
import dev.recto.core.source.DocumentSource;
import dev.recto.extraction.generic.GenericExtractorProvider;
import dev.recto.review.feedback.FeedbackReport;
import dev.recto.review.feedback.InducedTemplate;
import dev.recto.review.feedback.ReviewFeedback;
import dev.recto.templates.recto.TemplateExtractor;
import dev.recto.templates.recto.TemplateExtractorProvider;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Resolved documents become vendor templates; unfinished or unreadable ones are skipped. */
class ReviewFeedbackTest {
  @TempDir Path dir;

  @Test
  void aFullyReviewedDocumentBecomesATemplateThatReadsItBack() throws Exception {
    Path templates = dir.resolve("templates");
    try (DocumentProcessor processor = DocumentProcessor.builder().ocrMode(OcrMode.OFF).build();
        ReviewQueue queue = ReviewQueue.open(ReviewDatabase.h2(dir.resolve("queue")))) {
      ProcessingResult first = processor.process(DocumentSource.of(SampleInvoice.PDF));
      // Every field to review (nothing reaches a threshold above 1).
      RoutingDecision d =
          new Router(FieldThresholds.uniform(1.0), Set.of())
              .route("sample", first, SampleInvoice.PDF.toString());
      List<ReviewTask> tasks = queue.enqueueAll(d.review());
      assertThat(tasks).hasSizeGreaterThan(3);
      ReviewFeedback feedback = new ReviewFeedback(processor);

      // One task still open: no template yet.
      for (ReviewTask t : tasks.subList(1, tasks.size())) {
        queue.accept(t.id(), "ana");
      }
      FeedbackReport pending = feedback.apply(queue, templates, Optional.empty());
      assertThat(pending.templates()).isEmpty();
      assertThat(pending.skipped())
          .containsExactly(new FeedbackReport.Skipped("sample", "1 tasks still open"));
      assertThat(templates).isEmptyDirectory();

      queue.claim(tasks.get(0).id(), "ana", Duration.ofMinutes(1));
      queue.accept(tasks.get(0).id(), "ana");
      FeedbackReport done = feedback.apply(queue, templates, Optional.of(dir.resolve("truth")));
      assertThat(done.skipped()).isEmpty();
      assertThat(done.truthFiles())
          .extracting(Path::getFileName)
          .hasToString("[sample.truth.json]");
      InducedTemplate t = done.templates().get(0);
      assertThat(t.file().getParent()).isEqualTo(templates);
      assertThat(t.templateName()).startsWith(ReviewFeedback.NAME_PREFIX);
      assertThat(t.rules()).isNotEmpty();
      String yaml = Files.readString(t.file());

      // Idempotent: the same queue writes the same template.
      feedback.apply(queue, templates, Optional.empty());
      assertThat(Files.readString(t.file())).isEqualTo(yaml);

      // The template reads the accepted values back from the document.
      try (DocumentProcessor withTemplate =
          DocumentProcessor.builder()
              .ocrMode(OcrMode.OFF)
              .extractorProviders(
                  List.of(
                      TemplateExtractorProvider.fromDirectory(templates),
                      new GenericExtractorProvider()))
              .build()) {
        ProcessingResult again = withTemplate.process(DocumentSource.of(SampleInvoice.PDF));
        for (FieldKey key : t.rules()) {
          ExtractedField f = again.invoice().get(key).orElseThrow();
          assertThat(f.extractorId()).isEqualTo(TemplateExtractor.ID + ":" + t.templateName());
          Map<FieldKey, ExtractedField> before = first.invoice().fields();
          if (before.containsKey(key)) {
            assertThat(f.value()).as(key.jsonName()).isEqualTo(before.get(key).value());
          }
        }
      }
    }
  }

  @Test
  void aDocumentWhoseFileIsGoneIsSkipped() throws Exception {
    try (DocumentProcessor processor = DocumentProcessor.builder().ocrMode(OcrMode.OFF).build();
        ReviewQueue queue = ReviewQueue.open(ReviewDatabase.h2(dir.resolve("queue")))) {
      ReviewTask t =
          queue.enqueue(ReviewQueueContract.task("gone", FieldKey.INVOICE_TOTAL, "4.10", 0.5));
      queue.correct(t.id(), "ana", "4.11");
      FeedbackReport r =
          new ReviewFeedback(processor).apply(queue, dir.resolve("t"), Optional.empty());
      assertThat(r.templates()).isEmpty();
      assertThat(r.skipped()).hasSize(1);
      assertThat(r.skipped().get(0).reason()).startsWith("source not found");
    }
  }
}
