package dev.recto.ocr.ppocr;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts DJL into offline mode before any DJL class initializes.
 *
 * <p>DJL's engine start-up calls {@code ai.djl.util.Ec2Utils.callHome}, which reads the EC2
 * instance-metadata endpoint and sends telemetry, unless {@code Utils.isOfflineMode()} (system
 * property {@code ai.djl.offline}, overridden by the environment variable {@code DJL_OFFLINE}) or
 * {@code OPT_OUT_TRACKING} (environment variable, else system property) is true; offline mode also
 * stops DJL from downloading engines and models. Recto sets both system properties so that users
 * cannot forget. An environment variable {@code DJL_OFFLINE=false} together with {@code
 * OPT_OUT_TRACKING=false} would still win; Recto logs a warning when it sees that.
 *
 * <p>Thread-safe; idempotent.
 */
final class DjlOffline {

  static final String OFFLINE_PROPERTY = "ai.djl.offline";
  static final String TRACKING_PROPERTY = "OPT_OUT_TRACKING";

  private static final Logger LOG = LoggerFactory.getLogger(DjlOffline.class);

  private DjlOffline() {}

  /** Sets the properties; call before the first use of any {@code ai.djl} class. */
  static synchronized void apply() {
    System.setProperty(OFFLINE_PROPERTY, "true");
    System.setProperty(TRACKING_PROPERTY, "true");
    String envOffline = System.getenv("DJL_OFFLINE");
    String envTracking = System.getenv(TRACKING_PROPERTY);
    if ("false".equalsIgnoreCase(envOffline) && "false".equalsIgnoreCase(envTracking)) {
      LOG.warn(
          "DJL_OFFLINE=false and OPT_OUT_TRACKING=false in the environment override Recto's"
              + " offline setting: DJL may contact the EC2 metadata and telemetry endpoints");
    }
  }
}
