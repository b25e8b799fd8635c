package dev.recto.core.testkit;

import dev.recto.core.field.ExtractedField;
import dev.recto.core.model.BoundingBox;
import dev.recto.core.model.Provenance;
import java.util.List;

/** Extracted fields for tests: one word's provenance on page 0, score and confidence 0.9. */
public final class TestFields {
  private TestFields() {}

  /** A field whose value is also its raw text. */
  public static ExtractedField field(String value, String extractorId) {
    return new ExtractedField(
        value,
        null,
        value,
        0.9,
        0.9,
        List.of(new Provenance(0, new BoundingBox(0.1, 0.1, 0.2, 0.12), "t", "m", "1")),
        extractorId);
  }
}
