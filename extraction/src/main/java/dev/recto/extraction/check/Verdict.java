package dev.recto.extraction.check;

/** The result of one cross-check. */
public enum Verdict {
  /** The relation holds within its tolerance. */
  PASSED,
  /** The relation does not hold: at least one of the fields it touches is likely wrong. */
  FAILED,
  /** A field the check needs is missing or unreadable, so it says nothing. */
  NOT_APPLICABLE
}
