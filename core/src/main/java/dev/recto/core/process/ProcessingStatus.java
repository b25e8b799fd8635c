package dev.recto.core.process;

/** The outcome of processing one document. */
public enum ProcessingStatus {
  /** Every stage ran on every page without an error. */
  SUCCESS,
  /** A result exists, but at least one error diagnostic says what is missing from it. */
  PARTIAL_SUCCESS,
  /** No usable result; the diagnostics say why. */
  FAILURE
}
