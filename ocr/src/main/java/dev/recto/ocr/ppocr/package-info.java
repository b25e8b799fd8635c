/**
 * The PP-OCR engine: PaddleOCR's PP-OCRv4 detection, angle classification and recognition models on
 * ONNX Runtime (its Java API; DJL's ONNX Runtime engine brings the runtime), with word splitting
 * from the recognizer's frame positions. Start at {@link dev.recto.ocr.ppocr.PpOcrEngine} and
 * {@link dev.recto.ocr.ppocr.PpOcrOptions}; the other public types are {@link
 * dev.recto.ocr.ppocr.PpOcrEngineProvider} (ServiceLoader id {@code ppocr}), {@link
 * dev.recto.ocr.ppocr.PpOcrModels} and {@link dev.recto.ocr.ppocr.PpOcrTimings}.
 */
package dev.recto.ocr.ppocr;
