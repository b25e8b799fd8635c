package dev.recto.layout;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtProvider;
import ai.onnxruntime.OrtSession.SessionOptions;
import ai.onnxruntime.providers.OrtCUDAProviderOptions;
import dev.recto.core.error.EngineUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where the layout model runs, with the same meaning as the PP-OCR engine's device option.
 *
 * <p>{@link #GPU} and {@link #AUTO} use ONNX Runtime's CUDA execution provider, which needs the GPU
 * build of ONNX Runtime ({@code com.microsoft.onnxruntime:onnxruntime_gpu} in place of the CPU jar,
 * with its native digests added through {@code recto.onnxruntime.sha256}) and CUDA 12 + cuDNN 9 on
 * the machine; see {@code docs/ocr-gpu.md}.
 */
public enum LayoutDevice {
  /** ONNX Runtime's CPU execution provider (the default). */
  CPU,
  /** The CUDA execution provider; engine creation fails with a typed error when it is missing. */
  GPU,
  /** CUDA when the GPU build and CUDA are present, else the CPU (logged once per engine). */
  AUTO;

  private static final Logger LOG = LoggerFactory.getLogger(LayoutDevice.class);

  /**
   * Adds the CUDA provider to {@code options} for GPU and AUTO.
   *
   * @return the provider options, which the caller closes with the engine; null when the model runs
   *     on the CPU (then, for AUTO, {@code options} may be half-configured: the caller starts again
   *     from fresh options)
   * @throws EngineUnavailableException for GPU when CUDA cannot be used
   */
  AutoCloseable addTo(SessionOptions options) {
    if (this == CPU) {
      return null;
    }
    String missing;
    if (!OrtEnvironment.getAvailableProviders().contains(OrtProvider.CUDA)) {
      missing =
          "this ONNX Runtime build has no CUDA provider (use com.microsoft.onnxruntime:"
              + "onnxruntime_gpu instead of onnxruntime)";
    } else {
      OrtCUDAProviderOptions cuda = null;
      try {
        cuda = new OrtCUDAProviderOptions(0);
        cuda.add("cudnn_conv_algo_search", "DEFAULT");
        options.addCUDA(cuda);
        LOG.info("the layout model runs on CUDA device 0");
        return cuda;
      } catch (OrtException | RuntimeException e) {
        if (cuda != null) {
          cuda.close();
        }
        missing = "CUDA could not start (" + e.getMessage() + "); install CUDA 12 and cuDNN 9";
      }
    }
    if (this == GPU) {
      throw new EngineUnavailableException("layout device GPU unavailable: " + missing, null);
    }
    LOG.info("the layout model runs on the CPU: {}", missing);
    return null;
  }
}
