package dev.recto.cli.offline;

import dev.recto.core.model.Page;
import dev.recto.core.model.TextSource;
import dev.recto.core.process.DocumentProcessor;
import dev.recto.core.process.ProcessingResult;
import dev.recto.core.source.DocumentSource;
import dev.recto.samples.SampleInvoice;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.Socket;
import java.net.SocketAddress;
import java.net.URI;
import java.security.Permission;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * The child JVM of {@link OfflinePipelineTest}: runs the whole pipeline (a born-digital PDF, and
 * the same invoice as a scanned page image through PP-OCR, the layout model and extraction) and
 * records every network attempt made from Java: a security manager sees each socket connect, DNS
 * lookup, listen and accept (including those inside DJL and any library), and a default {@link
 * ProxySelector} sees every URL connection. Prints one {@code RESULT} line per check and exits 0
 * only when the pipeline worked and nothing was attempted.
 */
public final class OfflinePipelineMain {

  static final List<String> ATTEMPTS = new CopyOnWriteArrayList<>();

  private OfflinePipelineMain() {}

  public static void main(String[] args) throws Exception {
    PrintStream out = System.out;
    // control, before the recorders: is the network really unreachable here?
    try (Socket s = new Socket()) {
      s.connect(new InetSocketAddress("192.0.2.1", 80), 1000);
      out.println("RESULT network reachable");
    } catch (IOException e) {
      out.println("RESULT network unreachable: " + e.getMessage());
    }
    ProxySelector.setDefault(new Recorder());
    System.setSecurityManager(new ConnectRecorder());
    // control: the recorders see an attempt
    try {
      URI.create("http://192.0.2.1/").toURL().openConnection().connect();
    } catch (IOException | SecurityException expected) {
      // refused by the recorder or the namespace
    }
    out.println("RESULT control attempts " + ATTEMPTS.size() + " " + ATTEMPTS);
    ATTEMPTS.clear();

    byte[] pdf = SampleInvoice.pdfBytes();
    byte[] scan = render(pdf);
    boolean ok = true;
    try (DocumentProcessor processor =
        DocumentProcessor.builder().ocrEngine("ppocr").layoutEngine("recto-layout").build()) {
      ProcessingResult born = processor.process(DocumentSource.of(pdf, "born.pdf"));
      ok &= report(out, "born-digital", born, TextSource.TEXT_LAYER);
      ProcessingResult scanned = processor.process(DocumentSource.of(scan, "scan.png"));
      ok &= report(out, "scanned", scanned, TextSource.OCR);
    }
    // DJL's telemetry entry point, gated by the offline switch the OCR engine sets
    ai.djl.util.Ec2Utils.callHome("OnnxRuntime");
    out.println("RESULT attempts " + ATTEMPTS.size() + " " + ATTEMPTS);
    System.exit(ok && ATTEMPTS.isEmpty() ? 0 : 1);
  }

  private static boolean report(
      PrintStream out, String name, ProcessingResult r, TextSource expected) {
    Page page = r.documentIfPresent().map(d -> d.pages().get(0)).orElse(null);
    int words = page == null ? 0 : page.words().size();
    int regions = page == null ? 0 : page.regions().size();
    int fields = r.invoice().fields().size();
    out.printf(
        "RESULT %s status=%s source=%s words=%d regions=%d fields=%d diagnostics=%s%n",
        name,
        r.status(),
        page == null ? null : page.textSource(),
        words,
        regions,
        fields,
        r.diagnostics());
    return r.isSuccess()
        && page != null
        && page.textSource() == expected
        && words > 20
        && regions > 0
        && fields > 0;
  }

  private static byte[] render(byte[] pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      var image = new PDFRenderer(doc).renderImageWithDPI(0, 200, ImageType.GRAY);
      ByteArrayOutputStream png = new ByteArrayOutputStream();
      ImageIO.write(image, "png", png);
      return png.toByteArray();
    }
  }

  /** Records URL connections. */
  private static final class Recorder extends ProxySelector {
    @Override
    public List<Proxy> select(URI uri) {
      ATTEMPTS.add("proxy-select " + uri);
      return Collections.singletonList(Proxy.NO_PROXY);
    }

    @Override
    public void connectFailed(URI uri, SocketAddress sa, IOException ioe) {}
  }

  /** Allows everything but records (and refuses) network operations. */
  @SuppressWarnings("removal")
  private static final class ConnectRecorder extends SecurityManager {
    @Override
    public void checkPermission(Permission perm) {}

    @Override
    public void checkPermission(Permission perm, Object context) {}

    @Override
    public void checkConnect(String host, int port) {
      refuse("connect " + host + ":" + port);
    }

    @Override
    public void checkConnect(String host, int port, Object context) {
      refuse("connect " + host + ":" + port);
    }

    @Override
    public void checkListen(int port) {
      refuse("listen " + port);
    }

    @Override
    public void checkAccept(String host, int port) {
      refuse("accept " + host + ":" + port);
    }

    @Override
    public void checkMulticast(java.net.InetAddress maddr) {
      refuse("multicast " + maddr);
    }

    private static void refuse(String what) {
      ATTEMPTS.add(what);
      throw new SecurityException("network attempt recorded: " + what);
    }
  }
}
