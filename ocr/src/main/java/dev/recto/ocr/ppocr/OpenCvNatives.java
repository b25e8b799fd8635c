package dev.recto.ocr.ppocr;

import dev.recto.core.error.EngineUnavailableException;

/**
 * Loads OpenCV's native library (bundled in {@code org.openpnp:opencv}) once, on first need, never
 * at class initialization. Thread-safe.
 */
final class OpenCvNatives {

  private static boolean loaded;

  private OpenCvNatives() {}

  /**
   * Loads the natives unless already loaded.
   *
   * @throws EngineUnavailableException when the platform has no bundled OpenCV library
   */
  static synchronized void ensureLoaded() {
    if (loaded) {
      return;
    }
    try {
      nu.pattern.OpenCV.loadLocally();
    } catch (RuntimeException | LinkageError e) {
      throw new EngineUnavailableException(
          "OpenCV natives could not be loaded for "
              + System.getProperty("os.name")
              + "/"
              + System.getProperty("os.arch")
              + "; org.openpnp:opencv bundles Linux, macOS and Windows x86-64 and aarch64 builds,"
              + " use one of those platforms or put a matching org.openpnp:opencv on the class"
              + " path",
          e);
    }
    loaded = true;
  }
}
