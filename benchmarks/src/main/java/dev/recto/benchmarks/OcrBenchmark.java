package dev.recto.benchmarks;

import dev.recto.core.ingest.PageImage;
import dev.recto.core.ingest.PdfRasterizer;
import dev.recto.core.model.Word;
import dev.recto.ocr.ppocr.PpOcrEngine;
import dev.recto.ocr.ppocr.PpOcrOptions;
import dev.recto.ocr.ppocr.PpOcrStages;
import dev.recto.ocr.tesseract.TesseractEngine;
import dev.recto.ocr.tesseract.TesseractOptions;
import dev.recto.samples.SampleInvoice;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * OCR time per 300-dpi page, per stage, milliseconds per operation (average time).
 *
 * <ul>
 *   <li>{@code ppocrDetect}: PP-OCR detection and line cropping ({@link PpOcrStages#detect}), the
 *       crops closed again.
 *   <li>{@code ppocrRecognize}: recognition and word splitting ({@link PpOcrStages#read}) of the
 *       crops of one detection run made in {@code @Setup}.
 *   <li>{@code ppocrPage}: the whole {@link PpOcrEngine#recognize}.
 *   <li>{@code tesseractPage}: {@link TesseractEngine#recognize}, page segmentation mode 3; start
 *       the JVM with {@code OMP_THREAD_LIMIT=1} in the environment (forks inherit it).
 *   <li>Peers on the same page: {@code rapidOcrPage}, RapidOCR-Java on the same PP-OCRv4 models at
 *       the same detection limit side ({@link RapidOcrPeer}, reading the page from a PNG file
 *       written in {@code @Setup}; its native engine is one per process, so calls are serialized
 *       and {@code -t 2} gains nothing for it), and {@code tesseractCliPage}, the {@code tesseract}
 *       command on that PNG with {@code OMP_THREAD_LIMIT=1} ({@link TesseractCli}, a process per
 *       page).
 * </ul>
 *
 * <p>Pages ({@code page} parameter): {@code sample-invoice}, Recto's generated sample invoice
 * ({@link SampleInvoice#pdfBytes()}, the same as {@code samples/documents/sample-invoice.pdf}), and
 * {@code AmazonWebServices}, the first page of {@code shared/data/invoice2data/compare/
 * AmazonWebServices.pdf} found as {@link CorpusLocator} finds the corpus (setup fails when it is
 * absent: pass {@code -p page=sample-invoice}), both rendered at 300 dpi gray in {@code @Setup},
 * and {@code synthetic-scan}, the first page of the simulated scan of synthetic invoice 0 ({@link
 * SynthPages}, at the resolution the scan was drawn with). The {@code recThreads} parameter is
 * {@link PpOcrOptions#recognitionThreads()}: 1 reads the lines one batch after the other with 2
 * ONNX Runtime threads per call (the engine before 2026-11-26), 0 reads batches at once on one
 * worker per processor.
 *
 * <p>Engines are built once per trial and shared by the benchmark threads ({@code -t 2} runs two
 * pages at once on one engine each); models are warm after the warm-up iteration.
 *
 * <pre>
 * OMP_THREAD_LIMIT=1 java -jar benchmarks/target/benchmarks.jar OcrBenchmark -t 1
 * OMP_THREAD_LIMIT=1 java -jar benchmarks/target/benchmarks.jar OcrBenchmark -f 1 -wi 0 -i 1 \
 *     -p page=sample-invoice   # smoke
 * </pre>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1, time = 10)
@Measurement(iterations = 3, time = 10)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-Dorg.slf4j.simpleLogger.log.org.apache.pdfbox=error"})
@Threads(1)
public class OcrBenchmark {

  /** The page and the engines, shared by all benchmark threads. */
  @State(Scope.Benchmark)
  public static class Engines {
    /** Which page to read. */
    @Param({"sample-invoice", "AmazonWebServices", "synthetic-scan"})
    public String page;

    /** {@link PpOcrOptions#recognitionThreads()} of the PP-OCR engine. */
    @Param({"1", "0"})
    public int recThreads;

    /**
     * {@link PpOcrOptions.Device} of the PP-OCR engine: {@code CPU}, or {@code GPU} / {@code AUTO}
     * with {@code onnxruntime_gpu} on the class path (see {@code docs/ocr-gpu.md}).
     */
    @Param({"CPU"})
    public String device;

    PageImage image;
    PpOcrEngine ppocr;
    PpOcrStages stages;
    PpOcrStages.Lines lines;
    TesseractEngine tesseract;
    RapidOcrPeer rapidOcr;
    Path png;

    /** Renders the page and starts the engines. */
    @Setup(Level.Trial)
    public void setUp() throws IOException {
      image = render(page);
      ppocr =
          PpOcrEngine.create(
              PpOcrOptions.defaults()
                  .withIntraOpThreads(2)
                  .withRecognitionThreads(recThreads)
                  .withDevice(PpOcrOptions.Device.valueOf(device)));
      stages = new PpOcrStages(ppocr);
      lines = stages.detect(image);
      tesseract = TesseractEngine.create(TesseractOptions.defaults());
      png = Files.createTempFile("recto-ocr-bench", ".png");
      ImageIO.write(image.image(), "png", png.toFile());
      rapidOcr = RapidOcrPeer.create(2, PpOcrOptions.DEFAULT_DET_LIMIT_SIDE);
      System.out.printf(
          "recto.bench ocr page %s %dx%d px, %d lines, PP-OCR %d words, Tesseract %d words,"
              + " OMP_THREAD_LIMIT=%s%n",
          page,
          image.width(),
          image.height(),
          lines.size(),
          ppocr.recognize(image).size(),
          tesseract.recognize(image).size(),
          System.getenv("OMP_THREAD_LIMIT"));
    }

    /** Closes the crops and the engines. */
    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
      lines.close();
      ppocr.close();
      tesseract.close();
      Files.deleteIfExists(png);
    }

    private static PageImage render(String name) throws IOException {
      byte[] pdf;
      if (name.equals("synthetic-scan")) {
        return SynthPages.scannedFirstPages(1, SynthPages.SEED).get(0).image();
      } else if (name.equals("sample-invoice")) {
        pdf = SampleInvoice.pdfBytes();
      } else {
        Path folder =
            CorpusLocator.fromSystemProperties()
                .folder()
                .orElseThrow(
                    () ->
                        new IllegalStateException(
                            "no shared/data/invoice2data/compare found; run with"
                                + " -p page=sample-invoice"));
        pdf = Files.readAllBytes(folder.resolve(name + ".pdf"));
      }
      try (PDDocument doc = Loader.loadPDF(pdf)) {
        return new PdfRasterizer(100_000_000L).render(doc, 0, 300, PdfRasterizer.ColorMode.GRAY);
      }
    }
  }

  /** Detection and cropping. */
  @Benchmark
  public int ppocrDetect(Engines e) {
    try (PpOcrStages.Lines lines = e.stages.detect(e.image)) {
      return lines.size();
    }
  }

  /** Recognition and word splitting of one detection run's lines. */
  @Benchmark
  public List<Word> ppocrRecognize(Engines e) {
    return e.stages.read(e.image, e.lines);
  }

  /** The whole PP-OCR page. */
  @Benchmark
  public List<Word> ppocrPage(Engines e) {
    return e.ppocr.recognize(e.image);
  }

  /** The whole Tesseract page. */
  @Benchmark
  public List<Word> tesseractPage(Engines e) {
    return e.tesseract.recognize(e.image);
  }

  /** RapidOCR-Java on the same page (as a PNG file); calls are serialized. */
  @Benchmark
  public String rapidOcrPage(Engines e) {
    synchronized (e.rapidOcr) {
      return e.rapidOcr.read(e.png);
    }
  }

  /** The {@code tesseract} command on the same page (as a PNG file), one process. */
  @Benchmark
  public String tesseractCliPage(Engines e) throws IOException {
    return TesseractCli.read(e.png, e.image.dpi());
  }
}
