/**
 * Image preprocessing shared by all OCR engines: 8-bit gray rasters ({@link
 * dev.recto.ocr.preprocess.GrayImage}) and steps that clean them without moving pixels ({@link
 * dev.recto.ocr.preprocess.BorderTrimmer}), so that boxes found after preprocessing are boxes on
 * the original page.
 */
package dev.recto.ocr.preprocess;
