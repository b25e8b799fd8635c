package dev.recto.ocr.ppocr;

import ai.onnxruntime.OrtSession.SessionOptions;
import com.sun.management.OperatingSystemMXBean;
import dev.recto.core.ingest.PageImage;
import dev.recto.core.ingest.PdfRasterizer;
import dev.recto.core.models.ModelArtifactLoader;
import java.io.File;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Recognition-only timing of thread and batch variants on the crops of real pages, interleaved
 * rounds so every variant sees the same load. Not part of the build; run with {@code
 * -Dtest=RecognitionSpeedProbe -Drecto.bench.pdfs=a.pdf,b.pdf}.
 */
@EnabledIfSystemProperty(named = "recto.bench.pdfs", matches = ".+")
class RecognitionSpeedProbe {

  record Variant(String name, int intra, int batch, int parallel) {}

  @Test
  void probe() throws Exception {
    String[] pdfs = System.getProperty("recto.bench.pdfs").split(",");
    int rounds = Integer.getInteger("recto.bench.rounds", 3);
    List<Variant> variants = new ArrayList<>();
    for (String v : System.getProperty("recto.bench.variants", "2:6:1,1:3:2").split(",")) {
      String[] f = v.split(":");
      int intra = Integer.parseInt(f[0]);
      int batch = Integer.parseInt(f[1]);
      int par = Integer.parseInt(f[2]);
      variants.add(new Variant("intra" + intra + "-b" + batch + "-par" + par, intra, batch, par));
    }
    List<List<LineCrop>> pages = new ArrayList<>();
    try (PpOcrEngine engine = PpOcrEngine.create(PpOcrOptions.defaults().withIntraOpThreads(2))) {
      for (String pdf : pdfs) {
        PageImage page;
        try (PDDocument doc = Loader.loadPDF(new File(pdf))) {
          page = new PdfRasterizer(100_000_000L).render(doc, 0, 300, PdfRasterizer.ColorMode.RGB);
        }
        pages.add(engine.detectLines(page, null));
      }
    }
    int lines = pages.stream().mapToInt(List::size).sum();
    for (int b : new int[] {1, 3, 6, 12, 24}) {
      long used = 0;
      long padded = 0;
      for (List<LineCrop> crops : pages) {
        List<LineCrop> sorted = new ArrayList<>(crops);
        sorted.sort(java.util.Comparator.comparingDouble(LineCrop::aspect));
        for (int s = 0; s < sorted.size(); s += b) {
          int e = Math.min(sorted.size(), s + b);
          double max = 320.0 / 48;
          for (int k = s; k < e; k++) {
            used += (long) Math.ceil(48 * sorted.get(k).aspect());
            max = Math.max(max, sorted.get(k).aspect());
          }
          padded += (long) (e - s) * (int) (48 * max);
        }
      }
      System.out.printf(
          "PROBE padding batch=%d input columns %d used %d waste %.1f%%%n",
          b, padded, used, 100.0 * (padded - used) / padded);
    }
    ClassLoader loader = PpOcrEngine.class.getClassLoader();
    byte[] rec = ModelArtifactLoader.read(PpOcrModels.RECOGNITION, loader);
    CtcDecoder decoder =
        new CtcDecoder(
            PpOcrEngine.dictionary(ModelArtifactLoader.read(PpOcrModels.DICTIONARY, loader)), true);
    OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    ExecutorService pool = Executors.newFixedThreadPool(2);
    List<SessionOptions> opts = new ArrayList<>();
    List<OnnxModel> models = new ArrayList<>();
    dev.recto.core.process.DeadlineTimer timer =
        new dev.recto.core.process.DeadlineTimer("probe-deadline");
    try {
      for (Variant v : variants) {
        SessionOptions so = new SessionOptions();
        so.setIntraOpNumThreads(v.intra());
        so.addConfigEntry("session.intra_op.allow_spinning", "0");
        opts.add(so);
        models.add(OnnxModel.load(v.name(), rec, so, timer));
      }
      String[] ref = null;
      for (int r = 0; r <= rounds; r++) {
        for (int vi = 0; vi < variants.size(); vi++) {
          Variant v = variants.get(vi);
          TextRecognizer recognizer = new TextRecognizer(models.get(vi), decoder, v.batch());
          long w0 = System.nanoTime();
          long c0 = os.getProcessCpuTime();
          StringBuilder text = new StringBuilder();
          for (List<LineCrop> crops : pages) {
            List<List<LineCrop>> parts = split(crops, v.parallel(), v.batch());
            List<Future<List<TextRecognizer.RecognizedLine>>> fs = new ArrayList<>();
            for (List<LineCrop> part : parts) {
              fs.add(pool.submit(() -> recognizer.recognize(part, new StageClock(), null)));
            }
            for (Future<List<TextRecognizer.RecognizedLine>> f : fs) {
              for (TextRecognizer.RecognizedLine l : f.get()) {
                text.append(l.line().text()).append('\n');
              }
            }
          }
          long wall = System.nanoTime() - w0;
          long cpu = os.getProcessCpuTime() - c0;
          if (r > 0) {
            System.out.printf(
                "PROBE round=%d %-16s wall ms/page=%d cpu ms/page=%d chars=%d%n",
                r,
                v.name(),
                wall / 1_000_000 / pages.size(),
                cpu / 1_000_000 / pages.size(),
                text.length());
          }
        }
      }
    } finally {
      pool.shutdown();
      models.forEach(OnnxModel::close);
      timer.close();
      opts.forEach(SessionOptions::close);
      pages.forEach(p -> p.forEach(LineCrop::close));
    }
    System.out.println("PROBE lines=" + lines + " pages=" + pages.size());
  }

  /** Crops sorted by aspect, dealt out batch by batch to {@code n} parts. */
  private static List<List<LineCrop>> split(List<LineCrop> crops, int n, int batch) {
    List<LineCrop> sorted = new ArrayList<>(crops);
    sorted.sort(java.util.Comparator.comparingDouble(LineCrop::aspect));
    List<List<LineCrop>> parts = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      parts.add(new ArrayList<>());
    }
    for (int s = 0; s < sorted.size(); s++) {
      parts.get((s / batch) % n).add(sorted.get(s));
    }
    return parts;
  }
}
