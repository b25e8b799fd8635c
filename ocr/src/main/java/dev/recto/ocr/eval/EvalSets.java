package dev.recto.ocr.eval;

import dev.recto.core.ingest.PageImage;
import dev.recto.core.ingest.PdfRasterizer;
import dev.recto.core.ingest.PdfRasterizer.ColorMode;
import dev.recto.core.ingest.TextLayerReader;
import dev.recto.core.process.Deadline;
import dev.recto.core.process.Limits;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * The evaluation's page sets, built from the shared data folder ({@code shared/data}, found by
 * walking up from the working directory) and from generated pages.
 *
 * <ul>
 *   <li>{@code invoices300}, {@code invoices150}: every page of {@code invoice2data/compare/*.pdf}
 *       rendered gray at 300 or 150 dpi; truth = the page's text layer.
 *   <li>{@code sroie}: {@code sroie-dev/img/NNN.jpg} (given to engines as 300 dpi); truth = {@code
 *       box/NNN.csv}; compared case-insensitively.
 *   <li>{@code degraded}: the 300 dpi invoice pages, each once blurred, noised, JPEG-compressed and
 *       rotated ({@link Degradations}), seeded from the page's id.
 *   <li>{@code latin}: generated German, French and Spanish pages ({@link LatinPages}), 300 dpi
 *       gray; truth = their text layer.
 * </ul>
 *
 * <p>Stateless and thread-safe; the sets' loaders open their files when called.
 */
public final class EvalSets {

  /** The set names, in report order. */
  public static final List<String> NAMES =
      List.of("invoices300", "invoices150", "sroie", "degraded", "latin");

  /** The invoice folder under the data folder. */
  public static final String INVOICES = "invoice2data/compare";

  /** The SROIE folder under the data folder. */
  public static final String SROIE = "sroie-dev";

  /** Base of the degradation seeds; each page's seed adds its id's hash. */
  static final long SEED = 20261126L;

  private static final Duration TEXT_LAYER_BUDGET = Duration.ofMinutes(1);

  private EvalSets() {}

  /** The first {@code shared/data} folder found walking up from {@code start}. */
  public static Optional<Path> findSharedData(Path start) {
    for (Path dir = start.toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path data = dir.resolve("shared").resolve("data");
      if (Files.isDirectory(data)) {
        return Optional.of(data);
      }
    }
    return Optional.empty();
  }

  /**
   * The set with this name.
   *
   * @param dataDir the shared data folder (holding {@value #INVOICES} and {@value #SROIE})
   * @throws IllegalArgumentException for an unknown name or a missing folder
   */
  public static EvalSet byName(String name, Path dataDir) {
    return switch (name) {
      case "invoices300" -> invoices(dataDir.resolve(INVOICES), 300);
      case "invoices150" -> invoices(dataDir.resolve(INVOICES), 150);
      case "sroie" -> sroie(dataDir.resolve(SROIE));
      case "degraded" -> degraded(dataDir.resolve(INVOICES));
      case "latin" -> latin(LatinPages.DEFAULT_FONT);
      default ->
          throw new IllegalArgumentException(
              "unknown set '" + name + "'; known: " + String.join(", ", NAMES));
    };
  }

  /** Every page of every PDF in {@code dir}, rendered gray at {@code dpi}. */
  public static EvalSet invoices(Path dir, int dpi) {
    List<EvalSet.Item> items = new ArrayList<>();
    for (Path pdf : list(dir, ".pdf")) {
      for (int p = 0; p < pageCount(pdf); p++) {
        int pageIndex = p;
        String id = pdf.getFileName() + "#" + (p + 1);
        items.add(new EvalSet.Item(id, () -> renderPdfPage(id, pdf, pageIndex, dpi)));
      }
    }
    return new EvalSet(
        "invoices" + dpi,
        items.size()
            + " pages of "
            + dir.getFileName()
            + " PDFs, gray, "
            + dpi
            + " dpi; truth:"
            + " text layer",
        false,
        items);
  }

  /** The receipts of a SROIE folder ({@code img/NNN.jpg}, {@code box/NNN.csv}). */
  public static EvalSet sroie(Path dir) {
    List<EvalSet.Item> items = new ArrayList<>();
    for (Path img : list(dir.resolve("img"), ".jpg")) {
      String stem = img.getFileName().toString().replaceFirst("\\.[^.]+$", "");
      Path box = dir.resolve("box").resolve(stem + ".csv");
      if (!Files.isRegularFile(box)) {
        continue;
      }
      String id = "sroie/" + stem;
      items.add(new EvalSet.Item(id, () -> sroieReceipt(id, img, box)));
    }
    return new EvalSet(
        "sroie",
        items.size() + " SROIE receipts (JPEG, as 300 dpi); truth: box/*.csv",
        true,
        items);
  }

  /** The 300 dpi invoice pages, each with every {@link Degradations.Kind}. */
  public static EvalSet degraded(Path dir) {
    List<EvalSet.Item> items = new ArrayList<>();
    for (EvalSet.Item clean : invoices(dir, 300).items()) {
      for (Degradations.Kind kind : Degradations.Kind.values()) {
        String id = clean.id() + "/" + kind.name().toLowerCase(Locale.ROOT);
        long seed = SEED + id.hashCode();
        items.add(
            new EvalSet.Item(
                id,
                () -> {
                  EvalSample s = clean.load();
                  BufferedImage damaged = Degradations.apply(kind, s.image().image(), seed);
                  PageImage image = new PageImage(s.image().pageIndex(), damaged, s.image().dpi());
                  return new EvalSample(id, image, s.reference());
                }));
      }
    }
    return new EvalSet(
        "degraded",
        items.size()
            + " invoice pages at 300 dpi: blur sigma "
            + Degradations.BLUR_SIGMA
            + " px, noise sigma "
            + Degradations.NOISE_SIGMA
            + ", JPEG q"
            + Math.round(Degradations.JPEG_QUALITY * 100)
            + ", rotation 1-3 deg; fixed seeds",
        false,
        items);
  }

  /** One generated page per language of {@link LatinPages}, 300 dpi gray. */
  public static EvalSet latin(Path font) {
    if (!Files.isRegularFile(font)) {
      throw new IllegalArgumentException(
          "font " + font + " not found; install fonts-dejavu-core or pass another TTF");
    }
    List<EvalSet.Item> items = new ArrayList<>();
    for (String lang : LatinPages.TEXTS.keySet().stream().sorted().toList()) {
      String id = "latin/" + lang;
      items.add(
          new EvalSet.Item(
              id,
              () -> {
                try (PDDocument doc = Loader.loadPDF(LatinPages.pdf(lang, font))) {
                  return pdfPage(id, doc, 0, 300);
                }
              }));
    }
    return new EvalSet(
        "latin",
        items.size()
            + " generated pages (de, es, fr) in DejaVu Sans 11 pt, 300 dpi gray; truth:"
            + " text layer",
        false,
        items);
  }

  private static EvalSample renderPdfPage(String id, Path pdf, int pageIndex, int dpi)
      throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      return pdfPage(id, doc, pageIndex, dpi);
    }
  }

  /** A page rendered gray at {@code dpi} with its text layer as the truth. */
  static EvalSample pdfPage(String id, PDDocument doc, int pageIndex, int dpi) throws IOException {
    PageImage image =
        new PdfRasterizer(Limits.defaults().maxPixelsPerPage())
            .render(doc, pageIndex, dpi, ColorMode.GRAY);
    var words =
        new TextLayerReader().read(doc, pageIndex, Deadline.startingNow(TEXT_LAYER_BUDGET)).words();
    return new EvalSample(id, image, OcrText.of(words));
  }

  private static EvalSample sroieReceipt(String id, Path img, Path box) throws IOException {
    BufferedImage image = ImageIO.read(img.toFile());
    if (image == null) {
      throw new IOException("no image reader for " + img);
    }
    return new EvalSample(id, new PageImage(0, image, 300), SroieTruth.read(box));
  }

  private static int pageCount(Path pdf) {
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      return doc.getNumberOfPages();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open " + pdf, e);
    }
  }

  private static List<Path> list(Path dir, String suffix) {
    if (!Files.isDirectory(dir)) {
      throw new IllegalArgumentException("not a directory: " + dir);
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .filter(f -> f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(suffix))
          .filter(Files::isRegularFile)
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir, e);
    }
  }
}
