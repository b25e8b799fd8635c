/**
 * The Tesseract OCR engine: {@link dev.recto.ocr.tesseract.TesseractEngine}, its {@link
 * dev.recto.ocr.tesseract.TesseractOptions} and its ServiceLoader provider (id {@code tesseract}).
 */
package dev.recto.ocr.tesseract;
