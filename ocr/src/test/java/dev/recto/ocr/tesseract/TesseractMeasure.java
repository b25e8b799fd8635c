package dev.recto.ocr.tesseract;

import dev.recto.core.ingest.PageImage;
import dev.recto.core.ingest.PdfRasterizer;
import dev.recto.core.ingest.TextLayerReader;
import dev.recto.core.model.Word;
import dev.recto.core.process.Deadline;
import dev.recto.ocr.preprocess.BorderTrimmer;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Measures the Tesseract engine against the {@code tesseract} command on the same images, for
 * docs/ocr-tesseract.md. Not a test; run with the ocr test class path and OMP_THREAD_LIMIT=1:
 *
 * <pre>
 * java -cp ... dev.recto.ocr.tesseract.TesseractMeasure invoice PDF WORKDIR [PSM] [RUNS]
 * java -cp ... dev.recto.ocr.tesseract.TesseractMeasure sroie SROIE_DIR WORKDIR [PSM] [N]
 * </pre>
 */
final class TesseractMeasure {

  private TesseractMeasure() {}

  public static void main(String[] args) throws Exception {
    Path work = Files.createDirectories(Path.of(args[2]));
    int psm = args.length > 3 ? Integer.parseInt(args[3]) : 3;
    int n = args.length > 4 ? Integer.parseInt(args[4]) : 5;
    System.out.println("OMP_THREAD_LIMIT=" + System.getenv("OMP_THREAD_LIMIT") + " psm=" + psm);
    if (args[0].equals("invoice")) {
      invoice(Path.of(args[1]), work, psm, n);
    } else {
      sroie(Path.of(args[1]), work, psm, n);
    }
  }

  private static void invoice(Path pdf, Path work, int psm, int runs) throws Exception {
    PageImage page;
    List<String> reference = new ArrayList<>();
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      page = new PdfRasterizer(200_000_000L).render(doc, 0, 300, PdfRasterizer.ColorMode.GRAY);
      for (Word w :
          new TextLayerReader().read(doc, 0, Deadline.startingNow(Duration.ofMinutes(1))).words()) {
        reference.add(w.text());
      }
    }
    Path png = work.resolve("invoice-p0.png");
    ImageIO.write(page.image(), "png", png.toFile());
    System.out.printf(
        "image %d x %d px, %d text-layer words%n", page.width(), page.height(), reference.size());

