/**
 * OCR evaluation: word precision, recall and F1 and character error rate of OCR engines on pages
 * whose text is known (PDF text layers, SROIE receipts, degraded renders, generated pages with
 * Latin letters), per page, per set and per engine. Used by {@code recto eval ocr}; see {@code
 * docs/ocr.md}.
 */
package dev.recto.ocr.eval;
