package dev.recto.extraction.check;

/** One relation between an invoice's fields. Not API; implementations are stateless. */
interface InvoiceCheck {

  /** Tests the relation; never throws on missing or odd values (they are not applicable). */
  CheckOutcome check(InvoiceValues values);
}