    try (TesseractEngine engine =
        TesseractEngine.create(TesseractOptions.defaults().withPageSegMode(psm))) {
      long t0 = System.nanoTime();
      List<Word> words = engine.recognize(page);
      double cold = ms(t0);
      List<Double> recto = new ArrayList<>();
      List<Double> cli = new ArrayList<>();
      List<Double> cliDpi = new ArrayList<>();
      List<String> cliWords = List.of();
      List<String> cliDpiWords = List.of();
      for (int i = 0; i < runs; i++) { // interleaved, so both see the same machine load
        long t = System.nanoTime();
        words = engine.recognize(page);
        recto.add(ms(t));
        t = System.nanoTime();
        cliWords = cli(png, psm, false);
        cli.add(ms(t));
        t = System.nanoTime();
        cliDpiWords = cli(png, psm, true);
        cliDpi.add(ms(t));
      }
      List<String> texts = words.stream().map(Word::text).toList();
      System.out.printf(
          Locale.ROOT,
          "recto: cold %.0f ms (handle init + page), warm median %.0f ms" + " %s%n",
          cold,
          median(recto),
          recto);
      System.out.printf(
          Locale.ROOT,
          "cli:   median %.0f ms (process: start, init, decode, page)" + " %s%n",
          median(cli),
          cli);
      System.out.printf(Locale.ROOT, "cli --dpi 300: median %.0f ms %s%n", median(cliDpi), cliDpi);
      System.out.printf(
          Locale.ROOT,
          "ratio recto warm / cli = %.2f, / cli --dpi 300 = %.2f%n",
          median(recto) / median(cli),
          median(recto) / median(cliDpi));
      report("recto", texts, reference, false);
      report("cli", cliWords, reference, false);
      report("cli --dpi 300", cliDpiWords, reference, false);
    }
  }

  private static void sroie(Path dir, Path work, int psm, int n) throws Exception {
    List<Path> images;
    try (var s = Files.list(dir.resolve("img"))) {
      images = s.sorted().limit(n).toList();
    }
    double[] sums = new double[6]; // recto tp, ocr, ref; cli tp, ocr, ref
    double[] decomposed = new double[6]; // cli --dpi 300; cli --dpi 300 on recto's input
    double rectoMs = 0;
    double cliMs = 0;
    try (TesseractEngine engine =
        TesseractEngine.create(TesseractOptions.defaults().withPageSegMode(psm))) {
      for (Path img : images) {
        String name = img.getFileName().toString().replace(".jpg", "");
        List<String> ref = new ArrayList<>();
        for (String line :
            Files.readAllLines(dir.resolve("box").resolve(name + ".csv"), StandardCharsets.UTF_8)) {
          String[] parts = line.split(",", 9);
          if (parts.length == 9) {
            ref.addAll(split(parts[8]));
          }
        }
        BufferedImage image = ImageIO.read(img.toFile());
        long t = System.nanoTime();
        List<String> recto =
            engine.recognize(new PageImage(0, image, 300)).stream().map(Word::text).toList();
        rectoMs += ms(t);
        t = System.nanoTime();
        List<String> cli = cli(img, psm, false);
        cliMs += ms(t);
        int[] r = match(recto, ref, true);
        int[] c = match(cli, ref, true);
        if (Boolean.getBoolean("recto.measure.decompose")) {
          // Which input difference explains recto vs cli: the dpi, or the gray + border step.
          int[] d = match(cli(img, psm, true), ref, true);
          Path prepared = work.resolve(name + "-prepared.png");
          ImageIO.write(new BorderTrimmer().whitened(image), "png", prepared.toFile());
          int[] pr = match(cli(prepared, psm, true), ref, true);
          System.out.printf(
              Locale.ROOT,
              "%s: cli --dpi 300 F1 %.3f | cli --dpi 300 on recto's gray+trimmed F1 %.3f%n",
              name,
              f1(d),
              f1(pr));
          for (int i = 0; i < 3; i++) {
            decomposed[i] += d[i];
            decomposed[3 + i] += pr[i];
          }
        }
        System.out.printf(
            Locale.ROOT,
            "%s: ref %d | recto %d words F1 %.3f | cli %d words F1 %.3f%n",
            name,
            ref.size(),
            recto.size(),
            f1(r),
            cli.size(),
            f1(c));
        for (int i = 0; i < 3; i++) {
          sums[i] += r[i];
          sums[3 + i] += c[i];
        }
      }
    }
    System.out.printf(
        Locale.ROOT,
        "total recto: P %.3f R %.3f F1 %.3f, %.0f ms/receipt%n",
        sums[0] / sums[1],
        sums[0] / sums[2],
        2 * sums[0] / (sums[1] + sums[2]),
        rectoMs / images.size());
    System.out.printf(
        Locale.ROOT,
        "total cli:   P %.3f R %.3f F1 %.3f, %.0f ms/receipt%n",
        sums[3] / sums[4],
        sums[3] / sums[5],
        2 * sums[3] / (sums[4] + sums[5]),
        cliMs / images.size());
    if (Boolean.getBoolean("recto.measure.decompose")) {
      System.out.printf(
          Locale.ROOT,
          "total cli --dpi 300: F1 %.3f; on recto's gray+trimmed input: F1 %.3f%n",
          2 * decomposed[0] / (decomposed[1] + decomposed[2]),
          2 * decomposed[3] / (decomposed[4] + decomposed[5]));
    }
  }

  private static List<String> cli(Path image, int psm, boolean dpi)
      throws IOException, InterruptedException {
    List<String> command =
        new ArrayList<>(List.of("tesseract", image.toString(), "-", "--psm", String.valueOf(psm)));
    if (dpi) {
      command.addAll(List.of("--dpi", "300"));
    }
    ProcessBuilder pb = new ProcessBuilder(command);
    pb.environment().put("OMP_THREAD_LIMIT", "1");
    pb.redirectError(ProcessBuilder.Redirect.DISCARD);
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (p.waitFor() != 0) {
      throw new IOException("tesseract exited with " + p.exitValue());
    }
    return split(out);
  }

  private static List<String> split(String text) {
    return Arrays.stream(text.strip().split("\\s+")).filter(s -> !s.isEmpty()).toList();
  }

  /** {true positives, OCR words, reference words}, matching words as multisets. */
  private static int[] match(List<String> ocr, List<String> ref, boolean ignoreCase) {
    Map<String, Integer> counts = new HashMap<>();
    for (String w : ref) {
      counts.merge(ignoreCase ? w.toLowerCase(Locale.ROOT) : w, 1, Integer::sum);
    }
    int tp = 0;
    for (String w : ocr) {
      String k = ignoreCase ? w.toLowerCase(Locale.ROOT) : w;
      Integer c = counts.get(k);
      if (c != null && c > 0) {
        counts.put(k, c - 1);
        tp++;
      }
    }
    return new int[] {tp, ocr.size(), ref.size()};
  }

  private static double f1(int[] m) {
    return m[1] + m[2] == 0 ? 1 : 2.0 * m[0] / (m[1] + m[2]);
  }

  private static void report(String who, List<String> ocr, List<String> ref, boolean ignoreCase) {
    int[] m = match(ocr, ref, ignoreCase);
    System.out.printf(
        Locale.ROOT,
        "%s: %d words, precision %.3f recall %.3f F1 %.3f%n",
        who,
        m[1],
        (double) m[0] / m[1],
        (double) m[0] / m[2],
        f1(m));
  }

  private static double ms(long startNanos) {
    return (System.nanoTime() - startNanos) / 1e6;
  }

  private static double median(List<Double> values) {
    List<Double> s = values.stream().sorted().toList();
    return s.get(s.size() / 2);
  }
}
