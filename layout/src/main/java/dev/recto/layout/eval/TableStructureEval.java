package dev.recto.layout.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.recto.core.ingest.PdfRasterizer;
import dev.recto.core.model.BoundingBox;
import dev.recto.core.model.Page;
import dev.recto.core.model.RegionType;
import dev.recto.layout.Detection;
import dev.recto.layout.OnnxLayoutEngine;
import dev.recto.layout.table.RulingFinder;
import dev.recto.layout.table.Rulings;
import dev.recto.layout.table.TableStructureReader;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Table-structure quality of {@link TableStructureReader} on the held-out designs of a synthetic
 * corpus, against the generator's row and cell truth ({@link TableMetrics}).
 *
 * <p>Three settings per table: the truth's table box with the image's rulings, the truth's box with
 * words alone, and the layout model's best TABLE box (IoU >= 0.5 with the truth; a table the model
 * misses scores nothing). Words are the truth's words (the text layer's words for born-digital
 * pages; for scans the scan's rotated word boxes, an upper bound for OCR words); images are the
 * 72-dpi renderings the processor gives the layout engine, or the scan PNGs with {@code --scan}.
 *
 * <pre>{@code
 * java ... dev.recto.layout.eval.TableStructureEval --corpus DIR [--scan] [--designs held-out|training|all]
 * }</pre>
 */
public final class TableStructureEval {

  private TableStructureEval() {}

  public static void main(String[] args) throws IOException {
    Path corpus = null;
    boolean scan = false;
    Designs designs = Designs.HELD_OUT;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--corpus" -> corpus = Path.of(args[++i]);
        case "--scan" -> scan = true;
        case "--designs" ->
            designs = Designs.valueOf(args[++i].toUpperCase(Locale.ROOT).replace('-', '_'));
        default -> throw new IllegalArgumentException("unknown argument " + args[i]);
      }
    }
    if (corpus == null) {
      throw new IllegalArgumentException(
          "usage: --corpus DIR [--scan] [--designs held-out|training|all]");
    }
    Map<String, TableMetrics> metrics = run(corpus, scan, designs);
    System.out.println(TableMetrics.header());
    metrics.forEach((label, m) -> System.out.println(m.row(label)));
  }

  /** Which of the generator's designs to score. */
  public enum Designs {
    /** The designs held out of layout training ({@link LayoutEval#HELD_OUT}). */
    HELD_OUT,
    /** The other designs. */
    TRAINING,
    /** Every design. */
    ALL;

    boolean includes(String design) {
      return this == ALL || (this == HELD_OUT) == LayoutEval.HELD_OUT.contains(design);
    }
  }

  /** The three settings' metrics, by label, over the corpus. */
  public static Map<String, TableMetrics> run(Path corpus, boolean scan, Designs designs)
      throws IOException {
    TableMetrics truthBox = new TableMetrics();
    TableMetrics wordsOnly = new TableMetrics();
    TableMetrics modelBox = new TableMetrics();
    ObjectMapper json = new ObjectMapper();
    List<Path> truths = TruthFiles.list(corpus, scan);
    PdfRasterizer rasterizer = new PdfRasterizer(Long.MAX_VALUE);
    try (OnnxLayoutEngine engine = OnnxLayoutEngine.create(OnnxLayoutEngine.Options.defaults())) {
      for (Path truthFile : truths) {
        JsonNode truth = json.readTree(truthFile.toFile());
        if (!designs.includes(TruthFiles.design(truth))) {
          continue;
        }
        String name = TruthFiles.name(truthFile, scan);
        int pageCount = truth.get("pages").size();
        try (PDDocument pdf =
            scan ? null : Loader.loadPDF(corpus.resolve(name + ".pdf").toFile())) {
          for (int p = 0; p < pageCount; p++) {
            List<JsonNode> tables = new ArrayList<>();
            for (JsonNode r : truth.get("regions")) {
              if (r.get("page").asInt() == p && "TABLE".equals(r.get("type").asText())) {
                tables.add(r);
              }
            }
            if (tables.isEmpty()) {
              continue;
            }
            BufferedImage image = TruthFiles.pageImage(corpus, name, p, scan, pdf, rasterizer);
            JsonNode size = truth.get("pages").get(p);
            Page page =
                LayoutEval.wordsPage(
                    truth, p, size.get("width").asDouble(), size.get("height").asDouble());
            List<Detection> detected = new ArrayList<>();
            for (Detection d : engine.detect(image, 0.3)) {
              if (d.type() == RegionType.TABLE) {
                detected.add(d);
              }
            }
            for (JsonNode t : tables) {
              BoundingBox box = LayoutEval.box(t.get("box"));
              TableMetrics.TruthTable tt = truthTable(t);
              truthBox.add(tt, TableStructureReader.read(page, box, RulingFinder.find(image, box)));
              wordsOnly.add(tt, TableStructureReader.read(page, box, Rulings.NONE));
              Detection best = null;
              for (Detection d : detected) {
                if (d.box().iou(box) >= 0.5
                    && (best == null || d.box().iou(box) > best.box().iou(box))) {
                  best = d;
                }
              }
              modelBox.add(
                  tt,
                  best == null
                      ? dev.recto.core.model.TableStructure.EMPTY
                      : TableStructureReader.read(
                          page, best.box(), RulingFinder.find(image, best.box())));
            }
          }
        }
      }
    }
    Map<String, TableMetrics> out = new LinkedHashMap<>();
    out.put("truth box, words + rulings", truthBox);
    out.put("truth box, words only", wordsOnly);
    out.put("model box, words + rulings", modelBox);
    return out;
  }

  private static TableMetrics.TruthTable truthTable(JsonNode region) {
    List<BoundingBox> rows = new ArrayList<>();
    List<Map<String, String>> cells = new ArrayList<>();
    for (JsonNode row : region.get("rows")) {
      rows.add(LayoutEval.box(row.get("box")));
      Map<String, String> m = new LinkedHashMap<>();
      for (JsonNode c : row.get("cells")) {
        m.put(c.get("column").asText(), c.get("text").asText().strip());
      }
      cells.add(m);
    }
    return new TableMetrics.TruthTable(rows, cells);
  }
}
