/**
 * Typed parsers and validators for the values on invoices: money ({@link
 * dev.recto.extraction.parse.MoneyParser} under a per-document {@link
 * dev.recto.extraction.parse.NumberConvention}), dates ({@link
 * dev.recto.extraction.parse.DateParser} under a per-document {@link
 * dev.recto.extraction.parse.DateOrder}), percentages, IBANs, BICs, VAT numbers, US EINs and
 * document-number plausibility.
 *
 * <p>Every class here is immutable and thread-safe; parsers return {@code Optional.empty()} or an
 * empty list for text that is not what they read, and never throw on bad input.
 */
package dev.recto.extraction.parse;
