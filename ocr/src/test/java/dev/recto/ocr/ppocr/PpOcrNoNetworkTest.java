package dev.recto.ocr.ppocr;

import static org.assertj.core.api.Assertions.assertThat;

import dev.recto.core.ingest.PageImage;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * Engine creation and recognition attempt no network connection.
 *
 * <p>What it can see: every connection made through {@code java.net.URL} / {@link
 * HttpURLConnection} (which is how DJL reads the EC2 metadata endpoint and sends telemetry) asks
 * the default {@link ProxySelector} first, so a recording selector sees it. What it cannot see: raw
 * {@link java.net.Socket}s opened without a proxy lookup and connections made from native code
 * (ONNX Runtime, OpenCV). Ordered first (see {@code junit-platform.properties}) so that DJL starts
 * inside this test rather than in an earlier one.
 */
@Order(1)
class PpOcrNoNetworkTest {

  static final class RecordingSelector extends ProxySelector {
    final List<URI> seen = new CopyOnWriteArrayList<>();

    @Override
    public List<Proxy> select(URI uri) {
      seen.add(uri);
      return Collections.singletonList(Proxy.NO_PROXY);
    }

    @Override
    public void connectFailed(URI uri, SocketAddress sa, IOException ioe) {}
  }

  @Test
  void noConnectionIsAttemptedByCreationOrRecognition() throws Exception {
    ProxySelector previous = ProxySelector.getDefault();
    RecordingSelector recorder = new RecordingSelector();
    ProxySelector.setDefault(recorder);
    try {
      // control: the recorder does see a URL connection (to a closed local port)
      HttpURLConnection c =
          (HttpURLConnection) URI.create("http://127.0.0.1:9/").toURL().openConnection();
      c.setConnectTimeout(500);
      try {
        c.connect();
      } catch (IOException expected) {
        // nothing listens there
      } finally {
        c.disconnect();
      }
      assertThat(recorder.seen).isNotEmpty();
      recorder.seen.clear();

      try (PpOcrEngine engine = PpOcrEngine.create(PpOcrOptions.defaults().withIntraOpThreads(1))) {
        BufferedImage img = new BufferedImage(400, 80, BufferedImage.TYPE_INT_RGB);
        PpOcrEngineTest.draw(img, new String[] {"Offline"}, 20, 55, 36);
        assertThat(engine.recognize(new PageImage(0, img, 300))).isNotEmpty();
      }
      // DJL's telemetry entry point itself, gated by the properties the engine set
      ai.djl.util.Ec2Utils.callHome("OnnxRuntime");

      assertThat(recorder.seen).isEmpty();
      assertThat(System.getProperty(DjlOffline.OFFLINE_PROPERTY)).isEqualTo("true");
      assertThat(System.getProperty(DjlOffline.TRACKING_PROPERTY)).isEqualTo("true");
    } finally {
      ProxySelector.setDefault(previous);
    }
  }
}
