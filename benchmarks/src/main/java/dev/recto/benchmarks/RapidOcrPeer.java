package dev.recto.benchmarks;

import com.benjaminwan.ocrlibrary.OcrResult;
import com.benjaminwan.ocrlibrary.TextBlock;
import io.github.mymonstercat.Model;
import io.github.mymonstercat.ocr.InferenceEngine;
import io.github.mymonstercat.ocr.config.HardwareConfig;
import io.github.mymonstercat.ocr.config.ParamConfig;
import java.nio.file.Path;
import java.util.StringJoiner;

/**
 * RapidOCR-Java ({@code io.github.mymonstercat:rapidocr} 0.0.7 with its ONNX native library), a
 * peer Recto's PP-OCR engine is compared with: the same PP-OCRv4 detection and recognition models
 * and the mobile v2 angle classifier, run by RapidOcrOnnx's C++ code on ONNX Runtime. Used by the
 * benchmarks only; Recto itself never loads it.
 *
 * <p>The library reads the page from an image file and keeps one process-wide engine ({@link
 * InferenceEngine#getInstance}): the thread count of the first call wins. Detection runs at limit
 * side {@code maxSideLen} pixels (Recto's default is 960); angle classification on, as RapidOCR's
 * defaults have it. Not safe for concurrent calls: use one thread.
 */
final class RapidOcrPeer {

  private final InferenceEngine engine;
  private final ParamConfig params;

  private RapidOcrPeer(InferenceEngine engine, ParamConfig params) {
    this.engine = engine;
    this.params = params;
  }

  /**
   * Loads the native library and the models (extracted by the library to a temporary folder).
   *
   * @param threads ONNX Runtime threads of the native engine
   * @param maxSideLen detection limit side in pixels
   */
  static RapidOcrPeer create(int threads, int maxSideLen) {
    HardwareConfig hardware = HardwareConfig.getOnnxConfig();
    hardware.setNumThread(threads);
    ParamConfig params = ParamConfig.getDefaultConfig();
    params.setMaxSideLen(maxSideLen);
    return new RapidOcrPeer(InferenceEngine.getInstance(Model.ONNX_PPOCR_V4, hardware), params);
  }

  /** The text of every detected line of the image file, joined by single spaces. */
  String read(Path image) {
    OcrResult result = engine.runOcr(image.toAbsolutePath().toString(), params);
    StringJoiner text = new StringJoiner(" ");
    for (TextBlock block : result.getTextBlocks()) {
      text.add(block.getText());
    }
    return text.toString();
  }
}
