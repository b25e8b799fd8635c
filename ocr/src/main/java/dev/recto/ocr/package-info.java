/** Recto's ocr module; its capabilities arrive with their issues. */
package dev.recto.ocr;
