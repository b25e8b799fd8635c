package dev.recto.samples.synth;

/**
 * Why a deliberately inconsistent invoice does not add up. A small, flagged share of the corpus
 * carries one, so that cross-checks have something to catch.
 *
 * @param kind which relation is broken
 * @param detail a human-readable note, e.g. {@code total off by 0.37}
 */
public record Inconsistency(Kind kind, String detail) {

  /** The broken relation. */
  public enum Kind {
    /** One line amount differs from quantity x unit price. */
    LINE_AMOUNT,
    /** One tax amount differs from base x rate (and total tax follows it). */
    TAX_AMOUNT,
    /** The total differs from subtotal - discount + tax (amount due follows it). */
    TOTAL
  }

  public Inconsistency {
    if (kind == null || detail == null || detail.isBlank()) {
      throw new IllegalArgumentException("kind and detail are required");
    }
  }
}
