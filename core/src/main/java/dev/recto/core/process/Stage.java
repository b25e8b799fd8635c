package dev.recto.core.process;

/** The stages of Recto's pipeline, in order. */
public enum Stage {
  INGEST,
  TEXT_LAYER,
  RASTERIZE,
  OCR,
  LAYOUT,
  EXTRACTION,
  OUTPUT
}
