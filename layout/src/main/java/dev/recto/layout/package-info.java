/**
 * Layout detection: {@link dev.recto.layout.OnnxLayoutEngine} (Recto's own model on ONNX Runtime),
 * {@link dev.recto.layout.GeometricLayoutEngine} (XY-cut fallback), {@link
 * dev.recto.layout.ReadingOrder}, and the evaluation in {@code dev.recto.layout.eval}.
 */
package dev.recto.layout;
