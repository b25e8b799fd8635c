package dev.recto.layout.eval;

import com.fasterxml.jackson.databind.JsonNode;
import dev.recto.core.ingest.PdfRasterizer;
import dev.recto.core.process.DocumentProcessor;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * The truth files of a synthetic corpus ({@code ./recto synth}): {@code NAME.truth.json} beside
 * each born-digital PDF, {@code NAME.scan.truth.json} beside each simulated scan. Stateless.
 */
public final class TruthFiles {

  private static final String SCAN = ".scan.truth.json";
  private static final String BORN_DIGITAL = ".truth.json";

  private TruthFiles() {}

  /** How the truth files of the chosen kind end. */
  public static String suffix(boolean scan) {
    return scan ? SCAN : BORN_DIGITAL;
  }

  /** The corpus's truth files of one kind, sorted by name. */
  public static List<Path> list(Path corpus, boolean scan) throws IOException {
    String suffix = suffix(scan);
    try (Stream<Path> files = Files.list(corpus)) {
      return files
          .filter(p -> p.getFileName().toString().endsWith(suffix))
          .filter(p -> scan || !p.getFileName().toString().endsWith(SCAN))
          .sorted()
          .toList();
    }
  }

  /**
   * Page {@code p} of corpus document {@code name} as the layout engine sees it: the scan PNG
   * ({@code NAME.png}, {@code NAME-p2.png}, ...) for scans, else the PDF page rendered at {@link
   * DocumentProcessor#LAYOUT_DPI}.
   *
   * @param pdf the open born-digital PDF, or null for scans
   */
  public static BufferedImage pageImage(
      Path corpus, String name, int p, boolean scan, PDDocument pdf, PdfRasterizer rasterizer)
      throws IOException {
    if (scan) {
      String png = p == 0 ? name + ".png" : name + "-p" + (p + 1) + ".png";
      return ImageIO.read(corpus.resolve(png).toFile());
    }
    return rasterizer
        .render(pdf, p, DocumentProcessor.LAYOUT_DPI, PdfRasterizer.ColorMode.RGB)
        .image();
  }

  /** The design family of a truth document ({@code d12} of {@code d12-vendor-right-grid}). */
  public static String design(JsonNode truth) {
    return truth.get("designId").asText().split("-")[0];
  }

  /**
   * The document name a truth file belongs to (without {@code .truth.json} or {@code
   * .scan.truth.json}).
   */
  public static String name(Path truthFile, boolean scan) {
    String file = truthFile.getFileName().toString();
    return file.substring(0, file.length() - suffix(scan).length());
  }
}
