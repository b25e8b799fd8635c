/**
 * Line-item tables without templates: {@link dev.recto.extraction.table.LineItemTableFinder} finds
 * an invoice's item table from word boxes (a multilingual header lexicon, column alignment, row
 * splitting, totals and page furniture) and returns {@link dev.recto.core.field.LineItem}s with
 * normalized values and word-box provenance. Everything else in this package is internal.
 */
package dev.recto.extraction.table;
