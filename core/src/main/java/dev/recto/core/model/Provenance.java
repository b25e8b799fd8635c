package dev.recto.core.model;

import java.util.Objects;

/**
 * Where a piece of content came from: the page, its box, and the engine and model that produced it.
 *
 * <p>Immutable and thread-safe.
 *
 * @param pageIndex zero-based page index within the document
 * @param box the box on that page, in the space documented on {@link BoundingBox}
 * @param engineId id of the engine that produced the content, e.g. {@code pdfbox-text-layer}
 * @param modelId id of the model or library behind the engine, e.g. {@code pdfbox}
 * @param modelVersion version of that model or library, e.g. {@code 3.0.5}
 */
public record Provenance(
    int pageIndex, BoundingBox box, String engineId, String modelId, String modelVersion) {

  public Provenance {
    if (pageIndex < 0) {
      throw new IllegalArgumentException("pageIndex must be >= 0, was " + pageIndex);
    }
    Objects.requireNonNull(box, "box");
    requireText(engineId, "engineId");
    requireText(modelId, "modelId");
    requireText(modelVersion, "modelVersion");
  }

  private static void requireText(String value, String name) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
  }

  /** The same engine and model, another place. */
  public Provenance at(int otherPageIndex, BoundingBox otherBox) {
    return new Provenance(otherPageIndex, otherBox, engineId, modelId, modelVersion);
  }
}
