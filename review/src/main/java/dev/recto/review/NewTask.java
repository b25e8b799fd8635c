package dev.recto.review;

import dev.recto.core.field.FieldKey;
import dev.recto.core.model.BoundingBox;
import java.util.Objects;
import java.util.Optional;

/**
 * A field to be reviewed, before it is in the queue.
 *
 * @param documentId the caller's id of the document (unique in the queue), e.g. its file name
 *     without extension; at most 200 characters
 * @param field the field
 * @param proposedValue the extracted value, normalized; empty when nothing was extracted
 * @param confidence the calibrated confidence of the proposed value in {@code [0,1]}, 0 when none
 * @param pageIndex zero-based page the value is on (0 when nothing was extracted)
 * @param box the value's box on that page, page-relative with a top-left origin (see {@link
 *     BoundingBox}); {@code null} when nothing was extracted, read it through {@link #boxIfPresent}
 * @param pageImage where the page image comes from: a path or {@code file:} URI of the PDF or image
 *     the document was read from; the page is rendered from it when the task is shown
 */
public record NewTask(
    String documentId,
    FieldKey field,
    String proposedValue,
    double confidence,
    int pageIndex,
    BoundingBox box,
    String pageImage) {

  public NewTask {
    if (documentId == null || documentId.isBlank() || documentId.length() > 200) {
      throw new IllegalArgumentException("documentId must have 1 to 200 characters");
    }
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(proposedValue, "proposedValue");
    if (!(confidence >= 0 && confidence <= 1)) {
      throw new IllegalArgumentException("confidence must be in [0,1], was " + confidence);
    }
    if (pageIndex < 0) {
      throw new IllegalArgumentException("pageIndex must be >= 0, was " + pageIndex);
    }
    Objects.requireNonNull(pageImage, "pageImage");
  }

  public Optional<BoundingBox> boxIfPresent() {
    return Optional.ofNullable(box);
  }
}
