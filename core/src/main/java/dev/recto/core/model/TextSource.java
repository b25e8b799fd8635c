package dev.recto.core.model;

/** Where the words of a page came from. */
public enum TextSource {
  /** The PDF's own text layer, judged real (visible, decodable text). */
  TEXT_LAYER,
  /** Optical character recognition of a rendering or an image of the page. */
  OCR,
  /** No words: the page has no usable text layer and OCR was off or unavailable. */
  NONE
}
