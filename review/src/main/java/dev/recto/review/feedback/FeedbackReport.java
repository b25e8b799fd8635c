package dev.recto.review.feedback;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What one run of {@link ReviewFeedback} did.
 *
 * @param templates the templates written, in the queue's order of resolution
 * @param skipped documents no template was written for, with the reason
 * @param truthFiles the truth files written for recalibration (empty when none were asked for)
 */
public record FeedbackReport(
    List<InducedTemplate> templates, List<Skipped> skipped, List<Path> truthFiles) {

  public FeedbackReport {
    templates = List.copyOf(templates);
    skipped = List.copyOf(skipped);
    truthFiles = List.copyOf(truthFiles);
  }

  /** A reviewed document that gave no template. */
  public record Skipped(String documentId, String reason) {
    public Skipped {
      Objects.requireNonNull(documentId, "documentId");
      Objects.requireNonNull(reason, "reason");
    }
  }
}
