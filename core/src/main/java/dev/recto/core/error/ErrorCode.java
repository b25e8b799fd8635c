package dev.recto.core.error;

/** Machine-readable codes of Recto's typed errors, written into diagnostics and JSON. */
public enum ErrorCode {
  /** The input could not be read at all (missing file, I/O failure). */
  SOURCE_UNREADABLE,
  /** The input is not a format Recto reads. */
  UNSUPPORTED_FORMAT,
  /** The input is damaged beyond what the parser repairs. */
  INVALID_DOCUMENT,
  /** The PDF needs a password to open. */
  ENCRYPTED_DOCUMENT,
  /** A configured limit (bytes, pages, pixels, memory) would be exceeded. */
  LIMIT_EXCEEDED,
  /** The per-document deadline passed. */
  DEADLINE_EXCEEDED,
  /**
   * The processor refused the document at once because too many earlier documents overran their
   * deadlines and are still running; retry later.
   */
  OVERLOADED,
  /** A required engine is not on the class path or its native library is missing. */
  ENGINE_UNAVAILABLE,
  /** A model failed to load or failed its checksum. */
  MODEL_LOAD_FAILED,
  /** A stage failed on a page or on the document. */
  STAGE_FAILED,
  /** A template is malformed. */
  TEMPLATE_ERROR,
  /** The review queue's database failed, or a review task was not in the state asked for. */
  REVIEW_QUEUE
}
