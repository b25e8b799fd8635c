/**
 * Cross-checks over extracted invoice fields ({@link dev.recto.extraction.check.CrossChecker}): do
 * the line amounts, totals, taxes, amount due and dates agree? Outcomes name the fields they touch
 * so that they can feed the confidence of those fields.
 */
package dev.recto.extraction.check;
