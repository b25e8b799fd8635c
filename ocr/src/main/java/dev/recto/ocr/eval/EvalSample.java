package dev.recto.ocr.eval;

import dev.recto.core.ingest.PageImage;
import java.util.Objects;

/**
 * One page image with its known text.
 *
 * <p>Immutable apart from the image's pixels, which nobody may change while the sample is used.
 *
 * @param id a name for reports, e.g. {@code coolblue1.pdf#1} or {@code sroie/042}
 * @param image the page as the engines get it
 * @param reference the page's true words in reading order joined by single spaces
 */
public record EvalSample(String id, PageImage image, String reference) {

  public EvalSample {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(image, "image");
    reference = OcrText.normalize(Objects.requireNonNull(reference, "reference"));
  }
}
