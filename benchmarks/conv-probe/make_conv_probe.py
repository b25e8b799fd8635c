"""Writes conv-probe.onnx: one dense 3x3 convolution, 64 -> 64 channels, on a 1 x 64 x 128 x 128
input (padding 1), weights drawn from a fixed seed. ConvThroughputBenchmark times it to measure
the machine's convolution throughput in ONNX Runtime:
2 * 64 * 64 * 3 * 3 * 128 * 128 = 1,207,959,552 floating-point operations per run.

Run with Debian's Python (python3-onnx, python3-numpy):
    /usr/bin/python3 benchmarks/conv-probe/make_conv_probe.py \
        benchmarks/src/main/resources/dev/recto/benchmarks/conv-probe.onnx
then pin the printed SHA-256 in ConvThroughputBenchmark.
"""

import hashlib
import sys

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper

CHANNELS = 64
SIZE = 128


def main(out):
    rng = np.random.default_rng(20261126)
    weight = (rng.standard_normal((CHANNELS, CHANNELS, 3, 3)) * 0.05).astype(np.float32)
    bias = np.zeros(CHANNELS, dtype=np.float32)
    graph = helper.make_graph(
        [helper.make_node("Conv", ["x", "w", "b"], ["y"], kernel_shape=[3, 3], pads=[1, 1, 1, 1])],
        "conv_probe",
        [helper.make_tensor_value_info("x", TensorProto.FLOAT, [1, CHANNELS, SIZE, SIZE])],
        [helper.make_tensor_value_info("y", TensorProto.FLOAT, [1, CHANNELS, SIZE, SIZE])],
        initializer=[numpy_helper.from_array(weight, "w"), numpy_helper.from_array(bias, "b")],
    )
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 13)])
    model.ir_version = 7
    onnx.checker.check_model(model)
    data = model.SerializeToString()
    with open(out, "wb") as f:
        f.write(data)
    print(out, len(data), "bytes, sha256", hashlib.sha256(data).hexdigest())


if __name__ == "__main__":
    main(sys.argv[1])
