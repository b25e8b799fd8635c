package dev.recto.reliability.mutate;

/** The ways {@link PdfMutator} damages a PDF. */
public enum MutationKind {
  /** 1 to 32 bytes flipped or replaced, a third of the time near the trailer. */
  BYTE_FLIP,
  /** The file cut short: anywhere, or in its last two kilobytes. */
  TRUNCATE,
  /**
   * {@code startxref} moved or removed, xref entries pointing elsewhere, {@code /Prev} or {@code
   * /W} damaged.
   */
  XREF_DAMAGE,
  /** A stream's {@code /Length} changed: zero, half, larger, negative or huge. */
  LENGTH_LIE,
  /** A dictionary given a key whose value nests arrays or dictionaries 64 to 200,000 deep. */
  DEEP_NESTING,
  /** The first page draws a chain of 16 to 20,000 form XObjects, sometimes a cycle. */
  FORM_NESTING,
  /** An object copied: same number elsewhere, or its body under another object's number. */
  DUPLICATE_OBJECT,
  /**
   * An object deleted, blanked out (offsets kept), or its {@code endobj} / {@code endstream}
   * removed.
   */
  REMOVE_OBJECT,
  /**
   * Reported when the kind asked for found nothing to work on (no xref, no stream, not a PDF that
   * loads): the mutator fell back to byte flips.
   */
  FALLBACK_BYTE_FLIP
}
