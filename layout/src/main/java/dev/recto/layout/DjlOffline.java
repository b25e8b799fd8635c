package dev.recto.layout;

/**
 * Puts DJL into offline mode (no engine or model downloads, no telemetry) before any DJL class
 * initializes; the same switch as the OCR module's. Thread-safe; idempotent.
 */
final class DjlOffline {

  private DjlOffline() {}

  static synchronized void apply() {
    System.setProperty("ai.djl.offline", "true");
    System.setProperty("OPT_OUT_TRACKING", "true");
  }
}
