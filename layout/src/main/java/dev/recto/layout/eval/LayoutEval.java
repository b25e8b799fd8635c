package dev.recto.layout.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.recto.core.ingest.PdfRasterizer;
import dev.recto.core.model.BoundingBox;
import dev.recto.core.model.Page;
import dev.recto.core.model.Provenance;
import dev.recto.core.model.Region;
import dev.recto.core.model.RegionType;
import dev.recto.core.model.TextSource;
import dev.recto.core.model.Word;
import dev.recto.core.process.DocumentProcessor;
import dev.recto.layout.Detection;
import dev.recto.layout.GeometricLayoutEngine;
import dev.recto.layout.OnnxLayoutEngine;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Layout mAP of the model and the XY-cut fallback on the held-out designs of a synthetic corpus.
 *
 * <p>Born-digital pages are rendered as {@link DocumentProcessor} renders them for layout; with
 * {@code --scan} the scan PNGs and scan truth are used. The model runs at score threshold 0.05 (all
 * peaks count for AP); the fallback gets the truth's words (exact words for born-digital pages, the
 * scan's rotated word boxes for scans: an upper bound for OCR words).
 *
 * <pre>{@code
 * java ... dev.recto.layout.eval.LayoutEval --corpus DIR [--scan] [--all-designs]
 * }</pre>
 */
public final class LayoutEval {

  /** The designs held out of training (the same set the extraction work holds out). */
  public static final Set<String> HELD_OUT =
      Set.of("d12", "d16", "d20", "d24", "d28", "d32", "d36", "d40");

  private LayoutEval() {}

  public static void main(String[] args) throws IOException {
    Path corpus = null;
    boolean scan = false;
    boolean all = false;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--corpus" -> corpus = Path.of(args[++i]);
        case "--scan" -> scan = true;
        case "--all-designs" -> all = true;
        default -> throw new IllegalArgumentException("unknown argument " + args[i]);
      }
    }
    if (corpus == null) {
      throw new IllegalArgumentException("usage: --corpus DIR [--scan] [--all-designs]");
    }
    DetectionMetrics model = new DetectionMetrics();
    DetectionMetrics fallback = new DetectionMetrics();
    run(corpus, scan, all, model, fallback);
    System.out.printf(
        Locale.ROOT,
        "%d pages (%s, %s designs)%n",
        model.pages(),
        scan ? "scanned" : "born-digital",
        all ? "all" : "held-out");
    print(model, fallback);
  }

  /** Evaluates both engines over the corpus. */
  public static void run(
      Path corpus, boolean scan, boolean all, DetectionMetrics model, DetectionMetrics fallback)
      throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<Path> truths = TruthFiles.list(corpus, scan);
    PdfRasterizer rasterizer = new PdfRasterizer(Long.MAX_VALUE);
    try (OnnxLayoutEngine engine = OnnxLayoutEngine.create(OnnxLayoutEngine.Options.defaults());
        GeometricLayoutEngine geometric = new GeometricLayoutEngine()) {
      for (Path truthFile : truths) {
        JsonNode truth = json.readTree(truthFile.toFile());
        if (!all && !HELD_OUT.contains(TruthFiles.design(truth))) {
          continue;
        }
        String name = TruthFiles.name(truthFile, scan);
        int pageCount = truth.get("pages").size();
        try (PDDocument pdf =
            scan ? null : Loader.loadPDF(corpus.resolve(name + ".pdf").toFile())) {
          for (int p = 0; p < pageCount; p++) {
            BufferedImage image = TruthFiles.pageImage(corpus, name, p, scan, pdf, rasterizer);
            List<DetectionMetrics.Truth> pageTruth = new ArrayList<>();
            for (JsonNode r : truth.get("regions")) {
              if (r.get("page").asInt() == p) {
                pageTruth.add(
                    new DetectionMetrics.Truth(
                        RegionType.valueOf(r.get("type").asText()), box(r.get("box"))));
              }
            }
            model.add(engine.detect(image, 0.05), pageTruth);
            JsonNode size = truth.get("pages").get(p);
            Page page =
                wordsPage(truth, p, size.get("width").asDouble(), size.get("height").asDouble());
            List<Detection> geo = new ArrayList<>();
            for (Region r : geometric.detect(page, Optional.empty())) {
              geo.add(new Detection(r.type(), r.confidence(), r.box()));
            }
            fallback.add(geo, pageTruth);
          }
        }
      }
    }
  }

  static Page wordsPage(JsonNode truth, int p, double w, double h) {
    List<Word> words = new ArrayList<>();
    for (JsonNode x : truth.get("words")) {
      if (x.get("page").asInt() != p || x.get("text").asText().isBlank()) {
        continue;
      }
      BoundingBox b = box(x.get("box"));
      words.add(
          new Word(
              x.get("text").asText().strip().replaceAll("\\s+", "_"),
              b,
              1.0,
              b.height() * h,
              new Provenance(p, b, "truth", "synth", "1")));
    }
    return Page.of(p, w, h, 0, 0, TextSource.TEXT_LAYER, words);
  }

  static BoundingBox box(JsonNode b) {
    return BoundingBox.clamped(
        b.get(0).asDouble(), b.get(1).asDouble(), b.get(2).asDouble(), b.get(3).asDouble());
  }

  /** A Markdown table: AP@0.5 and AP@[.5:.95] per class, model and fallback. */
  public static void print(DetectionMetrics model, DetectionMetrics fallback) {
    Map<RegionType, Double> m50 = model.ap(0.5);
    Map<RegionType, Double> m = model.apRange();
    Map<RegionType, Double> f50 = fallback.ap(0.5);
    Map<RegionType, Double> f = fallback.apRange();
    System.out.println(
        "| class | model AP@0.5 | model AP@[.5:.95] | XY-cut AP@0.5 | XY-cut AP@[.5:.95] |");
    System.out.println("|---|---:|---:|---:|---:|");
    for (RegionType t : m50.keySet()) {
      System.out.printf(
          Locale.ROOT,
          "| %s | %.3f | %.3f | %.3f | %.3f |%n",
          t,
          m50.get(t),
          m.get(t),
          f50.getOrDefault(t, 0.0),
          f.getOrDefault(t, 0.0));
    }
    System.out.printf(
        Locale.ROOT,
        "| **mean** | **%.3f** | **%.3f** | **%.3f** | **%.3f** |%n",
        DetectionMetrics.mean(m50),
        DetectionMetrics.mean(m),
        DetectionMetrics.mean(f50),
        DetectionMetrics.mean(f));
  }
}
