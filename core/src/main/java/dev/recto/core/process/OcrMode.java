package dev.recto.core.process;

/** When to run OCR on a page. */
public enum OcrMode {
  /** OCR pages without a real text layer; use the text layer elsewhere (the default). */
  AUTO,
  /** OCR every page, ignoring any text layer. */
  FORCE,
  /** Never OCR; pages without a real text layer get no words. */
  OFF
}
