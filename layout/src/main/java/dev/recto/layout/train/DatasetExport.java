package dev.recto.layout.train;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.recto.core.ingest.PageImage;
import dev.recto.core.ingest.PdfRasterizer;
import dev.recto.core.model.RegionType;
import dev.recto.core.process.DocumentProcessor;
import dev.recto.layout.LayoutInput;
import dev.recto.layout.eval.TruthFiles;
import java.awt.image.BufferedImage;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Writes the layout model's training data from a synthetic corpus folder ({@code recto synth}):
 * every page through {@link LayoutInput#ink}, exactly as the engine prepares pages at inference.
 *
 * <p>Born-digital pages are rendered like {@link DocumentProcessor} renders them for layout
 * ({@value DocumentProcessor#LAYOUT_DPI} dpi, RGB); with {@code --scan} the scan PNGs and the scan
 * truth are read instead. Output: {@code pages.u8} ({@code N x HEIGHT x WIDTH} bytes) and {@code
 * labels.jsonl} (one line per page: name, design, page, and {@code boxes} as {@code [class, left,
 * top, right, bottom]} with the class index in {@link RegionType} order).
 *
 * <pre>{@code
 * java ... dev.recto.layout.train.DatasetExport --corpus /tmp/synth --out /tmp/ds [--scan]
 * }</pre>
 */
public final class DatasetExport {

  private DatasetExport() {}

  public static void main(String[] args) throws IOException {
    Path corpus = null;
    Path out = null;
    boolean scan = false;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--corpus" -> corpus = Path.of(args[++i]);
        case "--out" -> out = Path.of(args[++i]);
        case "--scan" -> scan = true;
        default -> throw new IllegalArgumentException("unknown argument " + args[i]);
      }
    }
    if (corpus == null || out == null) {
      throw new IllegalArgumentException("usage: --corpus DIR --out DIR [--scan]");
    }
    int pages = export(corpus, out, scan);
    System.out.println("wrote " + pages + " pages to " + out);
  }

  /** Exports every invoice of {@code corpus} into {@code out}; returns the page count. */
  public static int export(Path corpus, Path out, boolean scan) throws IOException {
    Files.createDirectories(out);
    ObjectMapper json = new ObjectMapper();
    List<Path> truths = TruthFiles.list(corpus, scan);
    PdfRasterizer rasterizer = new PdfRasterizer(Long.MAX_VALUE);
    int count = 0;
    try (OutputStream raster =
            new BufferedOutputStream(Files.newOutputStream(out.resolve("pages.u8")));
        Writer labels =
            Files.newBufferedWriter(out.resolve("labels.jsonl"), StandardCharsets.UTF_8)) {
      for (Path truthFile : truths) {
        String name = TruthFiles.name(truthFile, scan);
        JsonNode truth = json.readTree(truthFile.toFile());
        int pageCount = truth.get("pages").size();
        PDDocument pdf = scan ? null : Loader.loadPDF(corpus.resolve(name + ".pdf").toFile());
        try {
          for (int p = 0; p < pageCount; p++) {
            BufferedImage image;
            if (scan) {
              String png = p == 0 ? name + ".png" : name + "-p" + (p + 1) + ".png";
              image = ImageIO.read(corpus.resolve(png).toFile());
            } else {
              PageImage rendered =
                  rasterizer.render(
                      pdf, p, DocumentProcessor.LAYOUT_DPI, PdfRasterizer.ColorMode.RGB);
              image = rendered.image();
            }
            raster.write(LayoutInput.ink(image));
            labels.write(json.writeValueAsString(label(json, truth, name, p)));
            labels.write('\n');
            count++;
          }
        } finally {
          if (pdf != null) {
            pdf.close();
          }
        }
      }
    }
    return count;
  }

  private static ObjectNode label(ObjectMapper json, JsonNode truth, String name, int page) {
    ObjectNode node = json.createObjectNode();
    node.put("name", name);
    node.put("design", truth.get("designId").asText());
    node.put("page", page);
    ArrayNode boxes = node.putArray("boxes");
    for (JsonNode region : truth.get("regions")) {
      if (region.get("page").asInt() != page) {
        continue;
      }
      ArrayNode box = boxes.addArray();
      box.add(RegionType.valueOf(region.get("type").asText()).ordinal());
      for (JsonNode v : region.get("box")) {
        box.add(v.asDouble());
      }
    }
    return node;
  }
}
